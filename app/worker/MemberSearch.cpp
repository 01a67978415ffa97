#include "worker/MemberSearch.h"

#include <QSet>

namespace fe {
namespace app {

MemberSearch::MemberSearch(Country country) : m_index(country) {}

void MemberSearch::add(const Member& member)
{
    m_index.upsert(member);
}

void MemberSearch::finishPass()
{
    m_complete = true;
    (void)m_index.searchNames(QStringLiteral("a"), 1);      // Latin-script orderings
    (void)m_index.searchNames(QStringLiteral("\u0E81"), 1); // Lao-script orderings (ກ)
}

QList<QUuid> MemberSearch::find(const QString& query, int limit) const
{
    QList<QUuid> out;
    QSet<QUuid> seen;
    const auto take = [&](const QUuid& id) {
        if (out.size() < limit && !seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    };
    // A document, phone or member number identifies one person: those first.
    for (const QUuid& id : m_index.findByDocument(query))
        take(id);
    for (const QUuid& id : m_index.findByPhone(query))
        take(id);
    for (const QUuid& id : m_index.findByMemberNumber(query))
        take(id);
    for (const SearchHit& hit : m_index.searchNames(query, limit).hits)
        take(hit.id);
    return out;
}

} // namespace app
} // namespace fe
