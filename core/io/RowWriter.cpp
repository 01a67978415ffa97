#include "io/RowWriter.h"

#include "common/Uuid.h"
#include "io/CsvReader.h"

#include <QJsonDocument>
#include <QSet>

namespace fe {
namespace {

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
QString idText(const QUuid& id)
{
    return id.isNull() ? QString() : uuidText(id);
}
QString documentTypeText(DocumentType type)
{
    return type == DocumentType::None ? QString() : toKey(type);
}

// A year alone when that is all that is known (the form people give), the full date otherwise.
QString birthText(const BirthDate& b)
{
    if (b.estimated && b.date.isValid() && b.date.month() == 7 && b.date.day() == 1)
        return QString::number(b.date.year());
    return dateText(b.date);
}

QString yesIf(bool value)
{
    return value ? QStringLiteral("yes") : QString();
}

bool looksNumeric(const QString& cell)
{
    bool digit = false;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c.isDigit())
            digit = true;
        else if (!(i == 0 && (c == QLatin1Char('+') || c == QLatin1Char('-'))) && c != QLatin1Char('.') &&
                 c != QLatin1Char(' '))
            return false;
    }
    return digit;
}

QString protectFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('+') ||
                       first == QLatin1Char('-') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return risky && !looksNumeric(cell) ? QLatin1Char('\'') + cell : cell;
}

} // namespace

QStringList memberToRow(const Member& m)
{
    QStringList row(memberCol::Count);
    row[memberCol::ExternalRef] = m.externalRef;
    row[memberCol::Id] = idText(m.id);
    row[memberCol::GivenName] = m.name.given;
    row[memberCol::FamilyName] = m.name.family;
    row[memberCol::GivenNameLatin] = m.name.givenLatin;
    row[memberCol::FamilyNameLatin] = m.name.familyLatin;
    row[memberCol::Nickname] = m.name.nickname;
    row[memberCol::Sex] = toKey(m.sex);
    row[memberCol::BirthDate] = birthText(m.birth);
    row[memberCol::BirthDateEstimated] = yesIf(m.birth.estimated);
    row[memberCol::DocumentType] = documentTypeText(m.document.type);
    row[memberCol::DocumentNumber] = m.document.number;
    row[memberCol::DocumentIssuingProvince] = m.document.issuingProvince;
    row[memberCol::DocumentIssuingDistrict] = m.document.issuingDistrict;
    row[memberCol::Phone] = m.phone;
    row[memberCol::RegionCode] = m.address.regionCode;
    row[memberCol::DistrictCode] = m.address.districtCode;
    row[memberCol::WardCode] = m.address.wardCode;
    row[memberCol::Village] = m.address.village;
    row[memberCol::Occupation] = toKey(m.occupation);
    if (m.monthlyIncome) {
        row[memberCol::MonthlyIncome] = m.monthlyIncome->toPlainString();
        row[memberCol::Currency] = m.monthlyIncome->currency;
    }
    if (m.householdIncome) {
        row[memberCol::HouseholdIncome] = m.householdIncome->toPlainString();
        row[memberCol::Currency] = m.householdIncome->currency;
    }
    QStringList codes;
    QStringList dates;
    for (const SchemeEnrolment& e : m.schemes) {
        codes.append(e.schemeCode);
        dates.append(dateText(e.enrolledOn));
    }
    row[memberCol::Schemes] = codes.join(QLatin1Char(';'));
    // One date for all schemes when they share it (the usual case), else one per scheme in order.
    const bool oneDate = QSet<QString>(dates.begin(), dates.end()).size() <= 1;
    row[memberCol::EnrolledOn] = oneDate ? dates.value(0) : dates.join(QLatin1Char(';'));
    row[memberCol::ConsentTextVersion] = m.consent.textVersion;
    row[memberCol::ConsentLanguage] = m.consent.language;
    row[memberCol::ConsentMethod] = toKey(m.consent.method);
    row[memberCol::ConsentWitness] = m.consent.witnessName;
    row[memberCol::ConsentOperator] = m.consent.operatorId;
    row[memberCol::ConsentGivenAt] = timeText(m.consent.givenAt);
    row[memberCol::ConsentWithdrawnAt] = timeText(m.consent.withdrawnAt);
    row[memberCol::ConsentWithdrawalReason] = m.consent.withdrawalReason;
    return row;
}

QList<QStringList> householdToRows(const Member& m)
{
    QList<QStringList> rows;
    for (const HouseholdMember& h : m.household) {
        QStringList row(householdCol::Count);
        row[householdCol::MemberId] = idText(m.id);
        row[householdCol::MemberExternalRef] = m.externalRef;
        if (m.id.isNull() && m.externalRef.isEmpty()) {
            row[householdCol::MemberDocumentType] = documentTypeText(m.document.type);
            row[householdCol::MemberDocumentNumber] = m.document.number;
        }
        row[householdCol::GivenName] = h.name.given;
        row[householdCol::FamilyName] = h.name.family;
        row[householdCol::GivenNameLatin] = h.name.givenLatin;
        row[householdCol::FamilyNameLatin] = h.name.familyLatin;
        row[householdCol::Nickname] = h.name.nickname;
        row[householdCol::Relationship] = toKey(h.relationship);
        row[householdCol::Sex] = toKey(h.sex);
        row[householdCol::BirthDate] = birthText(h.birth);
        row[householdCol::BirthDateEstimated] = yesIf(h.birth.estimated);
        row[householdCol::DocumentType] = documentTypeText(h.document.type);
        row[householdCol::DocumentNumber] = h.document.number;
        row[householdCol::DocumentIssuingProvince] = h.document.issuingProvince;
        row[householdCol::DocumentIssuingDistrict] = h.document.issuingDistrict;
        rows.append(row);
    }
    return rows;
}

QStringList contributionToRow(const Contribution& c, const Member* owner)
{
    QStringList row(contributionCol::Count);
    row[contributionCol::ExternalRef] = c.externalRef;
    row[contributionCol::Id] = idText(c.id);
    row[contributionCol::MemberId] = idText(c.memberId);
    if (owner) {
        row[contributionCol::MemberExternalRef] = owner->externalRef;
        if (c.memberId.isNull() && owner->externalRef.isEmpty()) {
            row[contributionCol::MemberDocumentType] = documentTypeText(owner->document.type);
            row[contributionCol::MemberDocumentNumber] = owner->document.number;
        }
    }
    row[contributionCol::Scheme] = c.schemeCode;
    row[contributionCol::PeriodStart] = dateText(c.periodStart);
    row[contributionCol::PeriodEnd] = dateText(c.periodEnd);
    row[contributionCol::Amount] = c.amount.toPlainString();
    row[contributionCol::Currency] = c.amount.currency;
    row[contributionCol::Method] = toKey(c.method);
    row[contributionCol::TransactionCode] = c.transactionCode;
    row[contributionCol::BankReference] = c.bankReference;
    row[contributionCol::DifferenceReason] = c.differenceReason;
    row[contributionCol::VoidedAt] = timeText(c.voidedAt);
    row[contributionCol::VoidReason] = c.voidReason;
    return row;
}

QByteArray csvHeader(RecordKind kind)
{
    QStringList names;
    for (const QLatin1String& name : columnsOf(kind))
        names.append(name);
    return csvRecord(names);
}

QByteArray csvRecord(const QStringList& values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(csvEscape(protectFormula(values.at(i))));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

QByteArray jsonLine(const QJsonObject& object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

QJsonObject flatRowToJson(RecordKind kind, const QStringList& values)
{
    QJsonObject o;
    const auto names = columnsOf(kind);
    for (size_t i = 0; i < names.size() && i < static_cast<size_t>(values.size()); ++i)
        if (!values.at(static_cast<qsizetype>(i)).isEmpty())
            o.insert(names[i], values.at(static_cast<qsizetype>(i)));
    return o;
}

QJsonObject contributionToJsonLine(const Contribution& c, const Member* owner)
{
    QJsonObject o = c.toJson();
    if (c.memberId.isNull())
        o.remove(QLatin1String("member"));
    if (c.id.isNull())
        o.remove(QLatin1String("id"));
    if (owner && !owner->externalRef.isEmpty())
        o.insert(QLatin1String("memberExternalRef"), owner->externalRef);
    return o;
}

} // namespace fe
