#include "AppFixture.h"
#include "SampleData.h"

#include "i18n/Formats.h"
#include "i18n/LanguageManager.h"
#include "screens/MemberDetailDialog.h"
#include "screens/MembersPage.h"
#include "screens/RegistrationPage.h"
#include "shell/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace fe;
using namespace fe::test;

namespace {

QString navText(app::MainWindow& window, int row)
{
    return window.navigation()->item(row)->text();
}

QString closeButtonText(app::MemberDetailDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close)->text();
}

QString givenNameLabel(app::MainWindow& window)
{
    // The label whose buddy is the given-name field.
    for (QLabel* label : window.registrationPage()->findChildren<QLabel*>())
        if (label->buddy() && label->buddy()->objectName() == QStringLiteral("name.given"))
            return label->text();
    return {};
}

} // namespace

TEST_CASE("switching the language retranslates the open windows at once")
{
    QUuid memberId;
    AppFixture fixture(Country::Lao, [&](Store& store) {
        memberId = store.registerMember(sampleMember(Country::Lao, 0, store.reference()), QStringLiteral("t"))
                       .saved->id;
    });
    app::MainWindow& window = fixture.window();
    app::LanguageManager& language = fixture.app().language();
    app::MemberDetailDialog detail(fixture.app().client(), memberId, &window);
    detail.show();
    REQUIRE(waitFor([&] { return detail.isLoaded(); }));

    REQUIRE(navText(window, 1) == QStringLiteral("Members"));
    REQUIRE(closeButtonText(detail) == QStringLiteral("Close"));
    const QString englishSync = detail.syncText();
    CHECK(englishSync == QStringLiteral("Saved on this laptop, not sent to the central office yet."));

    REQUIRE(language.setLanguage(QStringLiteral("lo")));
    QApplication::processEvents();
    CHECK(navText(window, 1) == QStringLiteral("ສະມາຊິກ"));
    CHECK(givenNameLabel(window) == app::RegistrationPage::tr("&Given name (Lao script)"));
    CHECK(givenNameLabel(window) != QStringLiteral("&Given name (Lao script)"));
    CHECK(closeButtonText(detail) == QStringLiteral("ປິດ")); // Qt's own button, from qtbase_lo
    CHECK(detail.syncText() != englishSync);
    CHECK(QApplication::font().families().first() == QStringLiteral("Noto Sans Lao"));
    CHECK(app::formats::money(Money{1'234'568, QStringLiteral("LAK")}) == QStringLiteral("₭1.234.568"));
    CHECK(window.windowTitle().contains(QStringLiteral("ສປປ ລາວ")));

    REQUIRE(language.setLanguage(QStringLiteral("sw")));
    QApplication::processEvents();
    CHECK(navText(window, 1) == QStringLiteral("Wanachama"));
    CHECK(closeButtonText(detail) == QStringLiteral("Funga"));
    CHECK(QApplication::font().families().first() != QStringLiteral("Noto Sans Lao"));

    REQUIRE(language.setLanguage(QStringLiteral("en")));
    QApplication::processEvents();
    CHECK(navText(window, 1) == QStringLiteral("Members"));
    CHECK(closeButtonText(detail) == QStringLiteral("Close"));
    CHECK(detail.syncText() == englishSync);
}

TEST_CASE("money is formatted per locale: LAK without decimals, KES with two")
{
    // Locales keep the symbol and the amount together with a no-break space.
    const auto plain = [](QString s) {
        return s.replace(QChar(0x00A0), QLatin1Char(' '));
    };
    CHECK(app::formats::money(Money{1'234'568, QStringLiteral("LAK")},
                              QLocale(QLocale::Lao, QLocale::Laos)) == QStringLiteral("₭1.234.568"));
    CHECK(plain(app::formats::money(Money{123'456'750, QStringLiteral("KES")},
                                    QLocale(QLocale::Swahili, QLocale::Kenya))) ==
          QStringLiteral("Ksh 1,234,567.50"));
    CHECK(plain(app::formats::money(Money{5, QStringLiteral("KES")},
                                    QLocale(QLocale::Swahili, QLocale::Kenya))) ==
          QStringLiteral("Ksh 0.05"));
    CHECK(app::formats::money(Money{-2'500, QStringLiteral("LAK")},
                              QLocale(QLocale::English, QLocale::UnitedKingdom))
              .contains(QStringLiteral("2,500")));
}

TEST_CASE("every screen fits 1366x768 in every language, for both countries")
{
    for (Country country : {Country::Lao, Country::Kenya}) {
        AppFixture fixture(country);
        app::MainWindow& window = fixture.window();
        for (const QString& code : app::LanguageManager::available()) {
            REQUIRE(fixture.app().language().setLanguage(code));
            QApplication::processEvents();
            for (int page = 0; page < window.navigation()->count(); ++page) {
                window.navigation()->setCurrentRow(page);
                QApplication::processEvents();
                const QSize needed = window.minimumSizeHint();
                INFO(CountryProfile::of(country).code.toStdString()
                     << " " << code.toStdString() << " page " << page << ": " << needed.width() << "x"
                     << needed.height());
                CHECK(needed.width() <= 1366);
                CHECK(needed.height() <= 740); // leaves room for a taskbar
            }
        }
    }
}
