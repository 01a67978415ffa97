#include "io/Exporter.h"

#include "common/Uuid.h"
#include "io/RowWriter.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fe {
namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Status Exporter::writeAll(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) == bytes.size())
        return {};
    return Error{
        QStringLiteral("export.write_failed"),
        tr("The export could not be written: %1. Check the disk and try again.").arg(out.errorString()),
        {}};
}

Result<qint64> Exporter::exportRecords(RecordKind kind, DataFormat format, QIODevice& out)
{
    const bool csv = format == DataFormat::Csv;
    qint64 written = 0;
    std::optional<Error> failure;
    const auto write = [&](const QByteArray& bytes) {
        if (failure)
            return false;
        if (Status s = writeAll(out, bytes); !s.ok())
            failure = s.error();
        return !failure;
    };
    if (csv && !write(csvHeader(kind)))
        return *failure;

    Status walked;
    if (kind == RecordKind::Contributions) {
        QHash<QUuid, Member> owners; // only the external reference is kept
        walked = m_store.forEachMember([&](const Member& m) {
            Member owner;
            owner.id = m.id;
            owner.externalRef = m.externalRef;
            owners.insert(m.id, owner);
            return true;
        });
        if (walked.ok())
            walked = m_store.forEachContribution([&](const Contribution& c) {
                const auto it = owners.constFind(c.memberId);
                const Member* owner = it == owners.constEnd() ? nullptr : &*it;
                ++written;
                return write(csv ? csvRecord(contributionToRow(c, owner))
                                 : jsonLine(contributionToJsonLine(c, owner)));
            });
    } else {
        walked = m_store.forEachMember([&](const Member& m) {
            if (kind == RecordKind::Members) {
                ++written;
                return write(csv ? csvRecord(memberToRow(m)) : jsonLine(m.toJson()));
            }
            for (const QStringList& row : householdToRows(m)) {
                ++written;
                if (!write(csv ? csvRecord(row) : jsonLine(flatRowToJson(RecordKind::Households, row))))
                    return false;
            }
            return true;
        });
    }
    if (failure)
        return *failure;
    if (!walked.ok())
        return walked.error();
    return written;
}

Result<qint64> Exporter::exportToFile(RecordKind kind, DataFormat format, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("export.cannot_write"),
                     tr("%1 cannot be written: %2").arg(path, file.errorString()),
                     {}};
    auto result = exportRecords(kind, format, file);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return Error{QStringLiteral("export.cannot_write"),
                     tr("%1 cannot be written: %2").arg(path, file.errorString()),
                     {}};
    return result;
}

Result<QJsonObject> Exporter::subjectAccessRequest(const QUuid& memberId)
{
    const std::optional<Member> member = m_store.member(memberId);
    if (!member)
        return Error{QStringLiteral("export.no_such_member"),
                     tr("There is no member with this id in the store."), QStringLiteral("id")};
    const QJsonObject memberJson = member->toJson();
    QJsonArray schemes;
    for (const SchemeEnrolment& e : member->schemes) {
        QJsonObject s{{QLatin1String("code"), e.schemeCode},
                      {QLatin1String("enrolledOn"), e.enrolledOn.toString(Qt::ISODate)}};
        for (const Scheme& known : m_store.schemes())
            if (known.code == e.schemeCode) {
                s.insert(QLatin1String("name"), known.name);
                s.insert(QLatin1String("localName"), known.localName);
            }
        schemes.append(s);
    }
    QJsonArray history;
    const auto addHistory = [&](const QString& entity, const QUuid& id) {
        for (const HistoryEntry& h : m_store.history(entity, id)) {
            QJsonObject entry{
                {QLatin1String("entity"), entity},         {QLatin1String("id"), uuidText(id)},
                {QLatin1String("version"), h.version},     {QLatin1String("reason"), h.reason},
                {QLatin1String("operator"), h.operatorId}, {QLatin1String("at"), timeText(h.at)}};
            if (const auto payload = m_store.payloadOfVersion(entity, id, h.version))
                entry.insert(QLatin1String("record"), QJsonDocument::fromJson(*payload).object());
            history.append(entry);
        }
    };
    addHistory(QStringLiteral("member"), memberId);
    QJsonArray contributions;
    for (const Contribution& c : m_store.contributionsOf(memberId)) {
        contributions.append(c.toJson());
        addHistory(QStringLiteral("contribution"), c.id);
    }
    const StoreStatus status = m_store.status();
    return QJsonObject{
        {QLatin1String("format"), QStringLiteral("fieldenrol-subject-access/1")},
        {QLatin1String("generatedAt"), timeText(QDateTime::currentDateTimeUtc())},
        {QLatin1String("store"), QJsonObject{{QLatin1String("country"), status.country},
                                             {QLatin1String("deviceId"), status.deviceId},
                                             {QLatin1String("deviceName"), status.deviceName}}},
        {QLatin1String("member"), memberJson},
        {QLatin1String("household"), memberJson.value(QLatin1String("household")).toArray()},
        {QLatin1String("schemes"), schemes},
        {QLatin1String("consent"), memberJson.value(QLatin1String("consent")).toObject()},
        {QLatin1String("contributions"), contributions},
        {QLatin1String("history"), history},
    };
}

Status Exporter::writeSubjectAccessRequest(const QUuid& memberId, const QString& path)
{
    const auto request = subjectAccessRequest(memberId);
    if (!request.ok())
        return request.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("export.cannot_write"),
                     tr("%1 cannot be written: %2").arg(path, file.errorString()),
                     {}};
    if (Status s = writeAll(file, QJsonDocument(request.value()).toJson(QJsonDocument::Indented)); !s.ok()) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error{QStringLiteral("export.cannot_write"),
                     tr("%1 cannot be written: %2").arg(path, file.errorString()),
                     {}};
    return {};
}

} // namespace fe
