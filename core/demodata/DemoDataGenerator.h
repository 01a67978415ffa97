#pragma once

#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <optional>
#include <span>

class QIODevice;

namespace fe {

class Store;

// A generated member with the payments it made.
struct DemoRecord
{
    Member member;
    QList<Contribution> contributions;
};

// Realistic demo data for one country: members with households, schemes allowed by their age,
// consent, incomes by occupation, phones and document numbers in the country's formats, and
// contributions that follow the scheme rules. Everything is drawn from one seeded generator, so a
// seed always gives the same records; every record passes the Validator of a store of the country.
// Document numbers and mobile-money codes are unique within one generator.
class DemoDataGenerator
{
public:
    DemoDataGenerator(const CountryProfile& country, const ReferenceData& reference, QList<Scheme> schemes,
                      quint32 seed, QDate today = QDate::currentDate());
    // The store's country, reference data and schemes.
    DemoDataGenerator(const Store& store, quint32 seed, QDate today = QDate::currentDate());

    // A new member (no id: the store assigns one). Its external reference names the seed and a
    // running number, e.g. "LA-42-000017".
    Member generateMember();
    // Every member from now on lives in this district (LA district / KE constituency), e.g. for a demo
    // store whose device is enrolled for one district. False (and no change) for an unknown code.
    bool restrictToDistrict(const QString& districtCode);
    // A payment of one of the member's schemes, for months after enrolment. The member id is taken
    // from `member` (null until the member is saved).
    Contribution generateContribution(const Member& member);
    // `count` members, each with 0 to `maxContributions` payments.
    QList<DemoRecord> generate(int count, int maxContributions = 3);

    // Writers in the import format (docs/IMPORT_FORMAT.md); a null device skips that file.
    // Contributions and household rows name their member by external reference (and id once saved).
    static Status writeCsv(const QList<DemoRecord>& records, QIODevice* members, QIODevice* households,
                           QIODevice* contributions);
    static Status writeJsonLines(const QList<DemoRecord>& records, QIODevice* members,
                                 QIODevice* contributions);

private:
    struct Person
    {
        PersonName name;
        Sex sex = Sex::Female;
    };

    int between(int low, int high); // inclusive
    bool chance(int percent);
    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(m_random.bounded(static_cast<quint32>(items.size())))];
    }
    QString pickCode(const QStringList& codes);

    Person laoPerson(std::optional<Sex> sex, const PersonName* family);
    Person kenyanPerson(std::optional<Sex> sex, const PersonName* family, int community);
    Person person(std::optional<Sex> sex, const PersonName* family, int community);
    BirthDate birthForAge(int age, const QDate& on, int estimatedPercent);
    IdentityDocument uniqueDocument(const BirthDate& birth, const Address& address, int community);
    QString phone();
    Address address(int community);
    Occupation occupation(const Address& address);
    Money income(Occupation occupation);
    void addHousehold(Member& m, int community, int age);
    void enrol(Member& m, const QDate& enrolledOn);
    Consent consent(const QDate& on, int age);
    QString uniqueTransactionCode(const QDate& on);
    Money amountFor(const Scheme& scheme, const Member& member, int months, QString& reason);
    QDateTime localTime(const QDate& day, int hour, int minute) const;

    CountryProfile m_country;
    QList<Scheme> m_schemes;
    QDate m_today;
    quint32 m_seed;
    QRandomGenerator m_random;
    QStringList m_regions;
    QHash<QString, QStringList> m_districts; // region -> districts (KE: constituencies)
    QHash<QString, QStringList> m_wards;     // KE constituency -> wards
    QString m_onlyRegion, m_onlyDistrict;    // restrictToDistrict()
    QSet<QString> m_documents;
    QSet<QString> m_transactionCodes;
    int m_members = 0;
    int m_contributions = 0;
};

} // namespace fe
