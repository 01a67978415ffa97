#include "shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

// fieldenrol [--store FILE]: the desktop application. Without --store it opens the store it used
// last, or starts the first-run assistant.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldEnrol"));
    QApplication::setApplicationName(QStringLiteral("FieldEnrol"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDENROL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fieldenrol"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fieldenrol.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
                                   QCoreApplication::translate("main", "Open this store file."),
                                   QCoreApplication::translate("main", "file"));
    parser.addOption(store);
    parser.process(app);

    fe::app::AppController controller;
    if (parser.isSet(store))
        controller.startWithStore(parser.value(store));
    else
        controller.start();
    return QApplication::exec();
}
