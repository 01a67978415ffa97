#pragma once

#include "domain/Country.h"
#include "domain/Enums.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"
#include "worker/StoreTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fe {
namespace app {

// Translated names of the domain's closed vocabularies and places, as shown on screen and on
// printed documents. Looked up each time, so a language switch shows at once.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString sex(Sex v);
    static QString occupation(Occupation v);
    static QString documentType(DocumentType v);
    static QString relationship(Relationship v);
    static QString consentMethod(ConsentMethod v);
    static QString paymentMethod(PaymentMethod v);
    static QString syncState(SyncState v);
    // The sync state as a sentence for the member detail ("Saved on this laptop, not sent yet").
    static QString syncStateSentence(SyncState v, const QString& memberNumber, const QString& problem = {});
    static QString country(Country v);
    static QString regionLevel(Country v);   // "Province" / "County"
    static QString districtLevel(Country v); // "District" / "Constituency"
    static QString wardLevel(Country v);     // "Ward" (Kenya only)
    static QString language(const QString& code);

    // Document types issued in the country, "none" first.
    static QList<DocumentType> documentTypes(Country v);
    static QList<Sex> sexes();
    static QList<Occupation> occupations();
    static QList<Relationship> relationships();
    static QList<ConsentMethod> consentMethods();
    static QList<PaymentMethod> paymentMethods();

    // A scheme by the name the operator reads best: its local name in the country's language.
    static QString schemeName(const Scheme& scheme);
    // A place in the operator's script: Lao names in Lao, Latin otherwise, with the other form
    // beside it when they differ.
    static QString adminUnit(const AdminUnit& unit);
};

} // namespace app
} // namespace fe
