#pragma once

#include "common/Result.h"
#include "domain/Contribution.h"
#include "domain/Country.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"

#include <QCoreApplication>
#include <QList>

namespace fe {

struct ValidationReport
{
    QList<Error> errors; // each names its field, a stable code and a translated message
    QStringList notes;   // things changed on the way in that the operator should know (translated)
    bool ok() const { return errors.isEmpty(); }
    const Error* firstFor(const QString& field) const;
    QStringList codes() const;
};

// The one place where the rules for a valid record live. Used by the CLI, the importer, the app
// and the central office. It normalises the record in place (names NFC, phone E.164, Buddhist-era
// years to CE, ...) and reports every problem at once, so a form can show them all.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    Validator(const CountryProfile& country, const ReferenceData& reference, QList<Scheme> schemes,
              QDate today);

    ValidationReport normaliseAndValidate(Member& member) const;
    ValidationReport normaliseAndValidate(Contribution& contribution, const Member& member) const;

    const CountryProfile& country() const { return m_country; }
    const QList<Scheme>& schemes() const { return m_schemes; }
    const Scheme* scheme(const QString& code) const;

    // "1985", "1985-03-14", "14/03/1985" (and Buddhist-era years in LA). A year alone gives an
    // estimated date of 1 July. `note` says when a Buddhist-era year was converted.
    static std::optional<BirthDate> parseBirthDate(const QString& text, const CountryProfile& country,
                                                   QString* note = nullptr);
    // A typed year read as Buddhist era (LA) gives its CE year; nullopt when it is not one. Converted
    // only into a CE year at or below 2400, so a year is never converted twice (3019 stays 3019, and
    // checkBirth refuses it as a date in the future).
    static std::optional<int> commonEraYear(int typedYear, const CountryProfile& country);

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxTextLength = 500;
    static constexpr int kMaxHouseholdSize = 30;

private:
    void checkName(ValidationReport& r, const QString& field, QString& value, bool required) const;
    void checkPersonName(ValidationReport& r, const QString& prefix, PersonName& name) const;
    void checkBirth(ValidationReport& r, const QString& field, BirthDate& birth) const;
    void checkDocument(ValidationReport& r, const QString& prefix, IdentityDocument& doc) const;
    void checkAddress(ValidationReport& r, Address& address) const;
    void checkText(ValidationReport& r, const QString& field, QString& value, int maxLength,
                   bool required) const;
    void checkMoney(ValidationReport& r, const QString& field, const std::optional<Money>& money) const;
    void checkPhoto(ValidationReport& r, const QByteArray& photo) const;

    CountryProfile m_country;
    const ReferenceData& m_reference;
    QList<Scheme> m_schemes;
    QDate m_today;
};

} // namespace fe
