#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <cstring>

// Catch2 main for GUI tests: a QApplication on the offscreen platform (unless the caller chose
// another), with test-mode standard paths so nothing touches the user's own settings.
int main(int argc, char* argv[])
{
    // Listing the tests (CTest discovery) needs no windows.
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--list", 6) == 0)
            return Catch::Session().run(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FieldEnrolTests"));
    QApplication::setApplicationName(QStringLiteral("FieldEnrolTests"));
    return Catch::Session().run(argc, argv);
}
