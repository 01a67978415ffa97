#include "domain/Enums.h"

#include <array>
#include <utility>

namespace fe {
namespace {

template <typename E, size_t N> using Table = std::array<std::pair<E, const char*>, N>;

constexpr Table<Sex, 2> kSex{{{Sex::Female, "female"}, {Sex::Male, "male"}}};
constexpr Table<Occupation, 8> kOccupation{{{Occupation::Farming, "farming"},
                                            {Occupation::StreetVending, "street_vending"},
                                            {Occupation::Transport, "transport"},
                                            {Occupation::DomesticWork, "domestic_work"},
                                            {Occupation::Construction, "construction"},
                                            {Occupation::Fishing, "fishing"},
                                            {Occupation::Artisan, "artisan"},
                                            {Occupation::Other, "other"}}};
constexpr Table<DocumentType, 7> kDocumentType{{{DocumentType::None, "none"},
                                                {DocumentType::KeNationalId, "ke_national_id"},
                                                {DocumentType::KeMaishaNamba, "ke_maisha_namba"},
                                                {DocumentType::KeRefugeeId, "ke_refugee_id"},
                                                {DocumentType::KeKraPin, "ke_kra_pin"},
                                                {DocumentType::LaNationalIdCard, "la_national_id"},
                                                {DocumentType::LaFamilyBook, "la_family_book"}}};
constexpr Table<Relationship, 7> kRelationship{{{Relationship::Spouse, "spouse"},
                                                {Relationship::Child, "child"},
                                                {Relationship::Parent, "parent"},
                                                {Relationship::Sibling, "sibling"},
                                                {Relationship::Grandchild, "grandchild"},
                                                {Relationship::OtherRelative, "other_relative"},
                                                {Relationship::NonRelative, "non_relative"}}};
constexpr Table<ConsentMethod, 3> kConsentMethod{{{ConsentMethod::Signature, "signature"},
                                                  {ConsentMethod::Thumbprint, "thumbprint"},
                                                  {ConsentMethod::VerbalWithWitness, "verbal_with_witness"}}};
constexpr Table<PaymentMethod, 3> kPaymentMethod{{{PaymentMethod::Cash, "cash"},
                                                  {PaymentMethod::MobileMoney, "mobile_money"},
                                                  {PaymentMethod::Bank, "bank"}}};

template <typename E, size_t N> QString keyOf(const Table<E, N>& table, E value)
{
    for (const auto& [v, key] : table)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, size_t N> std::optional<E> valueOf(const Table<E, N>& table, const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const auto& [v, name] : table)
        if (k == QLatin1String(name))
            return v;
    return std::nullopt;
}

} // namespace

QString toKey(Sex v)
{
    return keyOf(kSex, v);
}
QString toKey(Occupation v)
{
    return keyOf(kOccupation, v);
}
QString toKey(DocumentType v)
{
    return keyOf(kDocumentType, v);
}
QString toKey(Relationship v)
{
    return keyOf(kRelationship, v);
}
QString toKey(ConsentMethod v)
{
    return keyOf(kConsentMethod, v);
}
QString toKey(PaymentMethod v)
{
    return keyOf(kPaymentMethod, v);
}

std::optional<Sex> sexFromKey(const QString& key)
{
    return valueOf(kSex, key);
}
std::optional<Occupation> occupationFromKey(const QString& key)
{
    return valueOf(kOccupation, key);
}
std::optional<DocumentType> documentTypeFromKey(const QString& key)
{
    return valueOf(kDocumentType, key);
}
std::optional<Relationship> relationshipFromKey(const QString& key)
{
    return valueOf(kRelationship, key);
}
std::optional<ConsentMethod> consentMethodFromKey(const QString& key)
{
    return valueOf(kConsentMethod, key);
}
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key)
{
    return valueOf(kPaymentMethod, key);
}

} // namespace fe
