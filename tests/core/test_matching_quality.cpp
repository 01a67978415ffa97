// Precision and recall of the duplicate detector on labelled pairs from both countries
// (tests/data/matching_pairs_{la,ke}.csv): the same person written differently, and different
// people with similar names. Each pair's B record goes into one index per country; a pair counts
// as detected when checking its A record reports B as an exact or probable duplicate.

#include "duplicates/DuplicateDetector.h"
#include "io/CsvReader.h"
#include "validation/Normalise.h"
#include "validation/Validator.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <iostream>

using namespace fe;

namespace {

struct LabelledPair
{
    QString id;
    bool samePerson = false;
    QString description;
    Member a;
    Member b;
};

Member memberFrom(const CsvReader& csv, const QStringList& fields, const QString& prefix, Country country)
{
    const auto field = [&](const char* name) {
        return csv.field(fields, prefix + QString::fromLatin1(name));
    };
    Member m;
    m.id = QUuid::createUuid();
    // As the validator leaves them: NFC, white space folded.
    m.name.given = normaliseName(field("given"));
    m.name.family = normaliseName(field("family"));
    m.name.givenLatin = normaliseName(field("given_latin"));
    m.name.familyLatin = normaliseName(field("family_latin"));
    m.name.nickname = normaliseName(field("nickname"));
    const auto sex = sexFromKey(field("sex"));
    REQUIRE(sex);
    m.sex = *sex;
    const auto birth = Validator::parseBirthDate(field("birth"), CountryProfile::of(country));
    REQUIRE(birth);
    m.birth = *birth;
    if (!field("doc_type").isEmpty()) {
        const auto type = documentTypeFromKey(field("doc_type"));
        REQUIRE(type);
        m.document = {*type, field("doc"), {}, {}};
    }
    m.phone = field("phone");
    m.address.districtCode = field("district");
    m.address.wardCode = field("ward");
    m.address.village = field("village");
    for (const QString& given : field("household").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        HouseholdMember h;
        h.name.given = normaliseName(given);
        m.household.append(h);
    }
    return m;
}

QList<LabelledPair> readPairs(const QString& fileName, Country country)
{
    QFile file(QStringLiteral(FIELDENROL_TEST_DATA_DIR "/") + fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader csv(file.readAll());
    REQUIRE(csv.readHeader());
    QList<LabelledPair> pairs;
    QStringList fields;
    while (csv.next(fields)) {
        LabelledPair p;
        p.id = csv.field(fields, QStringLiteral("pair"));
        const QString label = csv.field(fields, QStringLiteral("label"));
        REQUIRE((label == QStringLiteral("same") || label == QStringLiteral("different")));
        p.samePerson = label == QStringLiteral("same");
        p.description = csv.field(fields, QStringLiteral("case"));
        p.a = memberFrom(csv, fields, QStringLiteral("a_"), country);
        p.b = memberFrom(csv, fields, QStringLiteral("b_"), country);
        pairs.append(p);
    }
    REQUIRE_FALSE(csv.malformed());
    return pairs;
}

struct Quality
{
    int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
    QStringList mistakes;
    double precision() const { return double(truePositives) / std::max(1, truePositives + falsePositives); }
    double recall() const { return double(truePositives) / std::max(1, truePositives + falseNegatives); }
};

Quality measure(const QList<LabelledPair>& pairs, Country country)
{
    SearchIndex index(country);
    for (const LabelledPair& p : pairs)
        index.upsert(p.b);
    const DuplicateDetector detector(index);
    Quality q;
    for (const LabelledPair& p : pairs) {
        bool detected = false;
        for (const DuplicateCandidate& c : detector.check(p.a))
            detected = detected || c.id == p.b.id;
        if (detected && p.samePerson)
            ++q.truePositives;
        else if (detected)
            ++q.falsePositives;
        else if (p.samePerson)
            ++q.falseNegatives;
        else
            ++q.trueNegatives;
        if (detected != p.samePerson)
            q.mistakes.append(
                p.id + (detected ? QStringLiteral(" (false match): ") : QStringLiteral(" (missed): ")) +
                p.description);
    }
    return q;
}

void report(const char* country, const QList<LabelledPair>& pairs, const Quality& q)
{
    std::cout << "matching quality " << country << ": " << pairs.size() << " pairs, precision "
              << q.precision() << ", recall " << q.recall() << " (TP " << q.truePositives << ", FP "
              << q.falsePositives << ", FN " << q.falseNegatives << ", TN " << q.trueNegatives << ")\n";
    for (const QString& m : q.mistakes)
        std::cout << "  " << m.toStdString() << '\n';
}

// Measured 0.95 precision and recall in each set (each has two deliberately ambiguous "different"
// pairs and two hard "same" pairs: a sex recorded wrongly, a far-off estimated year). 0.90 leaves
// room for two more mistakes among the 42 "same" pairs; a third fails the test.
constexpr double kMinPrecision = 0.90;
constexpr double kMinRecall = 0.90;

} // namespace

TEST_CASE("matching quality on labelled Lao pairs")
{
    const QList<LabelledPair> pairs = readPairs(QStringLiteral("matching_pairs_la.csv"), Country::Lao);
    REQUIRE(pairs.size() >= 60);
    const Quality q = measure(pairs, Country::Lao);
    report("LA", pairs, q);
    CHECK(q.precision() >= kMinPrecision);
    CHECK(q.recall() >= kMinRecall);
}

TEST_CASE("matching quality on labelled Kenyan pairs")
{
    const QList<LabelledPair> pairs = readPairs(QStringLiteral("matching_pairs_ke.csv"), Country::Kenya);
    REQUIRE(pairs.size() >= 60);
    const Quality q = measure(pairs, Country::Kenya);
    report("KE", pairs, q);
    CHECK(q.precision() >= kMinPrecision);
    CHECK(q.recall() >= kMinRecall);
}
