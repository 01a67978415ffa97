#include "search/MatchKey.h"
#include "search/NameSimilarity.h"

#include <catch2/catch.hpp>

using namespace fe;
using namespace fe::matchkey;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {
// Built from code points so the test states exactly which sequence is typed.
QString cps(std::initializer_list<char32_t> points)
{
    QString s;
    for (const char32_t c : points)
        s.append(QString::fromUcs4(&c, 1));
    return s;
}
} // namespace

TEST_CASE("the Lao match key unifies the order of vowel and tone marks")
{
    const QString toneThenAm = cps({0x0E99, 0x0EC9, 0x0EB3});              // ນ້ຳ
    const QString niggahitaToneAa = cps({0x0E99, 0x0ECD, 0x0EC9, 0x0EB2}); // ນໍ້າ
    const QString toneNiggahitaAa = cps({0x0E99, 0x0EC9, 0x0ECD, 0x0EB2}); // ນ້ໍາ
    REQUIRE(toneThenAm != niggahitaToneAa);
    CHECK(laoKey(toneThenAm) == laoKey(niggahitaToneAa));
    CHECK(laoKey(toneThenAm) == laoKey(toneNiggahitaAa));
    // Unicode normalisation alone does not unify them: that is why the key exists.
    CHECK(toneThenAm.normalized(QString::NormalizationForm_KC) !=
          niggahitaToneAa.normalized(QString::NormalizationForm_KC));
    // An upper vowel typed after the tone mark: ສົ້ມ typed as ສ ້ ົ ມ.
    CHECK(laoKey(cps({0x0EAA, 0x0EC9, 0x0EBB, 0x0EA1})) == laoKey(cps({0x0EAA, 0x0EBB, 0x0EC9, 0x0EA1})));
}

TEST_CASE("the Lao match key unifies ຫຼ/ຫລ, ໜ/ຫນ, ໝ/ຫມ and ຳ/ໍາ")
{
    CHECK(laoKey(QStringLiteral("ຫຼວງ")) == laoKey(QStringLiteral("ຫລວງ")));
    CHECK(laoKey(QStringLiteral("ຄຳຫຼ້າ")) ==
          laoKey(cps({0x0E84, 0x0ECD, 0x0EB2, 0x0EAB, 0x0EA5, 0x0EC9, 0x0EB2})));
    CHECK(laoKey(QStringLiteral("ໜອງ")) == laoKey(QStringLiteral("ຫນອງ")));
    CHECK(laoKey(QStringLiteral("ສະໄໝ")) == laoKey(QStringLiteral("ສະໄຫມ")));
    CHECK(laoKey(QStringLiteral("ບຸນຄຳ")) == laoKey(cps({0x0E9A, 0x0EB8, 0x0E99, 0x0E84, 0x0ECD, 0x0EB2})));
    // A tone mark typed before the subscript lo still gives ຫລ + tone.
    CHECK(laoKey(cps({0x0EAB, 0x0EC9, 0x0EBC, 0x0EB2})) == laoKey(QStringLiteral("ຫລ້າ")));
}

TEST_CASE("the Lao match key keeps what distinguishes names")
{
    CHECK(laoKey(QStringLiteral("ສົມພອນ")) != laoKey(QStringLiteral("ສົມສັກ")));
    CHECK(laoKey(QStringLiteral("ນ້ອຍ")) !=
          laoKey(QStringLiteral("ນ່ອຍ"))); // tone marks count in the strict key
    CHECK(laoKey(QStringLiteral("ບຸນມີ")) != laoKey(QStringLiteral("ບຸນມາ")));
    CHECK(laoKey(QStringLiteral("ຣັດສະໝີ")) != laoKey(QStringLiteral("ລັດສະໝີ")));
}

TEST_CASE("the Lao match key drops format characters and folds white space")
{
    CHECK(laoKey(QStringLiteral("ສຸລິ\u200Bຍາ")) == laoKey(QStringLiteral("ສຸລິຍາ")));
    CHECK(laoKey(QStringLiteral("  ສົມພອນ \t ວົງສາ ")) == QStringLiteral("ສົມພອນ ວົງສາ"));
    CHECK(laoKey(QStringLiteral("Somphone")) == QStringLiteral("somphone"));
}

TEST_CASE("the Lao skeleton forgives tone marks, old ຣ and vowel length")
{
    CHECK(laoSkeleton(QStringLiteral("ແກ້ວ")) == laoSkeleton(QStringLiteral("ແກວ")));
    CHECK(laoSkeleton(QStringLiteral("ຣັດສະໝີ")) == laoSkeleton(QStringLiteral("ລັດສະໝີ")));
    CHECK(laoSkeleton(QStringLiteral("ວິໄລ")) == laoSkeleton(QStringLiteral("ວີໄລ")));
    CHECK(laoSkeleton(QStringLiteral("ທິບພະວອນ")) == laoSkeleton(QStringLiteral("ທິບພາວອນ")));
    CHECK(laoSkeleton(QStringLiteral("ສົມພອນ")) != laoSkeleton(QStringLiteral("ສົມສັກ")));
    CHECK(laoSkeleton(QStringLiteral("ບຸນມີ")) != laoSkeleton(QStringLiteral("ບຸນມາ")));
}

TEST_CASE("Latin folding removes case, accents and apostrophes")
{
    CHECK(latinFold(QStringLiteral("Émile")) == QStringLiteral("emile"));
    CHECK(latinFold(QStringLiteral("N'Gang'a")) == QStringLiteral("nganga"));
    CHECK(latinFold(QStringLiteral("Ochieng\u02BC")) == QStringLiteral("ochieng"));
    CHECK(latinFold(QStringLiteral("MÜLLER-Kamau")) == QStringLiteral("muller kamau"));
    CHECK(latinFold(QStringLiteral("ＫＡＭＡＵ")) == QStringLiteral("kamau")); // full-width letters (NFKC)
}

TEST_CASE("Latin folding of ASCII text (its own fast path) agrees with the full Unicode folding")
{
    // The full folding, as it was before ASCII text had a path of its own.
    const auto unicodeFold = [](const QString& text) {
        const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
        QString out;
        for (const char32_t c : decomposed.toUcs4()) {
            const auto category = QChar::category(c);
            if (category == QChar::Other_Format || c == U'\'' || c == U'`')
                continue;
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue; // no Lao marks in ASCII
            out.append(QChar::isLetterOrNumber(c) ? QString::fromUcs4(&c, 1) : QStringLiteral(" "));
        }
        return out.normalized(QString::NormalizationForm_C).simplified();
    };
    // Every ASCII character alone and between letters, then random ASCII strings.
    for (char16_t c = 0; c < 0x80; ++c) {
        const QString text = QStringLiteral("Ab") + QChar(c) + QStringLiteral("cD") + QChar(c);
        INFO("character " << int(c));
        CHECK(latinFold(text) == unicodeFold(text));
    }
    std::uint32_t state = 20261124;
    const auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = static_cast<int>(next() >> 28);
        for (int k = 0; k < length; ++k)
            text.append(QChar(static_cast<char16_t>((next() >> 16) % 0x80)));
        INFO("text " << text.toStdString());
        CHECK(latinFold(text) == unicodeFold(text));
    }
    CHECK(latinFold(QStringLiteral("  O'Brien-WANJIKU\t ")) == QStringLiteral("obrien wanjiku"));
    // One character past ASCII takes the full path for the whole text.
    CHECK(latinFold(QStringLiteral("Ng\u00F3'ang\u00E9")) == QStringLiteral("ngoange"));
}

TEST_CASE("romanisation keys of Lao names tolerate the usual variants")
{
    const auto same = [](const char* a, const char* b) {
        INFO(a << " / " << b);
        CHECK(laoRomanKey(QString::fromUtf8(a)) == laoRomanKey(QString::fromUtf8(b)));
    };
    same("Vongsa", "Vongxa");
    same("Vongsa", "Wongsa");
    same("Xay", "Say");
    same("Xay", "Sai");
    same("Xaysana", "Saysana");
    same("Phonsavanh", "Phonesavanh");
    same("Phonsavanh", "Phonsavan");
    same("Somphone", "Somphon");
    same("Bounmy", "Bounmee");
    same("Bounmy", "Bunmi");
    same("Souliya", "Souriya");
    same("Keo", "Kaew");
    same("Sisavath", "Sisavat");
    same("Chanthavong", "Jantavong");
    same("Khamla", "Khamlar");
    same("Thongsouk", "Tongsuk");
    same("Vilaysack", "Vilaisak");
    const auto different = [](const char* a, const char* b) {
        INFO(a << " / " << b);
        CHECK(laoRomanKey(QString::fromUtf8(a)) != laoRomanKey(QString::fromUtf8(b)));
    };
    different("Somphone", "Somsack");
    different("Bounmy", "Bounma");
    different("Vongsa", "Vongxay");
}

TEST_CASE("Kenyan name keys tolerate spelling variants but not different names")
{
    CHECK(kenyanKey(QStringLiteral("Mohamed")) == kenyanKey(QStringLiteral("Mohammed")));
    CHECK(kenyanKey(QStringLiteral("Odhiambo")) == kenyanKey(QStringLiteral("Odiambo")));
    CHECK(kenyanKey(QStringLiteral("Cheruiyot")) == kenyanKey(QStringLiteral("Cheruyot")));
    CHECK(kenyanKey(QStringLiteral("Philip")) == kenyanKey(QStringLiteral("Filip")));
    CHECK(kenyanKey(QStringLiteral("Catherine")) == kenyanKey(QStringLiteral("Katherine")));
    CHECK(kenyanKey(QStringLiteral("Wafulah")) == kenyanKey(QStringLiteral("Wafula")));
    CHECK(kenyanKey(QStringLiteral("Kiprotich")).endsWith(QStringLiteral("ch"))); // a final "ch" is a sound
    CHECK(kenyanKey(QStringLiteral("Wanjiru")) != kenyanKey(QStringLiteral("Wanjiku")));
    CHECK(kenyanKey(QStringLiteral("Achieng")) != kenyanKey(QStringLiteral("Akinyi")));
}

TEST_CASE("name tokens drop a leading title")
{
    CHECK(nameTokensOf(QStringLiteral("ນາງ ແສງເດືອນ")) == QStringList{laoKey(QStringLiteral("ແສງເດືອນ"))});
    CHECK(nameTokensOf(QStringLiteral("ທ້າວສົມສັກ")) == QStringList{laoKey(QStringLiteral("ສົມສັກ"))});
    CHECK(nameTokensOf(QStringLiteral("Mrs Grace Akinyi")) ==
          QStringList{QStringLiteral("grace"), QStringLiteral("akinyi")});
    CHECK(nameTokensOf(QStringLiteral("ນາງ")) ==
          QStringList{laoKey(QStringLiteral("ນາງ"))}); // nothing else left
}

TEST_CASE("keys for villages and documents ignore the usual decorations")
{
    CHECK(villageKey(QStringLiteral("ບ້ານສີເມືອງ")) == villageKey(QStringLiteral("ສີເມືອງ")));
    CHECK(villageKey(QStringLiteral("ບ. ສີເມືອງ")) == villageKey(QStringLiteral("ສີເມືອງ")));
    CHECK(villageKey(QStringLiteral("ບ້ານໜອງທາ")) == villageKey(QStringLiteral("ຫນອງທາ")));
    CHECK(villageKey(QStringLiteral("Ban Nongtha")) == villageKey(QStringLiteral("Nong Tha")));
    CHECK(villageKey(QStringLiteral("ສີເມືອງ")) != villageKey(QStringLiteral("ສີໄຄ")));
    CHECK(documentKey(QStringLiteral("01-2345678")) == documentKey(QStringLiteral("01 2345678")));
    CHECK(documentKey(QStringLiteral("fb 0601 1234")) == documentKey(QStringLiteral("FB-0601-1234")));
}

TEST_CASE("keysOf picks the keys of the token's script")
{
    const TokenKeys lao = keysOf(QStringLiteral("ແກ້ວ"), Country::Lao);
    CHECK(lao.script == Script::Lao);
    CHECK(lao.strict == laoKey(QStringLiteral("ແກ້ວ")));
    CHECK(lao.tolerant == laoSkeleton(QStringLiteral("ແກ້ວ")));
    const TokenKeys roman = keysOf(QStringLiteral("Vongxa"), Country::Lao);
    CHECK(roman.script == Script::Latin);
    CHECK(roman.tolerant == laoRomanKey(QStringLiteral("Vongsa")));
    const TokenKeys kenyan = keysOf(QStringLiteral("Mohammed"), Country::Kenya);
    CHECK(kenyan.tolerant == kenyanKey(QStringLiteral("Mohamed")));
    CHECK(scriptOf(QStringLiteral("12 ສົມ")) == Script::Lao);
    CHECK(scriptOf(QStringLiteral("123")) == Script::None);
}

TEST_CASE("similarity of name keys")
{
    using namespace fe::similarity;
    CHECK(keySimilarity(u"wanjiru", u"wanjiru") == 1.0);
    // A vowel slip costs less than a different consonant.
    CHECK(keySimilarity(u"wanjiru", u"wanjiro") > keySimilarity(u"wanjiru", u"wanjiku"));
    CHECK(keySimilarity(u"wanjiru", u"wanjiro") >= 0.9);
    CHECK(keySimilarity(u"kevin", u"kalvin") < 0.8);
    CHECK(keySimilarity(u"", u"abc") == 0.0);
    // ສ/ຊ sound alike: half an edit.
    CHECK(keySimilarity(u"ໄສສະຫນາ", u"ໄຊສະຫນາ") > keySimilarity(u"ໄສສະຫນາ", u"ໄກສະຫນາ"));
    CHECK(tokenSimilarity(u"somphone", u"sompon", u"somphone", u"sompon") == 1.0);
    CHECK(tokenSimilarity(u"somphone", u"sompon", u"somphon", u"sompon") == 0.95);
    CHECK(tokenSimilarity(u"abc", u"abc", u"xyz", u"xyz") < 0.5);
    CHECK(familySimilarity(u"vong", u"wong", u"vongsa", u"wongsa") >= 0.85);
    CHECK(familySimilarity(u"vo", u"wo", u"vongsa", u"wongsa") < 0.85); // too short to count as a prefix
}
