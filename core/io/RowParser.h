#pragma once

#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace fe {

// How a household or contribution row names its member: the member's id (in this store or the
// one the file was exported from), its external reference, or its document.
struct MemberRef
{
    QUuid id;
    QString externalRef;
    DocumentType documentType = DocumentType::None; // None: any kind of document
    QString documentNumber;

    bool isEmpty() const { return id.isNull() && externalRef.isEmpty() && documentNumber.isEmpty(); }
    // Identifies the reference (not the member): rows with the same key name the same member.
    QString key() const;
};

// A row turned into domain values. `errors` are problems of the row's form (a value that is not
// a date, an unknown code); the Validator judges the content afterwards.
struct ParsedMember
{
    Member member;
    QUuid sourceId; // the id the record had where it was exported from
    QList<Error> errors;
    QStringList notes;
};

struct ParsedHouseholdMember
{
    MemberRef owner;
    HouseholdMember person;
    QList<Error> errors;
    QStringList notes;
};

struct ParsedContribution
{
    MemberRef owner;
    Contribution contribution;
    QUuid sourceId;
    QDateTime voidedAt; // a payment voided where it came from is voided here too
    QString voidReason;
    QList<Error> errors;
};

// Parsing is lenient where spreadsheets differ (dates as 2026-03-01 or 01/03/2026, codes that
// lost their leading zeros, "F"/"M", Lao Buddhist-era years) and strict about anything else.
class RowParser
{
    Q_DECLARE_TR_FUNCTIONS(RowParser)
public:
    explicit RowParser(const CountryProfile& country);

    ParsedMember member(const QStringList& values) const;
    ParsedMember member(const QJsonObject& object) const;
    ParsedHouseholdMember householdMember(const QStringList& values) const;
    ParsedContribution contribution(const QStringList& values) const;
    ParsedContribution contribution(const QJsonObject& object) const;

private:
    struct Context;
    PersonName name(const QStringList& v, int given) const;
    BirthDate birth(Context& c, int dateColumn, int estimatedColumn) const;
    IdentityDocument document(Context& c, int typeColumn, int numberColumn, int provinceColumn,
                              int districtColumn) const;
    MemberRef memberRef(Context& c, int idColumn, int refColumn, int typeColumn, int numberColumn) const;
    std::optional<QDate> date(Context& c, int column, bool monthAllowed, bool* monthOnly = nullptr) const;
    // The day read from a column, a Buddhist-era year turned into the common era, or the column's error.
    std::optional<QDate> checkedDate(Context& c, int column, int y, int m, int d, bool ok,
                                     bool monthAllowed) const;
    QDateTime dateTime(Context& c, int column) const;
    std::optional<Money> money(Context& c, int column, const QString& currency) const;
    QString code(const QString& value, int width) const;

    CountryProfile m_country;
    QTimeZone m_zone; // looked up once: a time-zone lookup per row was most of a row's parsing
};

} // namespace fe
