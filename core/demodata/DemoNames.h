#pragma once

#include <span>

namespace fe::demo {

// Name lists for realistic demo data. Strings are UTF-8. Lao entries carry the spelling in Lao
// script and its common romanisation (the one people use on Latin-script documents).

enum class NameSex { Female, Male, Either };

struct LaoGivenName
{
    const char* lao;
    const char* latin;
    NameSex sex;
};

struct LaoWord
{
    const char* lao;
    const char* latin;
};

std::span<const LaoGivenName> laoGivenNames();
std::span<const LaoWord> laoFamilyNames();
std::span<const LaoWord> laoNicknames();
std::span<const LaoWord> laoVillages(); // "ບ້ານ ..." village names

// A Kenyan community: its own given names by sex, family names and the counties (codes 001-047)
// where its members mostly live. `christian` says whether people commonly also carry an English
// Christian first name; Muslim communities use the Muslim names of their list.
struct KenyanCommunity
{
    const char* name;
    int weight; // share of demo members, in per cent
    bool christian;
    std::span<const char* const> female;
    std::span<const char* const> male;
    std::span<const char* const> family;
    std::span<const char* const> counties;
};

std::span<const KenyanCommunity> kenyanCommunities();
std::span<const char* const> kenyanChristianFemaleNames();
std::span<const char* const> kenyanChristianMaleNames();

} // namespace fe::demo
