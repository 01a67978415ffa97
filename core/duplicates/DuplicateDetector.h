#pragma once

#include "domain/Country.h"
#include "domain/Member.h"
#include "search/MatchProfile.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace fe {

enum class DuplicateKind {
    Exact,    // the same document, or the same phone with a similar name and a compatible birth date
    Probable, // similar name in the same script plus enough agreement in birth, place and household,
              // including at least the same place, an agreeing exact birth date or the same phone
};

// One piece of evidence for or against a match: a stable code and a translated sentence that
// names no personal data, with what it added to the score.
struct DuplicateReason
{
    QString code;
    QString text;
    int points = 0;
};

struct DuplicateCandidate
{
    QUuid id;
    DuplicateKind kind = DuplicateKind::Probable;
    int score = 0; // 0..100
    QList<DuplicateReason> reasons;
};

struct DuplicateAssessment
{
    std::optional<DuplicateKind> kind; // empty: not a duplicate
    int score = 0;
    double nameSimilarity = 0.0;
    QList<DuplicateReason> reasons;
};

// Thresholds and weights of the rules (see DuplicateDetector.cpp for how they combine).
struct DuplicateRules
{
    double probableNameSimilarity = 0.80; // a probable duplicate needs at least this name similarity
    int probableScore = 70;
    double exactPhoneNameSimilarity = 0.85; // same phone counts as exact only with this name similarity
    int estimatedBirthYears = 2;            // tolerance when either birth date is an estimate
    int maxCandidates = 20;
};

// Finds registrations that may already exist, before a new one is saved. Needs only domain types
// and a SearchIndex, so the central office runs the same rules over its own index. Candidates
// come from the index (document, phone and name-key look-ups), never from a scan of all members.
class DuplicateDetector
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateDetector)
public:
    explicit DuplicateDetector(const SearchIndex& index, DuplicateRules rules = {});

    // Exact and probable duplicates of `registration`, exact first, then by score. The record
    // itself (same id, as in a correction) is never reported.
    QList<DuplicateCandidate> check(const Member& registration) const;
    QList<DuplicateCandidate> check(const MatchProfile& registration) const;

    // The rules for one pair, without an index.
    static DuplicateAssessment assess(const MatchProfile& registration, const MatchProfile& existing,
                                      Country country, const DuplicateRules& rules = {});

    // Name similarity in [0, 1] of two profiles, comparing only names in the same script. For
    // Lao the Lao-script names decide (given name first, the family name only confirming it);
    // the Latin form counts, discounted, only when one record has no Lao script. For Kenya names
    // are compared as a set of words, so a changed order does not matter.
    static double nameSimilarity(const MatchProfile& a, const MatchProfile& b, Country country);

private:
    const SearchIndex& m_index;
    DuplicateRules m_rules;
};

} // namespace fe
