#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

// Catch2 main with a QCoreApplication, so Qt facilities that need one (translations, event loop
// for QProcess) work in every test.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
