#include "i18n/Labels.h"

#include <QLocale>

namespace fe {
namespace app {

QString Labels::sex(Sex v)
{
    switch (v) {
    case Sex::Female:
        return tr("Female");
    case Sex::Male:
        return tr("Male");
    }
    return {};
}

QString Labels::occupation(Occupation v)
{
    switch (v) {
    case Occupation::Farming:
        return tr("Farming");
    case Occupation::StreetVending:
        return tr("Street vending");
    case Occupation::Transport:
        return tr("Transport (rider, driver)");
    case Occupation::DomesticWork:
        return tr("Domestic work");
    case Occupation::Construction:
        return tr("Construction");
    case Occupation::Fishing:
        return tr("Fishing");
    case Occupation::Artisan:
        return tr("Crafts");
    case Occupation::Other:
        return tr("Other work");
    }
    return {};
}

QString Labels::documentType(DocumentType v)
{
    switch (v) {
    case DocumentType::None:
        return tr("No document");
    case DocumentType::KeNationalId:
        return tr("National ID card");
    case DocumentType::KeMaishaNamba:
        return tr("Maisha Namba");
    case DocumentType::KeRefugeeId:
        return tr("Refugee ID");
    case DocumentType::KeKraPin:
        return tr("KRA PIN");
    case DocumentType::LaNationalIdCard:
        return tr("National ID card");
    case DocumentType::LaFamilyBook:
        return tr("Family book");
    }
    return {};
}

QString Labels::relationship(Relationship v)
{
    switch (v) {
    case Relationship::Spouse:
        return tr("Spouse");
    case Relationship::Child:
        return tr("Child");
    case Relationship::Parent:
        return tr("Parent");
    case Relationship::Sibling:
        return tr("Brother or sister");
    case Relationship::Grandchild:
        return tr("Grandchild");
    case Relationship::OtherRelative:
        return tr("Other relative");
    case Relationship::NonRelative:
        return tr("Not related");
    }
    return {};
}

QString Labels::consentMethod(ConsentMethod v)
{
    switch (v) {
    case ConsentMethod::Signature:
        return tr("Signature");
    case ConsentMethod::Thumbprint:
        return tr("Thumbprint");
    case ConsentMethod::VerbalWithWitness:
        return tr("Spoken, with a witness");
    }
    return {};
}

QString Labels::paymentMethod(PaymentMethod v)
{
    switch (v) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::MobileMoney:
        return tr("Mobile money");
    case PaymentMethod::Bank:
        return tr("Bank transfer");
    }
    return {};
}

QString Labels::syncState(SyncState v)
{
    switch (v) {
    case SyncState::SavedLocally:
        return tr("Saved on this laptop");
    case SyncState::Sent:
        return tr("Sent");
    case SyncState::Accepted:
        return tr("Accepted");
    case SyncState::NeedsAttention:
        return tr("Needs attention");
    }
    return {};
}

QString Labels::syncStateSentence(SyncState v, const QString& memberNumber, const QString& problem)
{
    switch (v) {
    case SyncState::SavedLocally:
        return tr("Saved on this laptop, not sent to the central office yet.");
    case SyncState::Sent:
        return tr("Sent to the central office, waiting for a member number.");
    case SyncState::Accepted:
        return tr("Accepted by the central office with member number %1.").arg(memberNumber);
    case SyncState::NeedsAttention:
        return problem.isEmpty() ? tr("Needs attention: the central office could not accept it.")
                                 : tr("Needs attention: %1").arg(problem);
    }
    return {};
}

QString Labels::country(Country v)
{
    return v == Country::Lao ? tr("Lao PDR") : tr("Kenya");
}

QString Labels::regionLevel(Country v)
{
    return v == Country::Lao ? tr("Province") : tr("County");
}

QString Labels::districtLevel(Country v)
{
    return v == Country::Lao ? tr("District") : tr("Constituency");
}

QString Labels::wardLevel(Country)
{
    return tr("Ward");
}

QString Labels::language(const QString& code)
{
    if (code == QLatin1String("lo"))
        return tr("Lao");
    if (code == QLatin1String("sw"))
        return tr("Swahili");
    return tr("English");
}

QList<DocumentType> Labels::documentTypes(Country v)
{
    if (v == Country::Lao)
        return {DocumentType::None, DocumentType::LaNationalIdCard, DocumentType::LaFamilyBook};
    return {DocumentType::None, DocumentType::KeNationalId, DocumentType::KeMaishaNamba,
            DocumentType::KeRefugeeId, DocumentType::KeKraPin};
}

QList<Sex> Labels::sexes()
{
    return {Sex::Female, Sex::Male};
}

QList<Occupation> Labels::occupations()
{
    return {Occupation::Farming,      Occupation::StreetVending, Occupation::Transport,
            Occupation::DomesticWork, Occupation::Construction,  Occupation::Fishing,
            Occupation::Artisan,      Occupation::Other};
}

QList<Relationship> Labels::relationships()
{
    return {Relationship::Spouse,     Relationship::Child,      Relationship::Parent,
            Relationship::Sibling,    Relationship::Grandchild, Relationship::OtherRelative,
            Relationship::NonRelative};
}

QList<ConsentMethod> Labels::consentMethods()
{
    return {ConsentMethod::Signature, ConsentMethod::Thumbprint, ConsentMethod::VerbalWithWitness};
}

QList<PaymentMethod> Labels::paymentMethods()
{
    return {PaymentMethod::Cash, PaymentMethod::MobileMoney, PaymentMethod::Bank};
}

QString Labels::schemeName(const Scheme& scheme)
{
    const QString language = QLocale().name().left(2);
    const QString local = CountryProfile::of(scheme.country).localLanguage;
    return language == local && !scheme.localName.isEmpty() ? scheme.localName : scheme.name;
}

QString Labels::adminUnit(const AdminUnit& unit)
{
    const bool lao = QLocale().language() == QLocale::Lao;
    if (unit.nameLocal == unit.nameLatin || unit.nameLatin.isEmpty())
        return unit.nameLocal;
    if (unit.nameLocal.isEmpty())
        return unit.nameLatin;
    return lao ? unit.nameLocal + QStringLiteral(" (") + unit.nameLatin + QLatin1Char(')')
               : unit.nameLatin + QStringLiteral(" (") + unit.nameLocal + QLatin1Char(')');
}

} // namespace app
} // namespace fe
