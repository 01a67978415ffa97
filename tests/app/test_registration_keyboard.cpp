#include "AppFixture.h"
#include "SampleData.h"

#include "models/MemberListModel.h"
#include "screens/MembersPage.h"
#include "screens/RegistrationPage.h"
#include "shell/MainWindow.h"
#include "widgets/PhotoField.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace fe;
using namespace fe::test;

namespace {

// Types a whole Lao registration with the keyboard alone: Enter moves from field to field and
// from step to step, Alt+A adds a household member, Space ticks, Enter on the button saves.
// `phone` and `document` let a test type a wrong or already used value. With `photoFile`, Alt+T
// first reaches the photo's button (the file chooser, a native dialog, is stood in for by the
// file name) and Alt+G goes back to the first field.
void typeLaoRegistration(app::MainWindow& window, const QString& phone, const QString& document,
                         const QString& photoFile = {})
{
    pressKey(Qt::Key_1, Qt::ControlModifier);
    REQUIRE(window.currentPage() == window.registrationPage());
    REQUIRE(focusedName() == QStringLiteral("name.given"));
    if (!photoFile.isEmpty()) {
        pressKey(Qt::Key_T, Qt::AltModifier);
        REQUIRE(focusedName() == QStringLiteral("photoChoose"));
        auto* photo = window.registrationPage()->findChild<app::PhotoField*>(QStringLiteral("photo"));
        REQUIRE(photo);
        REQUIRE(photo->takeFromFile(photoFile).isEmpty());
        pressKey(Qt::Key_G, Qt::AltModifier);
        REQUIRE(focusedName() == QStringLiteral("name.given"));
    }
    typeAndEnter(QStringLiteral("ສົມພອນ"));
    typeAndEnter(QStringLiteral("ວົງສາ"));
    typeAndEnter(QStringLiteral("Somphone"));
    typeAndEnter(QStringLiteral("Vongsa"));
    REQUIRE(focusedName() == QStringLiteral("sex"));
    typeAndEnter({});                        // female, the first choice
    typeAndEnter(QStringLiteral("2531"));    // a Buddhist-era year: 1988
    typeAndEnter({});                        // work: the first choice
    typeAndEnter(QStringLiteral("2500000")); // monthly income; Enter goes on to step 2
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::AddressStep);
    REQUIRE(focusedName() == QStringLiteral("address.region"));
    typeAndEnter(QStringLiteral("Vientiane Capital"));
    typeAndEnter(QStringLiteral("Chanthabouly"));
    typeAndEnter(QStringLiteral("ບ້ານສີເມືອງ"));
    REQUIRE(focusedName() == QStringLiteral("phone"));
    typeAndEnter(phone);
    REQUIRE(focusedName() == QStringLiteral("document.type"));
    pressKey(Qt::Key_Down); // national ID card
    pressKey(Qt::Key_Return);
    typeAndEnter(document);
    typeAndEnter(QStringLiteral("Vientiane Capital"));
    typeAndEnter(QStringLiteral("Chanthabouly"));
    if (window.registrationPage()->currentStep() == app::RegistrationPage::AddressStep)
        return; // the step refused to go on: something on it is wrong
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::HouseholdStep);

    pressKey(Qt::Key_A, Qt::AltModifier); // add a person: the first cell opens for typing
    REQUIRE(waitFor(
        [] { return qobject_cast<QLineEdit*>(focused()) != nullptr; })); // after the button's click animation
    REQUIRE(qobject_cast<QLineEdit*>(focused()));
    typeText(focused(), QStringLiteral("ນ້ອຍ"));
    pressKey(Qt::Key_Tab); // family name: none
    pressKey(Qt::Key_Tab); // relationship: child
    pressKey(Qt::Key_Tab); // sex
    pressKey(Qt::Key_Tab); // born
    typeAndEnter(QStringLiteral("2015"));
    REQUIRE(focusedName() == QStringLiteral("household"));
    pressKey(Qt::Key_Return);
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::SchemesStep);
    pressKey(Qt::Key_Space); // LSSO voluntary scheme
    pressKey(Qt::Key_Return);
    REQUIRE(window.registrationPage()->currentStep() == app::RegistrationPage::ConsentStep);
    typeAndEnter({});        // read in Lao
    typeAndEnter({});        // signature
    pressKey(Qt::Key_Space); // the member agrees
    pressKey(Qt::Key_Return);
    REQUIRE(focusedName() == QStringLiteral("saveRegistration"));
    pressKey(Qt::Key_Return);
}

} // namespace

TEST_CASE("a registration typed with the keyboard alone is saved, listed and queued for sync")
{
    AppFixture fixture(Country::Lao);
    app::MainWindow& window = fixture.window();
    // A phone camera's portrait: larger than a record keeps, scaled down on the way in.
    const QString photoFile = fixture.dir.filePath(QStringLiteral("portrait.png"));
    QImage portrait(1200, 1600, QImage::Format_RGB32);
    portrait.fill(QColor(200, 120, 60));
    REQUIRE(portrait.save(photoFile));
    typeLaoRegistration(window, QStringLiteral("020 5555 1234"), QStringLiteral("01-2345678"), photoFile);
    app::RegistrationPage* page = window.registrationPage();
    REQUIRE(waitFor([&] { return !page->isSaving() && !page->bannerText().isEmpty(); }));
    INFO(page->bannerText().toStdString());
    CHECK(page->bannerText().contains(QStringLiteral("ສົມພອນ ວົງສາ")));
    CHECK(page->bannerText().contains(QStringLiteral("2531")));      // the Buddhist-era note
    CHECK(page->currentStep() == app::RegistrationPage::PersonStep); // a fresh form

    // Saved with its outbox entry.
    const auto store = fixture.inspect();
    CHECK(store->status().members == 1);
    const QList<OutboxEntry> outbox = store->pendingOutbox(10);
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.first().entity == QStringLiteral("member"));
    CHECK(outbox.first().op == QStringLiteral("create"));
    const auto saved = store->member(outbox.first().entityId);
    REQUIRE(saved);
    CHECK(saved->name.displayLatin() == QStringLiteral("Somphone Vongsa"));
    CHECK(saved->birth.date == QDate(1988, 7, 1));
    CHECK(saved->birth.estimated);
    CHECK(saved->phone == QStringLiteral("+8562055551234"));
    CHECK(saved->address.districtCode == QStringLiteral("0101"));
    CHECK(saved->document.type == DocumentType::LaNationalIdCard);
    CHECK(saved->monthlyIncome == Money{2'500'000, QStringLiteral("LAK")});
    REQUIRE(saved->household.size() == 1);
    CHECK(saved->household.first().name.given == QStringLiteral("ນ້ອຍ"));
    CHECK(saved->household.first().relationship == Relationship::Child);
    REQUIRE(saved->schemes.size() == 1);
    CHECK(saved->schemes.first().schemeCode == QStringLiteral("LA-VOL"));
    CHECK(saved->consent.language == QStringLiteral("lo"));
    CHECK(saved->consent.textVersion == QStringLiteral("FE-2026-01"));
    const QImage savedPhoto = QImage::fromData(saved->photo, "JPEG");
    CHECK(savedPhoto.size() == QSize(225, 300));
    CHECK(saved->photo.size() <= Member::kMaxPhotoBytes);
    CHECK(store->check().ok());

    // Visible in the list, and found by the search box.
    REQUIRE(waitFor([&] { return fixture.app().client().lastStatus().outboxPending == 1; }));
    CHECK(window.statusText().contains(QStringLiteral("1")));
    pressKey(Qt::Key_2, Qt::ControlModifier);
    app::MembersPage* members = window.membersPage();
    REQUIRE(window.currentPage() == members);
    REQUIRE(waitFor([&] { return members->model()->rowCount() == 1; }));
    CHECK(members->model()->index(0, app::MemberListModel::Name).data().toString() ==
          QStringLiteral("ສົມພອນ ວົງສາ"));
    CHECK(members->model()->index(0, app::MemberListModel::Sync).data().toString() ==
          QStringLiteral("Saved on this laptop"));
    REQUIRE(focused() == members->searchBox());
    typeText(focused(), QStringLiteral("somph"));
    REQUIRE(waitFor(
        [&] { return members->model()->showingSearchResults() && members->model()->rowCount() == 1; }));
}

TEST_CASE("a rejected field shows its message beside it and nothing is saved")
{
    AppFixture fixture(Country::Lao);
    app::MainWindow& window = fixture.window();
    app::RegistrationPage* page = window.registrationPage();

    SECTION("a phone number the validator rejects")
    {
        typeLaoRegistration(window, QStringLiteral("12345"), QStringLiteral("01-2345678"));
        // The step is not left; the message is beside the field, in the operator's language.
        CHECK(page->currentStep() == app::RegistrationPage::AddressStep);
        CHECK(page->errorFor(QStringLiteral("phone")) ==
              QStringLiteral("Enter a Lao mobile number, e.g. 020 5555 1234."));
        CHECK(page->errorFor(QStringLiteral("address.district")).isEmpty());
        // Saving anyway is refused before anything reaches the store.
        pressKey(Qt::Key_S, Qt::ControlModifier);
        CHECK(page->bannerText().startsWith(QStringLiteral("Nothing was saved")));
        CHECK(focusedName() == QStringLiteral("phone"));
    }
    SECTION("a document number the store already holds")
    {
        // The worker's search index is filled now, so the registration below, made behind its
        // back, is caught by the store's own check rather than the duplicate dialog (see
        // test_duplicate_dialog.cpp).
        fixture.app().client().checkDuplicates(Member{}, nullptr, [](const Result<app::DuplicateCheck>&) {});
        fixture.app().client().waitForIdle();
        {
            // Registered meanwhile by another operator of this laptop (a second connection).
            const auto store = fixture.inspect();
            Member other = sampleMember(Country::Lao, 1, store->reference());
            other.document.number = QStringLiteral("01-2345678");
            other.document.issuingProvince = QStringLiteral("01");
            other.document.issuingDistrict = QStringLiteral("0101");
            REQUIRE(store->registerMember(other, QStringLiteral("other")).ok());
        }
        typeLaoRegistration(window, QStringLiteral("020 5555 1234"), QStringLiteral("01-2345678"));
        REQUIRE(waitFor([&] { return !page->isSaving() && !page->bannerText().isEmpty(); }));
        CHECK(page->bannerText().startsWith(QStringLiteral("Nothing was saved")));
        CHECK(page->errorFor(QStringLiteral("document.number")) ==
              QStringLiteral("A member with this document number is already registered."));
        CHECK(focusedName() == QStringLiteral("document.number"));
    }
    const auto store = fixture.inspect();
    const qint64 before = store->status().members;
    CHECK(store->pendingOutbox(10).size() == before); // only what was there before the test typed
    CHECK(store->check().ok());
    const QList<Member> found = store->searchByNamePrefix(QStringLiteral("Somphone"));
    CHECK(found.isEmpty());
}
