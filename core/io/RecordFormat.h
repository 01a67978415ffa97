#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace fe {

// The three kinds of record files programmes keep (docs/IMPORT_FORMAT.md), and their file formats.
enum class RecordKind { Members, Households, Contributions };
enum class DataFormat { Csv, JsonLines };

QString toKey(RecordKind kind); // "members" / "households" / "contributions"
std::optional<RecordKind> recordKindFromKey(const QString& key);
// By file name extension: .csv, .jsonl (also .ndjson); nullopt for anything else.
std::optional<DataFormat> dataFormatForPath(const QString& path);

// Column names are stable: they are the import format. Each enum lists its kind's columns in the
// order writers put them; the tables below hold their names in the same order.
namespace memberCol {
enum : int {
    ExternalRef,
    Id,
    GivenName,
    FamilyName,
    GivenNameLatin,
    FamilyNameLatin,
    Nickname,
    Sex,
    BirthDate,
    BirthDateEstimated,
    DocumentType,
    DocumentNumber,
    DocumentIssuingProvince,
    DocumentIssuingDistrict,
    Phone,
    RegionCode,
    DistrictCode,
    WardCode,
    Village,
    Occupation,
    MonthlyIncome,
    HouseholdIncome,
    Currency,
    Schemes,
    EnrolledOn,
    ConsentTextVersion,
    ConsentLanguage,
    ConsentMethod,
    ConsentWitness,
    ConsentOperator,
    ConsentGivenAt,
    ConsentWithdrawnAt,
    ConsentWithdrawalReason,
    Count
};
}

namespace householdCol {
enum : int {
    ExternalRef,
    MemberId,
    MemberExternalRef,
    MemberDocumentType,
    MemberDocumentNumber,
    GivenName,
    FamilyName,
    GivenNameLatin,
    FamilyNameLatin,
    Nickname,
    Relationship,
    Sex,
    BirthDate,
    BirthDateEstimated,
    DocumentType,
    DocumentNumber,
    DocumentIssuingProvince,
    DocumentIssuingDistrict,
    Count
};
}

namespace contributionCol {
enum : int {
    ExternalRef,
    Id,
    MemberId,
    MemberExternalRef,
    MemberDocumentType,
    MemberDocumentNumber,
    Scheme,
    PeriodStart,
    PeriodEnd,
    Amount,
    Currency,
    Method,
    TransactionCode,
    BankReference,
    DifferenceReason,
    VoidedAt,
    VoidReason,
    Count
};
}

// Column names of a kind, indexed by the enums above.
std::span<const QLatin1String> columnsOf(RecordKind kind);
// Columns a file of this kind must have (a file without them is refused as a whole).
QStringList requiredColumnsOf(RecordKind kind);
// Whether the kind's rows name the member they belong to (households, contributions).
bool referencesMember(RecordKind kind);

} // namespace fe
