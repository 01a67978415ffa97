#include "Cli.h"
#include "Login.h"
#include "commands/Commands.h"
#include "commands/SyncExitCodes.h"

#include "DeviceEnrolment.h"
#include "StoredSettings.h"
#include "crypto/Crypto.h"
#include "store/Store.h"

#include <QEventLoop>
#include <QFileInfo>

namespace fe::cli {

int runEnrolDevice(const QStringList& arguments)
{
    CommandLine cmd(
        QStringLiteral("enrol-device"),
        Text::tr("Enrols this device with the central office using the one-time code a supervisor "
                 "created for its district. Keeps the credential and the office's keys in the store."));
    cmd.addStoreOption();
    cmd.addLoginOption();
    cmd.addOption({QStringLiteral("server"),
                   Text::tr("The central office's address, e.g. https://central.example.org."),
                   Text::tr("URL")});
    cmd.addOption({QStringLiteral("code"), Text::tr("The enrolment code."), Text::tr("CODE")});
    cmd.addOption({QStringLiteral("ca"),
                   Text::tr("PEM file of the certificate authority to trust (the only one)."),
                   Text::tr("FILE")});
    cmd.addOption(
        {QStringLiteral("pin"),
         Text::tr("Optional: base64 SHA-256 of the central office's public key; any other key is refused."),
         Text::tr("BASE64")});
    cmd.addOption(
        {QStringLiteral("name"), Text::tr("A name for this device in the fleet view."), Text::tr("NAME")});
    cmd.addOption({QStringLiteral("replace"), Text::tr("Enrol again, replacing this device's identity.")});
    if (const auto done = cmd.parse(arguments))
        return *done;
    if (cmd.value(QStringLiteral("server")).isEmpty() || cmd.value(QStringLiteral("code")).isEmpty())
        return cmd.usageError(Text::tr("enrol-device needs --server and --code."));
    sync::Connection connection;
    connection.serverUrl = QUrl(cmd.value(QStringLiteral("server")));
    if (!connection.serverUrl.isValid() || (connection.serverUrl.scheme() != QLatin1String("https") &&
                                            connection.serverUrl.scheme() != QLatin1String("http")))
        return cmd.usageError(Text::tr("--server must be an http:// or https:// address."));
    if (cmd.isSet(QStringLiteral("ca")))
        connection.caCertificateFile = QFileInfo(cmd.value(QStringLiteral("ca"))).absoluteFilePath();
    if (cmd.isSet(QStringLiteral("pin"))) {
        const auto pin = crypto::fromBase64(cmd.value(QStringLiteral("pin")).toLatin1());
        if (!pin || pin->size() != crypto::kSha256Bytes)
            return cmd.usageError(Text::tr("--pin must be the base64 form of a SHA-256 hash."));
        connection.pinnedKeySha256 = *pin;
    }
    int loginExit = Ok;
    const auto store = openLoggedIn(cmd, loginExit);
    if (!store)
        return loginExit;

    sync::SyncConfig config;
    config.serverUrl = connection.serverUrl;
    config.caCertificateFile = connection.caCertificateFile;
    config.pinnedKeySha256 = connection.pinnedKeySha256;
    config.appVersion = QStringLiteral(FIELDENROL_VERSION);
    sync::DeviceEnrolment enrolment(*store, config);
    Status result;
    QEventLoop loop;
    QObject::connect(&enrolment, &sync::DeviceEnrolment::finished, &loop, [&](const Status& s) {
        result = s;
        loop.quit();
    });
    const QString name =
        cmd.isSet(QStringLiteral("name")) ? cmd.value(QStringLiteral("name")) : store->status().deviceName;
    enrolment.start(cmd.value(QStringLiteral("code")), name, cmd.isSet(QStringLiteral("replace")));
    loop.exec();
    if (!result) {
        printError(result.error());
        return result.error().code.startsWith(QLatin1String("store.")) ? exitCodeFor(result.error())
                                                                       : SyncRefused;
    }
    if (const Status saved = sync::saveConnection(*store, connection); !saved) {
        printError(saved.error());
        return exitCodeFor(saved.error());
    }
    err() << Text::tr("Enrolled with the central office at %1.").arg(connection.serverUrl.toString()) << '\n'
          << Qt::flush;
    return Ok;
}

} // namespace fe::cli
