#include "store/Database.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fe {

Status Store::recordDuplicateDecisions(const QUuid& memberId, const QList<DuplicateDecision>& decisions,
                                       const QString& operatorId)
{
    if (memberId.isNull() || decisions.isEmpty())
        return Error{
            QStringLiteral("duplicate.decision_empty"), tr("There is no duplicate decision to record."), {}};
    QJsonArray items;
    for (const DuplicateDecision& d : decisions)
        items.append(d.toJson());
    const QString detail = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
    try {
        sql::Transaction tx(*m_db);
        appendAudit(operatorId, QStringLiteral("member.duplicate_decision"), QStringLiteral("member"),
                    memberId, detail);
        tx.commit();
        return {};
    } catch (const sql::Failure& f) {
        return sql::errorFor(f.sqliteCode, path());
    }
}

} // namespace fe
