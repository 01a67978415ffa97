#include "cli/Cli.h"

#include "central/Admin.h"
#include "central/BundleImport.h"
#include "central/Central.h"
#include "central/Enrolment.h"
#include "central/Log.h"
#include "central/Matcher.h"
#include "db/Migrations.h"
#include "http/HttpService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace fe::central {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

void out(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}
void err(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

int fail(const Error& e)
{
    err(tr("fieldenrol-central: %1 [%2]").arg(e.message, e.code));
    return 1;
}

int usage(const QString& message)
{
    err(tr("fieldenrol-central: %1").arg(message));
    err(tr("Run fieldenrol-central --help for the commands and options."));
    return 2;
}

const char* const kHelp = QT_TRANSLATE_NOOP(
    "Cli",
    "The FieldEnrol central office service.\n\n"
    "Commands:\n"
    "  serve                      run the HTTP service (migrates the database first)\n"
    "  migrate                    create or upgrade the database schema\n"
    "  enrolment-code             create a one-time device enrolment code (--country, --district)\n"
    "  revoke-device ID           refuse a device from now on\n"
    "  supervisor-add             create a supervisor account (--name, --country, --district...)\n"
    "  export                     members or contributions as CSV or JSON Lines (--what, --format, --out)\n"
    "  stats                      counts of devices, records, flags\n"
    "  import-bundle FILE         apply a USB bundle and write the signed acknowledgement (--ack OUT)\n\n"
    "The database is --db, else $FIELDENROL_CENTRAL_DB, else fieldenrol-central.sqlite in the current\n"
    "folder: a file path for SQLite or postgresql://user@host:port/dbname for PostgreSQL.");

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), tr("Database: SQLite file or postgresql:// URL."),
                          QStringLiteral("url")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              tr("Address and port to listen on (default 127.0.0.1:8080)."),
                              QStringLiteral("host:port")};
    QCommandLineOption portFile{QStringLiteral("port-file"),
                                tr("Write the port actually bound to this file."), QStringLiteral("file")};
    QCommandLineOption threads{QStringLiteral("threads"), tr("Connections served at once (default 256)."),
                               QStringLiteral("n")};
    QCommandLineOption pool{QStringLiteral("pool"), tr("Database connections (default 8)."),
                            QStringLiteral("n")};
    QCommandLineOption workers{QStringLiteral("push-workers"),
                               tr("Push batches processed at once; the others wait their turn (default 4)."),
                               QStringLiteral("n")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"), tr("PEM certificate: serve HTTPS in process."),
                               QStringLiteral("file")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."),
                              QStringLiteral("file")};
    QCommandLineOption maxBody{QStringLiteral("max-body"),
                               tr("Largest request body in bytes (default 8 MiB)."), QStringLiteral("bytes")};
    QCommandLineOption maxEntries{QStringLiteral("max-entries"), tr("Largest push batch (default 1000)."),
                                  QStringLiteral("n")};
    QCommandLineOption rateBurst{QStringLiteral("rate-burst"),
                                 tr("Requests a device may make at once (default 30)."), QStringLiteral("n")};
    QCommandLineOption ratePerSecond{QStringLiteral("rate-per-second"),
                                     tr("Sustained requests per second per device (default 10)."),
                                     QStringLiteral("x")};
    QCommandLineOption country{QStringLiteral("country"), tr("LA or KE."), QStringLiteral("code")};
    QCommandLineOption district{QStringLiteral("district"),
                                tr("District code (LA 4 digits, KE constituency 3 digits)."),
                                QStringLiteral("code")};
    QCommandLineOption validHours{QStringLiteral("valid-hours"),
                                  tr("Hours an enrolment code stays valid (default 72)."),
                                  QStringLiteral("h")};
    QCommandLineOption validSeconds{QStringLiteral("valid-seconds"),
                                    tr("Seconds an enrolment code stays valid."), QStringLiteral("s")};
    QCommandLineOption name{QStringLiteral("name"), tr("Name of the supervisor."), QStringLiteral("name")};
    QCommandLineOption what{QStringLiteral("what"), tr("members or contributions."), QStringLiteral("kind")};
    QCommandLineOption format{QStringLiteral("format"), tr("csv (default) or jsonl."),
                              QStringLiteral("format")};
    QCommandLineOption output{QStringLiteral("out"), tr("Output file (default: standard output)."),
                              QStringLiteral("file")};
    QCommandLineOption ack{QStringLiteral("ack"), tr("Where to write the acknowledgement file."),
                           QStringLiteral("file")};
    QCommandLineOption count{QStringLiteral("count"), tr("How many enrolment codes to create (default 1)."),
                             QStringLiteral("n")};
    QCommandLineOption enrolBurst{
        QStringLiteral("enrol-burst"),
        tr("Enrolment attempts accepted at once, all clients together (default 20)."), QStringLiteral("n")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print the result as JSON.")};
    QCommandLineOption quiet{QStringLiteral("quiet"), tr("Log errors only.")};

    Options()
    {
        parser.setApplicationDescription(tr(kHelp));
        parser.addHelpOption();
        parser.addVersionOption();
        for (const QCommandLineOption* o :
             {&db,         &listen,       &portFile,   &threads,   &pool,          &workers, &tlsCert,
              &tlsKey,     &maxBody,      &maxEntries, &rateBurst, &ratePerSecond, &country, &district,
              &validHours, &validSeconds, &name,       &what,      &format,        &output,  &ack,
              &count,      &enrolBurst,   &json,       &quiet})
            parser.addOption(*o);
        parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."));
    }
};

std::optional<int> intOption(const Options& o, const QCommandLineOption& option, int fallback)
{
    if (!o.parser.isSet(option))
        return fallback;
    bool ok = false;
    const int v = o.parser.value(option).toInt(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

std::optional<db::Location> location(const Options& o)
{
    QString text = o.parser.value(o.db);
    if (text.isEmpty())
        text = qEnvironmentVariable("FIELDENROL_CENTRAL_DB");
    if (text.isEmpty())
        text = QStringLiteral("fieldenrol-central.sqlite");
    return db::Location::parse(text);
}

// Opens and migrates the database; on failure prints why and returns nothing.
std::unique_ptr<db::Database> openDatabase(const Options& o, int poolSize)
{
    const auto where = location(o);
    if (!where) {
        usage(tr("--db needs a file path or a postgresql:// URL."));
        return nullptr;
    }
    auto database = std::make_unique<db::Database>(*where, poolSize);
    try {
        const int before = db::migrate(*database);
        if (before != db::kSchemaVersion)
            logEvent("info", QStringLiteral("schema.migrated"),
                     {{QLatin1String("from"), before},
                      {QLatin1String("to"), db::kSchemaVersion},
                      {QLatin1String("database"), where->describe()}});
    } catch (const db::Failure& f) {
        fail({QStringLiteral("database.unavailable"),
              tr("Cannot open or prepare the database %1: %2").arg(where->describe(), f.detail),
              {}});
        return nullptr;
    }
    return database;
}

int serve(const Options& o)
{
    const auto threads = intOption(o, o.threads, 256);
    const auto pool = intOption(o, o.pool, 8);
    const auto workers = intOption(o, o.workers, 4);
    const auto maxBody = intOption(o, o.maxBody, 8 * 1024 * 1024);
    const auto maxEntries = intOption(o, o.maxEntries, 1000);
    const auto burst = intOption(o, o.rateBurst, 30);
    const auto enrolBurst = intOption(o, o.enrolBurst, 20);
    bool rateOk = true;
    const double perSecond =
        o.parser.isSet(o.ratePerSecond) ? o.parser.value(o.ratePerSecond).toDouble(&rateOk) : 10.0;
    if (!threads || !pool || !workers || *workers < 1 || !maxBody || !maxEntries || !burst || !enrolBurst ||
        *enrolBurst < 1 || !rateOk || perSecond <= 0 || *pool < 1 || *maxEntries < 1 || *burst < 1)
        return usage(tr("A numeric option has an invalid value."));
    if (o.parser.isSet(o.tlsCert) != o.parser.isSet(o.tlsKey))
        return usage(tr("--tls-cert and --tls-key go together."));

    HttpConfig http;
    const QString listen =
        o.parser.isSet(o.listen) ? o.parser.value(o.listen) : QStringLiteral("127.0.0.1:8080");
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    http.host = listen.left(colon);
    http.port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || http.port < 0 || http.port > 65535)
        return usage(tr("--listen needs host:port, e.g. 127.0.0.1:8080."));
    http.threads = *threads;
    http.pushWorkers = *workers;
    http.tlsCertificate = o.parser.value(o.tlsCert);
    http.tlsKey = o.parser.value(o.tlsKey);

    CentralConfig config;
    config.maxBodyBytes = *maxBody;
    config.limits.maxEntries = *maxEntries;
    config.rateBurst = *burst;
    config.ratePerSecond = perSecond;
    config.enrolBurst = *enrolBurst;

    // SIGINT/SIGTERM stop the service cleanly: a thread waits for them. They are blocked before
    // any thread starts (the database's checkpoint thread, the HTTP pool), as threads inherit
    // the mask: one started earlier would take a SIGTERM and end the process uncleanly.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    auto database = openDatabase(o, *pool);
    if (!database)
        return 1;
    Central central(*database, config);
    try {
        central.start();
    } catch (const db::Failure& f) {
        return fail({QStringLiteral("database.unavailable"),
                     tr("Cannot prepare the database: %1").arg(f.detail),
                     {}});
    }
    // Duplicate matching on a thread of its own, woken by pushes; what an earlier run left queued
    // is matched first.
    MatcherThread matcher(central);
    central.setMatcherWake([&matcher] { matcher.wake(); });
    matcher.wake();
    HttpService service(central, http);
    const auto port = service.bind();
    if (!port.ok())
        return fail(port.error());
    if (o.parser.isSet(o.portFile)) {
        QSaveFile f(o.parser.value(o.portFile));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(port.value())) < 0 || !f.commit())
            return fail({QStringLiteral("serve.port_file"), tr("Cannot write the port file."), {}});
    }
    std::thread waiter([&service, signals] {
        int received = 0;
        sigwait(&signals, &received);
        logEvent("info", QStringLiteral("stopping"), {{QLatin1String("signal"), received}});
        service.stop();
    });
    logEvent("info", QStringLiteral("listening"),
             {{QLatin1String("host"), http.host},
              {QLatin1String("port"), port.value()},
              {QLatin1String("tls"), !http.tlsCertificate.isEmpty()},
              {QLatin1String("database"), database->location().describe()},
              {QLatin1String("threads"), http.threads}});
    service.run();
    central.setMatcherWake({}); // no request is served any more
    // Wake the waiter if the service ended another way.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    logEvent("info", QStringLiteral("stopped"));
    return 0;
}

int enrolmentCode(const Options& o)
{
    if (!o.parser.isSet(o.country) || !o.parser.isSet(o.district))
        return usage(tr("enrolment-code needs --country and --district."));
    qint64 seconds = 72 * 3600;
    if (o.parser.isSet(o.validSeconds) || o.parser.isSet(o.validHours)) {
        bool ok = false;
        seconds = o.parser.isSet(o.validSeconds) ? o.parser.value(o.validSeconds).toLongLong(&ok)
                                                 : o.parser.value(o.validHours).toLongLong(&ok) * 3600;
        if (!ok || seconds < 1 || seconds > 365LL * 24 * 3600)
            return usage(tr("The validity must be between one second and a year."));
    }
    const auto count = intOption(o, o.count, 1);
    if (!count || *count < 1 || *count > 10000)
        return usage(tr("--count is between 1 and 10000."));
    auto database = openDatabase(o, 1);
    if (!database)
        return 1;
    Central central(*database, {});
    // One line per code: a JSON object each with --json, a sentence each otherwise.
    for (int i = 0; i < *count; ++i) {
        auto code =
            Enrolment(central).createCode(o.parser.value(o.country), o.parser.value(o.district), seconds);
        if (!code.ok())
            return fail(code.error());
        const QString expires =
            QDateTime::fromMSecsSinceEpoch(code.value().expiresAtMs, Qt::UTC).toString(Qt::ISODate);
        if (o.parser.isSet(o.json))
            out(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QLatin1String("code"), code.value().code},
                                          {QLatin1String("country"), code.value().country},
                                          {QLatin1String("district"), code.value().district},
                                          {QLatin1String("expiresAt"), expires}})
                    .toJson(QJsonDocument::Compact)));
        else
            out(tr("Enrolment code %1 for district %2 (%3), valid until %4 UTC. It works once.")
                    .arg(code.value().code, code.value().district, code.value().country, expires));
    }
    return 0;
}

int revokeDevice(const Options& o, const QStringList& args)
{
    if (args.size() != 2)
        return usage(tr("revoke-device needs the device id."));
    auto database = openDatabase(o, 1);
    if (!database)
        return 1;
    Central central(*database, {});
    const Status s = Enrolment(central).revokeDevice(args[1]);
    if (!s.ok())
        return fail(s.error());
    out(tr("Device %1 is revoked: its requests are refused from now on.").arg(args[1]));
    return 0;
}

int supervisorAdd(const Options& o)
{
    auto database = openDatabase(o, 1);
    if (!database)
        return 1;
    Central central(*database, {});
    auto credential = Enrolment(central).addSupervisor(o.parser.value(o.name), o.parser.value(o.country),
                                                       o.parser.values(o.district));
    if (!credential.ok())
        return fail(credential.error());
    if (o.parser.isSet(o.json))
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("id"), credential.value().id},
                                                        {QLatin1String("token"), credential.value().token}})
                                  .toJson(QJsonDocument::Compact)));
    else
        out(tr("Supervisor %1 created. Token (shown once, keep it secret): %2")
                .arg(credential.value().id, credential.value().token));
    return 0;
}

int exportRecords(const Options& o)
{
    const QString what = o.parser.value(o.what);
    const QString format = o.parser.isSet(o.format) ? o.parser.value(o.format) : QStringLiteral("csv");
    if (what != QLatin1String("members") && what != QLatin1String("contributions"))
        return usage(tr("--what is members or contributions."));
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
        return usage(tr("--format is csv or jsonl."));
    auto database = openDatabase(o, 1);
    if (!database)
        return 1;
    Central central(*database, {});
    QFile stdoutFile;
    QSaveFile file;
    QIODevice* device = nullptr;
    if (o.parser.isSet(o.output)) {
        file.setFileName(o.parser.value(o.output));
        if (!file.open(QIODevice::WriteOnly))
            return fail({QStringLiteral("export.file"), tr("Cannot write %1.").arg(file.fileName()), {}});
        device = &file;
    } else {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail({QStringLiteral("export.file"), tr("Cannot write to standard output."), {}});
        device = &stdoutFile;
    }
    Result<qint64> written = Error{};
    try {
        written = Admin(central).exportRecords(
            what == QLatin1String("members") ? Admin::What::Members : Admin::What::Contributions,
            format == QLatin1String("csv") ? Admin::Format::Csv : Admin::Format::JsonLines, *device,
            o.parser.value(o.country).toUpper(), o.parser.value(o.district));
    } catch (const db::Failure& f) {
        return fail({QStringLiteral("database.unavailable"), f.detail, {}});
    }
    if (!written.ok())
        return fail(written.error());
    if (o.parser.isSet(o.output) && !file.commit())
        return fail(
            {QStringLiteral("export.file"), tr("Cannot write %1 (disk full?).").arg(file.fileName()), {}});
    err(QCoreApplication::translate("Cli", "%n record(s) exported.", nullptr,
                                    static_cast<int>(written.value())));
    return 0;
}

int stats(const Options& o)
{
    auto database = openDatabase(o, 1);
    if (!database)
        return 1;
    Central central(*database, {});
    try {
        out(QString::fromUtf8(
            QJsonDocument(Admin(central).stats())
                .toJson(o.parser.isSet(o.json) ? QJsonDocument::Compact : QJsonDocument::Indented)));
    } catch (const db::Failure& f) {
        return fail({QStringLiteral("database.unavailable"), f.detail, {}});
    }
    return 0;
}

int importBundle(const Options& o, const QStringList& args)
{
    if (args.size() != 2 || !o.parser.isSet(o.ack))
        return usage(tr("import-bundle needs the bundle file and --ack OUT."));
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly))
        return fail({QStringLiteral("bundle.unreadable"), tr("Cannot read %1.").arg(args[1]), {}});
    if (in.size() > 512LL * 1024 * 1024)
        return fail({QStringLiteral("bundle.too_large"), tr("The file is larger than allowed."), {}});
    const QByteArray file = in.readAll();
    auto database = openDatabase(o, 2);
    if (!database)
        return 1;
    Central central(*database, {});
    Result<BundleImportResult> result = Error{};
    try {
        central.start();
        result = BundleImport(central).import(file);
        if (result.ok())
            Matcher(central).drain(); // no service runs here to match what the bundle brought
    } catch (const db::Failure& f) {
        return fail({QStringLiteral("database.unavailable"), f.detail, {}});
    }
    if (!result.ok())
        return fail(result.error());
    QSaveFile ack(o.parser.value(o.ack));
    if (!ack.open(QIODevice::WriteOnly) || ack.write(result.value().ack) != result.value().ack.size() ||
        !ack.commit())
        return fail(
            {QStringLiteral("bundle.ack_unwritable"),
             tr("The bundle was imported, but the acknowledgement could not be written to %1. Import the "
                "bundle again to write it: nothing is applied twice.")
                 .arg(o.parser.value(o.ack)),
             {}});
    int counts[5] = {};
    for (const wire::EntryResult& r : std::as_const(result.value().response.results))
        ++counts[static_cast<int>(r.kind)];
    out(tr("Bundle of device %1: %2 applied, %3 already applied, %4 rejected, %5 conflicts, %6 waiting. "
           "Acknowledgement written to %7.")
            .arg(result.value().deviceId)
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3])
            .arg(counts[4])
            .arg(o.parser.value(o.ack)));
    return 0;
}

} // namespace

int runCli(const QStringList& arguments)
{
    Options o;
    if (!o.parser.parse(arguments))
        return usage(o.parser.errorText());
    if (o.parser.isSet(QStringLiteral("help"))) {
        out(o.parser.helpText());
        return 0;
    }
    if (o.parser.isSet(QStringLiteral("version"))) {
        out(QStringLiteral("fieldenrol-central ") + QStringLiteral(FIELDENROL_VERSION));
        return 0;
    }
    const QStringList args = o.parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("Name a command."));
    const QString command = args.first();
    // Commands that print their own results log only errors, so their output stays readable.
    setLogQuiet(o.parser.isSet(o.quiet) || command != QLatin1String("serve"));
    if (command == QLatin1String("serve"))
        return serve(o);
    if (command == QLatin1String("migrate"))
        return openDatabase(o, 1) ? (out(tr("The database is at schema %1.").arg(db::kSchemaVersion)), 0) : 1;
    if (command == QLatin1String("enrolment-code"))
        return enrolmentCode(o);
    if (command == QLatin1String("revoke-device"))
        return revokeDevice(o, args);
    if (command == QLatin1String("supervisor-add"))
        return supervisorAdd(o);
    if (command == QLatin1String("export"))
        return exportRecords(o);
    if (command == QLatin1String("stats"))
        return stats(o);
    if (command == QLatin1String("import-bundle"))
        return importBundle(o, args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

} // namespace fe::central
