#include "io/MemberResolver.h"

#include "common/Uuid.h"
#include "store/Store.h"

namespace fe {

QString MemberResolver::idKey(const QUuid& sourceId)
{
    return QLatin1String("member:id:") + uuidText(sourceId);
}
QString MemberResolver::refKey(const QString& externalRef)
{
    return QLatin1String("member:ref:") + externalRef;
}

std::optional<QUuid> MemberResolver::byId(const QUuid& id)
{
    if (const auto imported = m_store.importedEntity(idKey(id)))
        return imported;
    if (m_store.member(id))
        return id;
    return std::nullopt;
}

void MemberResolver::loadExternalRefs()
{
    // Once per import, and only when a reference is not found among the import keys: members
    // registered by hand with a programme's reference are found too.
    m_externalRefsLoaded = true;
    (void)m_store.forEachMember([this](const Member& m) {
        if (!m.externalRef.isEmpty())
            m_externalRefs.insert(m.externalRef, m.id);
        return true;
    });
}

std::optional<QUuid> MemberResolver::memberWithExternalRef(const QString& externalRef)
{
    if (externalRef.isEmpty())
        return std::nullopt;
    if (const auto imported = m_store.importedEntity(refKey(externalRef)))
        return imported;
    return registeredWithExternalRef(externalRef);
}

std::optional<QUuid> MemberResolver::registeredWithExternalRef(const QString& externalRef)
{
    if (externalRef.isEmpty())
        return std::nullopt;
    if (!m_externalRefsLoaded)
        loadExternalRefs();
    const auto it = m_externalRefs.constFind(externalRef);
    return it == m_externalRefs.constEnd() ? std::nullopt : std::optional<QUuid>(*it);
}

void MemberResolver::noteMember(const QUuid& sourceId, const QUuid& id)
{
    if (!sourceId.isNull())
        m_cache.insert(MemberRef{sourceId, {}, {}, {}}.key(), id);
}

void MemberResolver::forget()
{
    m_cache.clear();
    m_externalRefs.clear();
    m_externalRefsLoaded = false;
}

Result<QUuid> MemberResolver::resolve(const MemberRef& ref)
{
    const QString key = ref.key();
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    std::optional<QUuid> found;
    if (!ref.id.isNull())
        found = byId(ref.id);
    if (!found && !ref.externalRef.isEmpty())
        found = memberWithExternalRef(ref.externalRef);
    if (!found && !ref.documentNumber.isEmpty()) {
        QList<QUuid> ids = m_store.findByDocument(ref.documentNumber);
        if (ref.documentType != DocumentType::None)
            ids.removeIf([&](const QUuid& id) {
                const auto m = m_store.member(id);
                return !m || m->document.type != ref.documentType;
            });
        if (ids.size() > 1)
            return Error{QStringLiteral("import.member_ambiguous"),
                         tr("Several members have this document number; name the member by "
                            "member_external_ref or member_id instead."),
                         QStringLiteral("member_document_number")};
        if (ids.size() == 1)
            found = ids.first();
    }
    if (!found)
        return Error{QStringLiteral("import.member_not_found"),
                     tr("No member of this store matches the member named in this row. Import the members "
                        "first, or correct the reference."),
                     ref.externalRef.isEmpty() ? QStringLiteral("member_id")
                                               : QStringLiteral("member_external_ref")};
    m_cache.insert(key, *found);
    return *found;
}

} // namespace fe
