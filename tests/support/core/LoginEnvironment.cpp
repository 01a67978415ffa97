#include "LoginEnvironment.h"

#include "TestStore.h"

namespace fe::test {

QProcessEnvironment loginEnvironment(const QString& username, const QString& password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* secret : {"FIELDENROL_NEW_PASSWORD", "FIELDENROL_RECOVERY_CODE", "FIELDENROL_OPERATOR"})
        environment.remove(QString::fromLatin1(secret));
    environment.insert(QStringLiteral("FIELDENROL_USER"), username);
    environment.insert(QStringLiteral("FIELDENROL_PASSWORD"), password);
    return environment;
}

QProcessEnvironment loginEnvironment()
{
    const FirstAdministrator admin = testAdministrator();
    return loginEnvironment(admin.account.username, admin.password);
}

} // namespace fe::test
