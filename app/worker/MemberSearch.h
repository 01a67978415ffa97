#pragma once

#include "domain/Country.h"
#include "domain/Member.h"
#include "search/SearchIndex.h"

#include <QList>
#include <QLocale>
#include <QUuid>

namespace fe {
namespace app {

// The storage worker's in-memory search over the members of the open store (fe::SearchIndex):
// filled during the first full pass over the store (the members-list load, off the GUI thread)
// and kept current by every save. Until that pass has seen every member, the worker searches the
// store itself. Kept in this one class so that the index can move into fe::Store later.
class MemberSearch
{
public:
    explicit MemberSearch(Country country);

    // Whether the index holds every member of the store (a full pass finished).
    bool isComplete() const { return m_complete; }
    // A full pass over the store: add() every member, then finishPass() if none was skipped.
    void add(const Member& member);
    // Also builds what the index otherwise builds on the first search (sorted keys, collation
    // ranks), so that the first keystroke is as quick as the others.
    void finishPass();

    // Results follow the operator's language ("lo" collation sorts Lao names correctly).
    void setCollation(const QLocale& locale) { m_index.setCollationLocale(locale); }

    // Members matching `query`, best first: an exact document, phone or member number, then
    // names in either script (every word a prefix or spelling variant of a name word).
    QList<QUuid> find(const QString& query, int limit) const;

    qsizetype size() const { return m_index.size(); }
    // For the duplicate check, which asks the index itself (document, phone and name keys).
    const SearchIndex& index() const { return m_index; }

private:
    SearchIndex m_index;
    bool m_complete = false;
};

} // namespace app
} // namespace fe
