#include "central/Admin.h"

#include "domain/Contribution.h"
#include "domain/Member.h"
#include "io/RowWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fe::central {
namespace {

constexpr qint64 kPage = 500;

} // namespace

Result<qint64> Admin::exportRecords(What what, Format format, QIODevice& out, const QString& country,
                                    const QString& district)
{
    const bool members = what == What::Members;
    qint64 written = 0;
    if (format == Format::Csv) {
        const QByteArray header = csvHeader(members ? RecordKind::Members : RecordKind::Contributions);
        out.write("member_number,device_id,version," + header);
    }
    QString after;
    for (;;) {
        db::Rows rows;
        m_central.db().read([&](db::Connection& c) {
            if (members)
                rows =
                    c.query("SELECT id, member_number, device_id, version, payload FROM members WHERE id > ? "
                            "AND (? = '' OR country = ?) AND (? = '' OR district = ?) ORDER BY id LIMIT ?",
                            {after, country, country, district, district, kPage});
            else
                rows = c.query(
                    "SELECT c.id, m.member_number, c.device_id, c.version, c.payload FROM contributions c "
                    "JOIN members m ON m.id = c.member_id WHERE c.id > ? AND (? = '' OR c.country = ?) "
                    "AND (? = '' OR c.district = ?) ORDER BY c.id LIMIT ?",
                    {after, country, country, district, district, kPage});
        });
        for (int r = 0; r < rows.size(); ++r) {
            const QByteArray payload = rows.bytes(r, 4);
            const QString number = rows.text(r, 1);
            if (format == Format::JsonLines) {
                QJsonObject line = QJsonDocument::fromJson(payload).object();
                if (!number.isEmpty())
                    line.insert(QLatin1String("memberNumber"), number);
                line.insert(QLatin1String("deviceId"), rows.text(r, 2));
                out.write(jsonLine(line));
            } else {
                QStringList values{number, rows.text(r, 2), rows.text(r, 3)};
                if (members) {
                    auto m = Member::fromJsonText(payload);
                    if (!m.ok())
                        continue;
                    m.value().memberNumber = number;
                    values += memberToRow(m.value());
                } else {
                    auto c = Contribution::fromJsonText(payload);
                    if (!c.ok())
                        continue;
                    values += contributionToRow(c.value(), nullptr);
                }
                out.write(csvRecord(values));
            }
            ++written;
        }
        if (rows.size() < kPage)
            break;
        after = rows.text(rows.size() - 1, 0);
    }
    return written;
}

QJsonObject Admin::stats()
{
    QJsonObject out;
    m_central.db().read([&](db::Connection& c) {
        const auto count = [&](const char* sql) {
            return c.query(sql).int64(0, 0);
        };
        out.insert(QLatin1String("devices"), count("SELECT count(*) FROM devices WHERE revoked_at IS NULL"));
        out.insert(QLatin1String("devicesRevoked"),
                   count("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL"));
        out.insert(QLatin1String("members"), count("SELECT count(*) FROM members"));
        out.insert(QLatin1String("contributions"),
                   count("SELECT count(*) FROM contributions WHERE voided = 0"));
        out.insert(QLatin1String("contributionsVoided"),
                   count("SELECT count(*) FROM contributions WHERE voided = 1"));
        out.insert(QLatin1String("recordVersions"), count("SELECT count(*) FROM record_versions"));
        out.insert(QLatin1String("waiting"), count("SELECT count(*) FROM parked"));
        out.insert(QLatin1String("flagsOpen"), count("SELECT count(*) FROM flags WHERE state = 'open'"));
        out.insert(QLatin1String("matchingQueued"), count("SELECT count(*) FROM match_queue"));
        out.insert(QLatin1String("changes"), count("SELECT count(*) FROM changes"));
        QJsonArray districts;
        const db::Rows rows =
            c.query("SELECT country, district, count(*) FROM members GROUP BY country, district "
                    "ORDER BY country, district");
        for (int r = 0; r < rows.size(); ++r)
            districts.append(QJsonObject{{QLatin1String("country"), rows.text(r, 0)},
                                         {QLatin1String("district"), rows.text(r, 1)},
                                         {QLatin1String("members"), rows.int64(r, 2)}});
        out.insert(QLatin1String("membersByDistrict"), districts);
    });
    return out;
}

} // namespace fe::central
