#include "io/ImportKeys.h"

#include "common/Sha256.h"
#include "io/MemberResolver.h"
#include "io/RecordSource.h"
#include "validation/Normalise.h"

#include <QJsonDocument>

namespace fe {
namespace {

QString digest(const QByteArray& data)
{
    return QString::fromLatin1(
        sha256(data).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString contentKey(const QString& prefix, const QStringList& values)
{
    QString canonical;
    for (const QString& v : values) {
        canonical += normaliseName(v);
        canonical += QChar(0x1F);
    }
    return prefix + digest(canonical.toUtf8());
}

QString contentKey(const QString& prefix, const QJsonObject& object)
{
    return prefix + digest(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList memberImportKeys(const QString& normalisedExternalRef, const QUuid& sourceId,
                             const SourceRecord& record)
{
    QStringList keys;
    if (!normalisedExternalRef.isEmpty())
        keys.append(MemberResolver::refKey(normalisedExternalRef));
    if (!sourceId.isNull())
        keys.append(MemberResolver::idKey(sourceId));
    if (keys.isEmpty())
        keys.append(record.structured ? contentKey(QStringLiteral("member:row:"), record.object)
                                      : contentKey(QStringLiteral("member:row:"), record.values));
    return keys;
}

} // namespace fe
