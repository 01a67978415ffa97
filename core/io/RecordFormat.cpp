#include "io/RecordFormat.h"

#include <QFileInfo>

#include <array>

namespace fe {
namespace {

constexpr std::array<QLatin1String, memberCol::Count> kMemberColumns{
    QLatin1String("external_ref"),
    QLatin1String("id"),
    QLatin1String("given_name"),
    QLatin1String("family_name"),
    QLatin1String("given_name_latin"),
    QLatin1String("family_name_latin"),
    QLatin1String("nickname"),
    QLatin1String("sex"),
    QLatin1String("birth_date"),
    QLatin1String("birth_date_estimated"),
    QLatin1String("document_type"),
    QLatin1String("document_number"),
    QLatin1String("document_issuing_province"),
    QLatin1String("document_issuing_district"),
    QLatin1String("phone"),
    QLatin1String("region_code"),
    QLatin1String("district_code"),
    QLatin1String("ward_code"),
    QLatin1String("village"),
    QLatin1String("occupation"),
    QLatin1String("monthly_income"),
    QLatin1String("household_income"),
    QLatin1String("currency"),
    QLatin1String("schemes"),
    QLatin1String("enrolled_on"),
    QLatin1String("consent_text_version"),
    QLatin1String("consent_language"),
    QLatin1String("consent_method"),
    QLatin1String("consent_witness"),
    QLatin1String("consent_operator"),
    QLatin1String("consent_given_at"),
    QLatin1String("consent_withdrawn_at"),
    QLatin1String("consent_withdrawal_reason"),
};

constexpr std::array<QLatin1String, householdCol::Count> kHouseholdColumns{
    QLatin1String("external_ref"),
    QLatin1String("member_id"),
    QLatin1String("member_external_ref"),
    QLatin1String("member_document_type"),
    QLatin1String("member_document_number"),
    QLatin1String("given_name"),
    QLatin1String("family_name"),
    QLatin1String("given_name_latin"),
    QLatin1String("family_name_latin"),
    QLatin1String("nickname"),
    QLatin1String("relationship"),
    QLatin1String("sex"),
    QLatin1String("birth_date"),
    QLatin1String("birth_date_estimated"),
    QLatin1String("document_type"),
    QLatin1String("document_number"),
    QLatin1String("document_issuing_province"),
    QLatin1String("document_issuing_district"),
};

constexpr std::array<QLatin1String, contributionCol::Count> kContributionColumns{
    QLatin1String("external_ref"),
    QLatin1String("id"),
    QLatin1String("member_id"),
    QLatin1String("member_external_ref"),
    QLatin1String("member_document_type"),
    QLatin1String("member_document_number"),
    QLatin1String("scheme"),
    QLatin1String("period_start"),
    QLatin1String("period_end"),
    QLatin1String("amount"),
    QLatin1String("currency"),
    QLatin1String("method"),
    QLatin1String("transaction_code"),
    QLatin1String("bank_reference"),
    QLatin1String("difference_reason"),
    QLatin1String("voided_at"),
    QLatin1String("void_reason"),
};

} // namespace

QString toKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Members:
        return QStringLiteral("members");
    case RecordKind::Households:
        return QStringLiteral("households");
    case RecordKind::Contributions:
        return QStringLiteral("contributions");
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString& key)
{
    for (RecordKind kind : {RecordKind::Members, RecordKind::Households, RecordKind::Contributions})
        if (key.trimmed().compare(toKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

std::optional<DataFormat> dataFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return DataFormat::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return DataFormat::JsonLines;
    return std::nullopt;
}

std::span<const QLatin1String> columnsOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Members:
        return kMemberColumns;
    case RecordKind::Households:
        return kHouseholdColumns;
    case RecordKind::Contributions:
        return kContributionColumns;
    }
    return {};
}

QStringList requiredColumnsOf(RecordKind kind)
{
    const auto names = [kind](std::initializer_list<int> columns) {
        QStringList out;
        for (int c : columns)
            out.append(columnsOf(kind)[static_cast<size_t>(c)]);
        return out;
    };
    switch (kind) {
    case RecordKind::Members:
        return names({memberCol::GivenName, memberCol::Sex, memberCol::BirthDate, memberCol::RegionCode,
                      memberCol::DistrictCode, memberCol::ConsentTextVersion, memberCol::ConsentLanguage,
                      memberCol::ConsentMethod, memberCol::ConsentGivenAt});
    case RecordKind::Households:
        return names({householdCol::GivenName, householdCol::Relationship, householdCol::Sex,
                      householdCol::BirthDate});
    case RecordKind::Contributions:
        return names({contributionCol::Scheme, contributionCol::PeriodStart, contributionCol::Amount,
                      contributionCol::Method});
    }
    return {};
}

bool referencesMember(RecordKind kind)
{
    return kind != RecordKind::Members;
}

} // namespace fe
