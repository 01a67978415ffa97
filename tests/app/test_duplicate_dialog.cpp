#include "AppFixture.h"
#include "SampleData.h"

#include "screens/DuplicateDialog.h"
#include "screens/MemberDetailDialog.h"
#include "screens/RegistrationPage.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <sqlite3.h>

using namespace fe;
using namespace fe::test;

namespace {

const QString kDocument = QStringLiteral("01-2345678");

// Types a whole Lao registration with the keyboard (as test_registration_keyboard.cpp does):
// ສົມພອນ ວົງສາ / Somphone Vongsa, female, born 2531 BE (1988, year only), Chanthabouly district,
// village ບ້ານສີເມືອງ, one child, then saves with Enter.
void typeLaoRegistration(app::MainWindow& window, const QString& document)
{
    pressKey(Qt::Key_1, Qt::ControlModifier);
    REQUIRE(focusedName() == QStringLiteral("name.given"));
    typeAndEnter(QStringLiteral("ສົມພອນ"));
    typeAndEnter(QStringLiteral("ວົງສາ"));
    typeAndEnter(QStringLiteral("Somphone"));
    typeAndEnter(QStringLiteral("Vongsa"));
    typeAndEnter({});                     // female, the first choice
    typeAndEnter(QStringLiteral("2531")); // a Buddhist-era year: 1988
    typeAndEnter({});                     // work: the first choice
    typeAndEnter(QStringLiteral("2500000"));
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::AddressStep);
    typeAndEnter(QStringLiteral("Vientiane Capital"));
    typeAndEnter(QStringLiteral("Chanthabouly"));
    typeAndEnter(QStringLiteral("ບ້ານສີເມືອງ"));
    typeAndEnter(QStringLiteral("020 5555 1234"));
    REQUIRE(focusedName() == QStringLiteral("document.type"));
    pressKey(Qt::Key_Down); // national ID card
    pressKey(Qt::Key_Return);
    typeAndEnter(document);
    typeAndEnter(QStringLiteral("Vientiane Capital"));
    typeAndEnter(QStringLiteral("Chanthabouly"));
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::HouseholdStep);
    pressKey(Qt::Key_A, Qt::AltModifier);
    REQUIRE(waitFor([] { return qobject_cast<QLineEdit*>(focused()) != nullptr; }));
    typeText(focused(), QStringLiteral("ນ້ອຍ"));
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    pressKey(Qt::Key_Tab);
    typeAndEnter(QStringLiteral("2015"));
    pressKey(Qt::Key_Return);
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::SchemesStep);
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_Return);
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::ConsentStep);
    typeAndEnter({});
    typeAndEnter({});
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_Return);
    REQUIRE(focusedName() == QStringLiteral("saveRegistration"));
    pressKey(Qt::Key_Return);
}

// An existing member like the one typed above, with its own document and phone unless told.
Member existingSomphone(const ReferenceData& reference, const QString& document)
{
    Member m = sampleMember(Country::Lao, 1, reference);
    m.name.given = QStringLiteral("ສົມພອນ");
    m.name.family = QStringLiteral("ວົງສາ");
    m.name.givenLatin = QStringLiteral("Somphone");
    m.name.familyLatin = QStringLiteral("Vongsa");
    m.sex = Sex::Female;
    m.birth = {QDate(1988, 7, 1), true};
    m.address.regionCode = QStringLiteral("01");
    m.address.districtCode = QStringLiteral("0101");
    m.address.wardCode.clear();
    m.address.village = QStringLiteral("ບ້ານສີເມືອງ");
    m.phone = QStringLiteral("020 7777 8888");
    m.document.type = DocumentType::LaNationalIdCard;
    m.document.number = document;
    m.document.issuingProvince = QStringLiteral("01");
    m.document.issuingDistrict = QStringLiteral("0101");
    return m;
}

// Registers `member` before the application opens the store; its id goes to `id`.
std::function<void(Store&)> registering(std::function<Member(const ReferenceData&)> make, QUuid* id)
{
    return [make, id](Store& store) {
        const SaveResult saved = store.registerMember(make(store.reference()), QStringLiteral("earlier"));
        REQUIRE(saved.ok());
        *id = saved.saved->id;
    };
}

app::DuplicateDialog* waitForDialog(app::RegistrationPage* page)
{
    REQUIRE(waitFor([&] { return page->duplicateDialog() && page->duplicateDialog()->isVisible(); }));
    app::DuplicateDialog* dialog = page->duplicateDialog();
    // The window manager would activate the new dialog; the offscreen platform does not.
    QApplication::setActiveWindow(dialog);
    QCoreApplication::processEvents();
    REQUIRE(dialog->isAncestorOf(focused()));
    return dialog;
}

// A key that closes the dialog (pressKey would reactivate the deleted dialog afterwards).
void closeWith(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(focused());
    QTest::keyClick(focused(), key, modifiers);
}

struct AuditEntry
{
    QString action;
    QString entityId;
    QString detail;
};

// The newest audit entry, read from the file as an auditor would.
AuditEntry lastAuditEntry(const QString& path)
{
    AuditEntry entry;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT action, entity_id, detail FROM audit ORDER BY seq DESC LIMIT 1",
                               -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const auto text = [&](int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
    };
    entry = {text(0), text(1), text(2)};
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
    return entry;
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("the duplicate dialog appears for a known duplicate by document, and only opening it is offered")
{
    QUuid existing;
    AppFixture fixture(
        Country::Lao,
        registering([](const ReferenceData& r) { return existingSomphone(r, kDocument); }, &existing));
    app::MainWindow& window = fixture.window();
    app::RegistrationPage* page = window.registrationPage();
    typeLaoRegistration(window, kDocument);

    app::DuplicateDialog* dialog = waitForDialog(page);
    REQUIRE(dialog->check().candidates.size() == 1);
    CHECK(dialog->check().candidates.first().id == existing);
    CHECK(dialog->check().candidates.first().kind == DuplicateKind::Exact);
    // Side by side: the new registration, then the existing record, in both scripts.
    const QTableWidget* table = dialog->table();
    REQUIRE(table->columnCount() == 2);
    for (int column : {0, 1}) {
        CHECK(table->item(0, column)->text() == QStringLiteral("ສົມພອນ ວົງສາ"));
        CHECK(table->item(1, column)->text() == QStringLiteral("Somphone Vongsa"));
        CHECK(table->item(3, column)->text().contains(kDocument));
        CHECK(table->item(4, column)->text().contains(QStringLiteral("Chanthabouly")));
    }
    CHECK(table->item(5, 1)->text() == QStringLiteral("Exact match (100/100)"));
    CHECK(dialog->reasonsText(0).contains(QStringLiteral("The same document number is already registered.")));
    CHECK_FALSE(dialog->canSaveAnyway());
    CHECK(dialog->findChild<QPushButton*>(QStringLiteral("saveAnyway")) == nullptr);
    CHECK(dialog->findChild<QPushButton*>(QStringLiteral("openExisting"))->isVisible());
    CHECK(page->isSaving()); // the form waits for the decision

    SECTION("Alt+O opens the existing record and saves nothing")
    {
        closeWith(Qt::Key_O, Qt::AltModifier);
        REQUIRE(waitFor([&] { return !page->duplicateDialog(); }));
        CHECK_FALSE(page->isSaving());
        CHECK(page->bannerText().startsWith(QStringLiteral("Nothing was saved")));
        app::MemberDetailDialog* detail = nullptr;
        REQUIRE(waitFor([&] {
            detail = window.findChild<app::MemberDetailDialog*>();
            return detail && detail->isLoaded();
        }));
        CHECK(detail->detail()->member.id == existing);
        // The operator's verdict is in the audit log, with ids only.
        fixture.app().client().waitForIdle();
        const AuditEntry audit = lastAuditEntry(fixture.storePath());
        CHECK(audit.action == QStringLiteral("member.duplicate_decision"));
        CHECK(audit.entityId == uuidText(existing));
        CHECK(audit.detail.contains(QStringLiteral("same_person")));
        CHECK_FALSE(audit.detail.contains(kDocument));
    }
    SECTION("Esc goes back to the form and saves nothing")
    {
        closeWith(Qt::Key_Escape);
        REQUIRE(waitFor([&] { return !page->duplicateDialog(); }));
        CHECK_FALSE(page->isSaving());
        CHECK(page->bannerText().startsWith(QStringLiteral("Nothing was saved")));
        CHECK(window.findChild<app::MemberDetailDialog*>() == nullptr);
        fixture.app().client().waitForIdle();
        CHECK(lastAuditEntry(fixture.storePath()).action != QStringLiteral("member.duplicate_decision"));
    }
    const auto store = fixture.inspect();
    CHECK(store->status().members == 1);
    CHECK(store->check().ok());
}

TEST_CASE("a probable duplicate saved as a different person records the operator's decision")
{
    QUuid existing;
    AppFixture fixture(Country::Lao, registering(
                                         [](const ReferenceData& r) {
                                             // Registered earlier without a document (another number of the
                                             // same kind of document would speak against a duplicate).
                                             Member m = existingSomphone(r, {});
                                             m.document = {};
                                             return m;
                                         },
                                         &existing));
    app::MainWindow& window = fixture.window();
    app::RegistrationPage* page = window.registrationPage();
    typeLaoRegistration(window, kDocument);

    app::DuplicateDialog* dialog = waitForDialog(page);
    REQUIRE(dialog->check().candidates.size() == 1);
    CHECK(dialog->check().candidates.first().id == existing);
    CHECK(dialog->check().candidates.first().kind == DuplicateKind::Probable);
    CHECK(dialog->reasonsText(0).contains(QStringLiteral("Same village.")));
    CHECK(dialog->canSaveAnyway());
    const auto* saveAnyway = dialog->findChild<QPushButton*>(QStringLiteral("saveAnyway"));
    REQUIRE(saveAnyway);
    CHECK(saveAnyway->isVisible());

    closeWith(Qt::Key_D, Qt::AltModifier);
    REQUIRE(waitFor([&] { return !page->duplicateDialog() && !page->isSaving(); }));
    INFO(page->bannerText().toStdString());
    CHECK(page->bannerText().contains(QStringLiteral("is registered")));

    const auto store = fixture.inspect();
    CHECK(store->status().members == 2);
    const QList<QUuid> found = store->findByDocument(kDocument);
    REQUIRE(found.size() == 1);
    const AuditEntry audit = lastAuditEntry(fixture.storePath());
    CHECK(audit.action == QStringLiteral("member.duplicate_decision"));
    CHECK(audit.entityId == uuidText(found.first()));
    CHECK(audit.detail.contains(uuidText(existing)));
    CHECK(audit.detail.contains(QStringLiteral("different_person")));
    CHECK_FALSE(audit.detail.contains(QStringLiteral("Somphone")));
    CHECK(store->check().ok());
}

TEST_CASE("a clearly different person is saved without the duplicate dialog")
{
    QUuid existing;
    AppFixture fixture(
        Country::Lao,
        registering([](const ReferenceData& r) { return sampleMember(Country::Lao, 2, r); }, &existing));
    app::MainWindow& window = fixture.window();
    app::RegistrationPage* page = window.registrationPage();
    typeLaoRegistration(window, kDocument);
    REQUIRE(waitFor([&] { return !page->isSaving() && !page->bannerText().isEmpty(); }));
    CHECK(page->duplicateDialog() == nullptr);
    CHECK(page->bannerText().contains(QStringLiteral("is registered")));
    const auto store = fixture.inspect();
    CHECK(store->status().members == 2);
    CHECK(lastAuditEntry(fixture.storePath()).action != QStringLiteral("member.duplicate_decision"));
}
