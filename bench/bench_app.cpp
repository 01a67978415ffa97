// bench_app: the desktop application with a large store (not a test: it prints figures).
//
//   bench_app [--members N] [--store FILE] [--country LA|KE]
//
// Creates the store once through the store API, encrypted as the application always makes them,
// with the administrator "bench" and the production password derivation (cached: default
// /tmp/fieldenrol-bench-enc-<N>-<LA|KE>.fieldenrol), then starts itself again as a fresh process
// that opens the application on it and measures: cold start to the interactive login window (from
// process start, dynamic loading included), the password typed and Enter to the interactive main
// window (the unlock: password derivation, the sealed search index), the members list fully
// loaded, memory (RSS and its peak), and the time from a keystroke in the search box to the
// results on screen. Build it in Release for figures that mean anything. Targets: start <= 1.5 s,
// RSS <= 300 MB, search <= 50 ms after a keystroke. The first run on a new store sorts the names
// once for the application's language and keeps that order in the store when it closes; the runs
// after it show what an operator sees every day.
#include "domain/Scheme.h"
#include "models/MemberListModel.h"
#include "screens/MembersPage.h"
#include "shell/AppController.h"
#include "shell/LoginWindow.h"
#include "shell/MainWindow.h"
#include "store/Store.h"
#include "worker/StoreClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace fe;

namespace {

const QString kBenchUser = QStringLiteral("bench");
const QString kBenchPassword = QStringLiteral("bench password 2026");

// --- A large, varied store -------------------------------------------------------------------

struct Syllable
{
    const char* lao;
    const char* latin;
};
constexpr Syllable kSyllables[] = {
    {"ສົມ", "Som"},   {"ພອນ", "Phone"}, {"ບຸນ", "Boun"}, {"ມີ", "Mee"},   {"ຄຳ", "Kham"},   {"ແສງ", "Saeng"},
    {"ວັນ", "Van"},   {"ນາ", "Na"},     {"ສີ", "Si"},    {"ສຸກ", "Souk"}, {"ທອງ", "Thong"}, {"ດີ", "Dy"},
    {"ຈັນ", "Chan"},  {"ທະ", "Tha"},    {"ລາ", "La"},   {"ໄຊ", "Xay"},  {"ມະ", "Ma"},     {"ນີ", "Ni"},
    {"ວອນ", "Vone"}, {"ແກ້ວ", "Keo"},   {"ວົງ", "Vong"}, {"ສາ", "Sa"},   {"ພົມ", "Phom"},   {"ອິນ", "In"}};
constexpr const char* kKenyanGiven[] = {
    "Wanjiru", "Achieng", "Otieno", "Kiprotich", "Mutua",  "Amina",  "Wafula", "Njeri",  "Chebet", "Omondi",
    "Fatuma",  "Kamau",   "Wekesa", "Nduta",     "Hassan", "Akinyi", "Baraka", "Zawadi", "Juma",   "Halima"};
constexpr const char* kKenyanFamily[] = {"Kamau",   "Odhiambo", "Kiptoo",  "Mwangi",  "Ouma",
                                         "Wanyama", "Mohamed",  "Njoroge", "Kilonzo", "Chepkoech",
                                         "Mutiso",  "Otieno",   "Barasa",  "Ali"};

Member generated(Country country, int index, const ReferenceData& reference, QRandomGenerator& random)
{
    Member m;
    const bool lao = country == Country::Lao;
    const auto syllable = [&] {
        return kSyllables[random.bounded(int(std::size(kSyllables)))];
    };
    if (lao) {
        const Syllable g1 = syllable(), g2 = syllable(), f1 = syllable(), f2 = syllable();
        m.name.given = QString::fromUtf8(g1.lao) + QString::fromUtf8(g2.lao);
        m.name.givenLatin = QString::fromLatin1(g1.latin) + QString::fromLatin1(g2.latin).toLower();
        if (random.bounded(10) > 1) { // some rural Lao have no family name
            m.name.family = QString::fromUtf8(f1.lao) + QString::fromUtf8(f2.lao);
            m.name.familyLatin = QString::fromLatin1(f1.latin) + QString::fromLatin1(f2.latin).toLower();
        }
    } else {
        m.name.given = QString::fromLatin1(kKenyanGiven[random.bounded(int(std::size(kKenyanGiven)))]);
        m.name.family = QString::fromLatin1(kKenyanFamily[random.bounded(int(std::size(kKenyanFamily)))]);
    }
    m.sex = random.bounded(2) ? Sex::Female : Sex::Male;
    m.birth = {QDate(1970 + random.bounded(35), 1 + random.bounded(12), 1 + random.bounded(28)), false};
    static const QList<AdminUnit> regions = reference.level(1);
    const AdminUnit& region = regions[random.bounded(int(regions.size()))];
    const QList<AdminUnit> districts = reference.children(2, region.code);
    const AdminUnit& district = districts[random.bounded(int(districts.size()))];
    m.address = {region.code, district.code, {}, {}};
    if (lao) {
        m.address.village =
            QStringLiteral("ບ້ານ") + QString::fromUtf8(syllable().lao) + QString::fromUtf8(syllable().lao);
        m.document = {DocumentType::LaNationalIdCard,
                      QStringLiteral("B-%1").arg(index, 8, 10, QLatin1Char('0')),
                      region.code,
                      {}};
        m.phone = QStringLiteral("020%1").arg(50'000'000 + index, 8, 10, QLatin1Char('0'));
        m.monthlyIncome = Money{1'000'000 + random.bounded(40) * 100'000, QStringLiteral("LAK")};
        m.schemes = {{QStringLiteral("LA-VOL"), {}}};
    } else {
        const QList<AdminUnit> wards = reference.children(3, district.code);
        m.address.wardCode = wards.isEmpty() ? QString() : wards[random.bounded(int(wards.size()))].code;
        m.document = {DocumentType::KeNationalId, QString::number(10'000'000 + index), {}, {}};
        m.phone = QStringLiteral("07%1").arg(10'000'000 + index, 8, 10, QLatin1Char('0'));
        m.monthlyIncome = Money{(5'000 + random.bounded(40) * 1'000) * 100LL, QStringLiteral("KES")};
        m.schemes = {{QStringLiteral("KE-NSSF-HH"), {}}};
    }
    m.occupation = static_cast<Occupation>(random.bounded(8));
    m.consent.textVersion = QStringLiteral("FE-2026-01");
    m.consent.language = CountryProfile::of(country).localLanguage;
    m.consent.method = ConsentMethod::Thumbprint;
    m.consent.givenAt = QDateTime::currentDateTimeUtc().addDays(-1);
    return m;
}

int createStore(const QString& path, Country country, int members)
{
    std::printf("creating %s with %d members (once; later runs reuse it)...\n", qPrintable(path), members);
    std::fflush(stdout);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    CreateOptions options{country, QStringLiteral("Bench laptop")};
    options.administrator = FirstAdministrator{
        {kBenchUser, QStringLiteral("Bench Administrator"), OperatorRole::Administrator}, kBenchPassword};
    auto created = Store::create(partial, options);
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    Store& store = *created.value();
    QRandomGenerator random(42);
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 2000;
    for (int start = 0; start < members; start += kBatch) {
        int failures = 0;
        const Status batch = store.inBatch([&] {
            for (int i = start; i < qMin(members, start + kBatch); ++i)
                if (!store
                         .registerMember(generated(country, i, store.reference(), random),
                                         QStringLiteral("bench"))
                         .ok())
                    ++failures;
        });
        if (!batch.ok() || failures > 0) {
            std::fprintf(stderr, "generation failed (%d invalid members)\n", failures);
            return 1;
        }
        if ((start / kBatch) % 10 == 0) {
            std::printf("  %d members, %.0f s\n", start + kBatch, timer.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    store.lock(); // writes the sealed search index the application's login starts from
    created.value().reset();
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return 1;
    std::printf("created in %.1f s\n", timer.elapsed() / 1000.0);
    return 0;
}

// --- Measuring the application ---------------------------------------------------------------

// Milliseconds since this process was started by the kernel (before dynamic loading).
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statText = stat.readAll();
    // Field 22 (starttime) counts from after the command name, which is in parentheses.
    const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double statusMb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void typeChar(QWidget* widget, QChar c)
{
    if (c.unicode() < 128)
        QTest::keyClick(widget, c.toLatin1());
    else
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

int runApplication(int argc, char* argv[], const QString& storePath)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    auto settings = std::make_unique<app::AppSettings>(settingsDir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    app::AppController controller(std::move(settings));
    bool loginShown = false;
    bool ready = false;
    QObject::connect(&controller, &app::AppController::loginShown, [&] { loginShown = true; });
    QObject::connect(&controller, &app::AppController::ready, [&] { ready = true; });
    controller.startWithStore(storePath);
    if (!QTest::qWaitFor([&] { return loginShown; }, 120000) || !controller.loginWindow())
        return 1;
    app::LoginWindow& login = *controller.loginWindow();
    if (!QTest::qWaitForWindowExposed(&login))
        return 1;
    QApplication::processEvents();
    const double loginMs = msSinceProcessStart();
    const double loginMainMs = sinceMain.elapsed();
    const double loginRss = statusMb("VmRSS:");
    const double loginPeak = statusMb("VmHWM:");

    login.usernameEdit()->setText(kBenchUser);
    login.passwordEdit()->setText(kBenchPassword);
    QElapsedTimer unlocking;
    unlocking.start();
    QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return ready; }, 120000))
        return 1;
    app::MainWindow& window = *controller.mainWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QApplication::processEvents();
    const double unlockMs = unlocking.elapsed();
    const double readyRss = statusMb("VmRSS:");
    const double readyPeak = statusMb("VmHWM:");
    app::MembersPage* members = window.membersPage();
    if (!QTest::qWaitFor([&] { return !members->isLoading(); }, 600000))
        return 1;
    const double listMs = msSinceProcessStart();
    const double listRss = statusMb("VmRSS:");
    const double listPeak = statusMb("VmHWM:");
    const qint64 rows = members->model()->rowCount();

    std::printf("\nstore: %s (%lld members)\n", qPrintable(storePath), static_cast<long long>(rows));
    std::printf("cold start to interactive login window: %.0f ms from process start (%.0f ms from main())\n",
                loginMs, loginMainMs);
    std::printf("Enter on the password to interactive main window: %.0f ms\n", unlockMs);
    std::printf("members list fully loaded and sorted:  %.0f ms from process start\n", listMs);
    std::printf(
        "RSS (peak so far): %.0f (%.0f) MB at login, %.0f (%.0f) MB logged in, %.0f (%.0f) MB with the "
        "list loaded\n",
        loginRss, loginPeak, readyRss, readyPeak, listRss, listPeak);

    // Search while typing: one keystroke at a time, timed until its results are on screen.
    window.showPage(members);
    QLineEdit* box = members->searchBox();
    box->setFocus();
    const bool lao = controller.client().info().country.country == Country::Lao;
    const QStringList queries = lao ? QStringList{QStringLiteral("somphone"), QStringLiteral("ສົມພອນ"),
                                                  QStringLiteral("B-00123456"), QStringLiteral("02050123456")}
                                    : QStringList{QStringLiteral("wanjiru"), QStringLiteral("10123456"),
                                                  QStringLiteral("0710123456")};
    for (const QString& query : queries) {
        box->clear();
        QApplication::processEvents();
        std::printf("search \"%s\":", qPrintable(query));
        QString typed;
        for (const QChar c : query) {
            typed += c;
            bool shown = false;
            int found = 0;
            const auto connection = QObject::connect(members, &app::MembersPage::searchShown,
                                                     [&](const QString& text, int count) {
                                                         if (text == typed.trimmed()) {
                                                             shown = true;
                                                             found = count;
                                                         }
                                                     });
            QElapsedTimer keystroke;
            keystroke.start();
            typeChar(box, c);
            if (!QTest::qWaitFor([&] { return shown; }, 120000))
                std::printf(" (no answer)");
            QObject::disconnect(connection);
            std::printf(" %lld ms (%d)", static_cast<long long>(keystroke.elapsed()), found);
            std::fflush(stdout);
        }
        std::printf("\n");
    }
    std::printf("peak RSS: %.0f MB\n", statusMb("VmHWM:"));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--run-app") == 0)
        return runApplication(argc - 2, argv + 2, QString::fromLocal8Bit(argv[2]));
    QCoreApplication core(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members in the store."),
                                           QStringLiteral("n"), QStringLiteral("250000"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("Store file (created if missing)."), QStringLiteral("file"));
    const QCommandLineOption countryOption(QStringLiteral("country"), QStringLiteral("LA or KE."),
                                           QStringLiteral("code"), QStringLiteral("LA"));
    parser.addOptions({membersOption, storeOption, countryOption});
    parser.process(core);
    const int members = parser.value(membersOption).toInt();
    const auto profile = CountryProfile::fromCode(parser.value(countryOption));
    if (members < 1 || !profile) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }
    const QString path =
        parser.isSet(storeOption)
            ? parser.value(storeOption)
            : QStringLiteral("/tmp/fieldenrol-bench-enc-%1-%2.fieldenrol").arg(members).arg(profile->code);
    if (!QFileInfo::exists(path))
        if (const int rc = createStore(path, profile->country, members); rc != 0)
            return rc;
    // A fresh process, so the start-up figures include loading the program.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--run-app"), path});
    if (!child.waitForFinished(-1))
        return 1;
    return child.exitCode();
}
