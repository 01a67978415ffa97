#pragma once

#include "common/Result.h"
#include "io/RowParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <optional>

namespace fe {

class Store;

// Finds the member a household or contribution row names, in this order: the id (a member
// imported from a file that carried ids, or one of this store), the external reference (a
// member imported with it, or registered with it), the document number. Answers are cached for
// the length of one import.
class MemberResolver
{
    Q_DECLARE_TR_FUNCTIONS(MemberResolver)
public:
    explicit MemberResolver(Store& store) : m_store(store) {}

    Result<QUuid> resolve(const MemberRef& ref);
    // A member of this store that carries the external reference, whether imported or registered.
    std::optional<QUuid> memberWithExternalRef(const QString& externalRef);
    // The same, for a reference whose import key is known to be absent.
    std::optional<QUuid> registeredWithExternalRef(const QString& externalRef);
    // A member saved during this import. Its external reference needs no note: the import key
    // remembered with it (member:ref:...) answers memberWithExternalRef before the loaded map, which
    // stays the size of the members registered by hand (a map of every imported row was 4 % of the
    // writing thread).
    void noteMember(const QUuid& sourceId, const QUuid& id);
    // Forgets every answer: the batch they came from was rolled back.
    void forget();

    // Import keys of members, shared with the importer.
    static QString idKey(const QUuid& sourceId);
    static QString refKey(const QString& externalRef);

private:
    std::optional<QUuid> byId(const QUuid& id);
    void loadExternalRefs();

    Store& m_store;
    QHash<QString, QUuid> m_cache; // MemberRef::key() -> member
    QHash<QString, QUuid> m_externalRefs;
    bool m_externalRefsLoaded = false;
};

} // namespace fe
