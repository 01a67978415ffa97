#pragma once

#include "domain/Country.h"
#include "domain/Member.h"
#include "search/MatchKey.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace fe {

enum class NameRole : quint8 { Given, Family, Nickname, Household };

// One word of a name, under both of its keys (see MatchKey.h).
struct NameToken
{
    NameRole role = NameRole::Given;
    matchkey::Script script = matchkey::Script::None;
    QString strict;
    QString tolerant;
};

// What search and duplicate detection know about a member: keys rather than the record, so the
// index can hold it compactly and the central office can compare without a store.
struct MatchProfile
{
    QUuid id;
    QList<NameToken> names; // the member's own names and, as Household, household members' given names
    QDate birth;
    bool birthEstimated = false;
    Sex sex = Sex::Female;
    DocumentType documentType = DocumentType::None;
    QString document;     // matchkey::documentKey
    QString phone;        // E.164 when it is a valid mobile number of the country, else its digits
    QString memberNumber; // trimmed, upper case
    QString district;     // LA district code, KE constituency code
    QString ward;         // KE ward code
    QString village;      // matchkey::villageKey
    QString displayLocal; // for showing and sorting results
    QString displayLatin;

    static MatchProfile of(const Member& member, Country country);

    // Tokens of one role in one script, and their keys joined without spaces (Lao names are
    // written without spaces, so "ວົງ ສາ" and "ວົງສາ" are the same name).
    QList<NameToken> tokens(NameRole role, matchkey::Script script) const;
    NameToken joined(NameRole role, matchkey::Script script) const;
    bool hasScript(matchkey::Script script) const;
};

// Phone and member number in the form the index keeps them.
QString phoneKey(const QString& phone, Country country);
QString memberNumberKey(const QString& number);

} // namespace fe
