#pragma once

#include <QString>

#include <optional>

namespace fe {

// Closed vocabularies of the domain. Their wire/file names (toKey) are stable: they appear in
// payloads, CSV files and the sync protocol, so renaming one is a schema change.

enum class Sex { Female, Male };

enum class Occupation {
    Farming,
    StreetVending,
    Transport,
    DomesticWork,
    Construction,
    Fishing,
    Artisan,
    Other
};

enum class DocumentType {
    None,
    KeNationalId,
    KeMaishaNamba,
    KeRefugeeId,
    KeKraPin,
    LaNationalIdCard,
    LaFamilyBook,
};

enum class Relationship { Spouse, Child, Parent, Sibling, Grandchild, OtherRelative, NonRelative };

enum class ConsentMethod { Signature, Thumbprint, VerbalWithWitness };

enum class PaymentMethod { Cash, MobileMoney, Bank };

QString toKey(Sex v);
QString toKey(Occupation v);
QString toKey(DocumentType v);
QString toKey(Relationship v);
QString toKey(ConsentMethod v);
QString toKey(PaymentMethod v);

std::optional<Sex> sexFromKey(const QString& key);
std::optional<Occupation> occupationFromKey(const QString& key);
std::optional<DocumentType> documentTypeFromKey(const QString& key);
std::optional<Relationship> relationshipFromKey(const QString& key);
std::optional<ConsentMethod> consentMethodFromKey(const QString& key);
std::optional<PaymentMethod> paymentMethodFromKey(const QString& key);

} // namespace fe
