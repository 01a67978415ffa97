#include "AppFixture.h"
#include "SampleData.h"

#include "i18n/Formats.h"
#include "printing/MemberCardDocument.h"
#include "printing/ReceiptDocument.h"
#include "screens/ContributionsPage.h"
#include "shell/MainWindow.h"
#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace fe;
using namespace fe::test;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
}

// zbarimg reads images, not PDFs: the page is rendered first, as a phone camera would see it.
QString qrCodeOf(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral("-page");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf, prefix});
    return run(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")})
        .trimmed();
}

QUuid registerWanjiru(Store& store)
{
    const SaveResult saved =
        store.registerMember(sampleMember(Country::Kenya, 0, store.reference()), QStringLiteral("t"));
    REQUIRE(saved.ok());
    return saved.saved->id;
}

} // namespace

TEST_CASE("a mobile-money payment is saved and its receipt PDF reads and scans back")
{
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty());
    QUuid memberId;
    AppFixture fixture(Country::Kenya, [&](Store& store) { memberId = registerWanjiru(store); });
    app::MainWindow& window = fixture.window();
    app::ContributionsPage* page = window.contributionsPage();

    // Find the member with the keyboard; the form opens on the first scheme.
    pressKey(Qt::Key_3, Qt::ControlModifier);
    REQUIRE(window.currentPage() == page);
    REQUIRE(focusedName() == QStringLiteral("paymentMemberSearch"));
    typeText(focused(), QStringLiteral("Wanjiru"));
    REQUIRE(waitFor([&] { return page->resultCount() == 1; }));
    bool loaded = false;
    QObject::connect(page, &app::ContributionsPage::memberLoaded, [&] { loaded = true; });
    pressKey(Qt::Key_Return); // picks the first result
    REQUIRE(waitFor([&] { return loaded; }));
    REQUIRE(page->selectedMember()->id == memberId);
    REQUIRE(focusedName() == QStringLiteral("scheme"));

    SECTION("the scheme rule gives the expected amount")
    {
        pressKey(Qt::Key_Down); // SHA: 2.75 % of the household income of KES 12,000, at least 300
        const QString expected = page->findChild<QLabel*>(QStringLiteral("expectedAmount"))->text();
        CHECK(expected.contains(app::formats::money(Money{33'000, QStringLiteral("KES")})));
    }
    SECTION("receipt")
    {
        typeAndEnter({}); // NSSF Haba Haba: any amount
        typeAndEnter({}); // this month
        typeAndEnter({}); // one month
        REQUIRE(focusedName() == QStringLiteral("amount"));
        typeAndEnter(QStringLiteral("500"));
        typeAndEnter(QStringLiteral("M")); // paid by: the choice starting with M, mobile money
        REQUIRE(focusedName() == QStringLiteral("transactionCode"));
        typeAndEnter(QStringLiteral("qgh7xk2m9p")); // upper-cased by validation
        REQUIRE(focusedName() == QStringLiteral("savePayment"));
        pressKey(Qt::Key_Return);
        REQUIRE(waitFor([&] { return page->lastReceipt().has_value(); }));
        const app::ContributionReceipt receipt = *page->lastReceipt();
        CHECK(receipt.contribution.amount == Money{50'000, QStringLiteral("KES")});
        CHECK(receipt.contribution.transactionCode == QStringLiteral("QGH7XK2M9P"));
        CHECK(page->bannerText().contains(receipt.contribution.receiptNumber));

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("receipt.pdf"));
        REQUIRE(page->writeReceipt(pdf, receipt).ok());
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("Payment receipt")));
        CHECK(text.contains(receipt.contribution.receiptNumber));
        CHECK(text.contains(QStringLiteral("Wanjiru Kamau")));
        CHECK(text.contains(app::formats::money(receipt.contribution.amount)));
        CHECK(text.contains(QStringLiteral("QGH7XK2M9P")));
        CHECK(text.contains(QStringLiteral("NSSF Haba Haba")));
        CHECK(text.contains(QStringLiteral("Test laptop"))); // the device name
        const QString scanned = qrCodeOf(pdf);
        CHECK(scanned == QString::fromUtf8(app::ReceiptDocument::qrPayload(
                             receipt.contribution, fixture.app().client().info().deviceId)));
        CHECK(scanned.contains(receipt.contribution.receiptNumber));
        CHECK(!scanned.contains(QStringLiteral("Wanjiru"))); // nothing personal in the code

        // The same mobile-money code again: the store refuses it, beside the field.
        pressKey(Qt::Key_C, Qt::AltModifier); // back to the scheme
        REQUIRE(waitFor([] { return focusedName() == QStringLiteral("scheme"); }));
        typeAndEnter({});
        typeAndEnter({});
        typeAndEnter({});
        typeAndEnter(QStringLiteral("300"));
        typeAndEnter(QStringLiteral("M"));
        typeAndEnter(QStringLiteral("QGH7XK2M9P"));
        pressKey(Qt::Key_Return);
        REQUIRE(waitFor([&] { return page->bannerText().startsWith(QStringLiteral("Nothing was saved")); }));
        CHECK(page->errorFor(QStringLiteral("transactionCode")) ==
              QStringLiteral("This mobile-money code was already used for another payment."));
        const auto store = fixture.inspect();
        CHECK(store->contributionsOf(memberId).size() == 1);

        // And the member card scans back to the member's record id.
        const auto member = store->member(memberId);
        const QString card = out.filePath(QStringLiteral("card.pdf"));
        REQUIRE(app::MemberCardDocument(*member, fixture.app().client().info()).writePdf(card).ok());
        CHECK(pdfText(card).contains(QStringLiteral("Wanjiru Kamau")));
        CHECK(qrCodeOf(card) == QString::fromUtf8(app::MemberCardDocument::qrPayload(*member)));
    }
}
