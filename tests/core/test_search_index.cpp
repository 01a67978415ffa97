#include "search/SearchIndex.h"

#include <QCollator>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace fe;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace {

Member laoMember(const QString& given, const QString& family, const QString& givenLatin = {},
                 const QString& familyLatin = {})
{
    Member m;
    m.id = QUuid::createUuid();
    m.name.given = given;
    m.name.family = family;
    m.name.givenLatin = givenLatin;
    m.name.familyLatin = familyLatin;
    m.birth = {QDate(1985, 1, 1), false};
    m.address = {QStringLiteral("01"), QStringLiteral("0101"), {}, QStringLiteral("ບ້ານສີເມືອງ")};
    return m;
}

Member kenyanMember(const QString& given, const QString& family)
{
    Member m;
    m.id = QUuid::createUuid();
    m.name.given = given;
    m.name.family = family;
    m.birth = {QDate(1990, 7, 1), true};
    m.address = {QStringLiteral("047"), QStringLiteral("274"), QStringLiteral("1368"), {}};
    return m;
}

QList<QUuid> idsOf(const SearchResult& r)
{
    QList<QUuid> ids;
    for (const SearchHit& h : r.hits)
        ids.append(h.id);
    return ids;
}

QStringList namesOf(const SearchResult& r)
{
    QStringList names;
    for (const SearchHit& h : r.hits)
        names.append(h.displayName);
    return names;
}

const SearchHit* hitFor(const SearchResult& r, const QUuid& id)
{
    for (const SearchHit& h : r.hits)
        if (h.id == id)
            return &h;
    return nullptr;
}

} // namespace

TEST_CASE("Lao-script prefix search, independent of how marks were typed")
{
    SearchIndex index(Country::Lao);
    const Member somphone = laoMember(QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"));
    const Member somsack = laoMember(QStringLiteral("ສົມສັກ"), QStringLiteral("ພົມມະວົງ"));
    const Member namfon = laoMember(QStringLiteral("ນ້ຳຝົນ"), QStringLiteral("ສີສຸລາດ"));
    const Member khamla = laoMember(QStringLiteral("ຄຳຫຼ້າ"), QStringLiteral("ຫຼວງລາດ"));
    for (const Member& m : {somphone, somsack, namfon, khamla})
        index.upsert(m);
    REQUIRE(index.size() == 4);

    const SearchResult som = index.searchNames(QStringLiteral("ສົມ"));
    CHECK(som.totalMatches == 2);
    CHECK(idsOf(som).contains(somphone.id));
    CHECK(idsOf(som).contains(somsack.id));

    // ນໍ້າ (niggahita, tone, aa) finds ນ້ຳ (tone, am) as a whole word.
    const SearchResult nam =
        index.searchNames(QString::fromUcs4(U"\u0E99\u0ECD\u0EC9\u0EB2\u0E9D\u0EBB\u0E99"));
    REQUIRE(nam.hits.size() == 1);
    CHECK(nam.hits.first().id == namfon.id);
    CHECK(nam.hits.first().tier == MatchTier::Exact);

    // ຫລ typed as two letters and ໍາ typed apart find ຫຼ and ຳ.
    const SearchResult la =
        index.searchNames(QString::fromUcs4(U"\u0E84\u0ECD\u0EB2\u0EAB\u0EA5\u0EC9\u0EB2"));
    REQUIRE(la.hits.size() == 1);
    CHECK(la.hits.first().id == khamla.id);
    CHECK(index.searchNames(QStringLiteral("ຫລວງ")).hits.size() == 1);

    // The family name is searchable too, and a word that matches nothing gives nothing.
    CHECK(idsOf(index.searchNames(QStringLiteral("ວົງສາ"))) == QList<QUuid>{somphone.id});
    CHECK(index.searchNames(QStringLiteral("ບຸນ")).hits.isEmpty());
    CHECK(index.searchNames(QString()).hits.isEmpty());
    CHECK(index.searchNames(QStringLiteral(" ,. ")).hits.isEmpty());
}

TEST_CASE("a Lao query may run given and family name together")
{
    SearchIndex index(Country::Lao);
    const Member vongsa = laoMember(QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"));
    const Member keomany = laoMember(QStringLiteral("ສົມພອນ"), QStringLiteral("ແກ້ວມະນີ"));
    index.upsert(vongsa);
    index.upsert(keomany);
    CHECK(idsOf(index.searchNames(QStringLiteral("ສົມພອນວົງ"))) == QList<QUuid>{vongsa.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("ສົມພອນແກ້ວ"))) == QList<QUuid>{keomany.id});
    CHECK(index.searchNames(QStringLiteral("ສົມພອນ")).totalMatches == 2);
}

TEST_CASE("Latin search is case- and accent-insensitive and tolerates romanisation variants")
{
    SearchIndex index(Country::Lao);
    const Member saysana = laoMember(QStringLiteral("ໄຊສະໜາ"), QStringLiteral("ວົງສາ"),
                                     QStringLiteral("Saysana"), QStringLiteral("Vongsa"));
    const Member phonsavanh = laoMember(QStringLiteral("ພອນສະຫວັນ"), QStringLiteral("ສີສະຫວາດ"),
                                        QStringLiteral("Phonsavanh"), QStringLiteral("Sisavath"));
    const Member xaysomboun = laoMember(QStringLiteral("ໄຊສົມບູນ"), QStringLiteral("ພົມມະວົງ"),
                                        QStringLiteral("Xaysomboun"), QStringLiteral("Phommavong"));
    for (const Member& m : {saysana, phonsavanh, xaysomboun})
        index.upsert(m);

    const SearchResult prefix = index.searchNames(QStringLiteral("SAYS"));
    REQUIRE(hitFor(prefix, saysana.id));
    CHECK(hitFor(prefix, saysana.id)->tier == MatchTier::Prefix);
    CHECK(hitFor(prefix, saysana.id)->displayName ==
          QStringLiteral("Saysana Vongsa")); // Latin query, Latin name

    // Xaysana is written Saysana in the record: found through the tolerant key, ranked below.
    const SearchResult xay = index.searchNames(QStringLiteral("Xay"));
    REQUIRE(hitFor(xay, saysana.id));
    REQUIRE(hitFor(xay, xaysomboun.id));
    CHECK(hitFor(xay, saysana.id)->tier == MatchTier::Tolerant);
    CHECK(hitFor(xay, xaysomboun.id)->tier == MatchTier::Prefix);
    CHECK(xay.hits.first().id == xaysomboun.id); // better tier first

    CHECK(idsOf(index.searchNames(QStringLiteral("Vongxa"))) == QList<QUuid>{saysana.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("Wongsa"))) == QList<QUuid>{saysana.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("phonesavan"))) == QList<QUuid>{phonsavanh.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("sisavat"))) == QList<QUuid>{phonsavanh.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("Vong"))) == QList<QUuid>{saysana.id}); // Vong / Vongsa
    // Every word must match: a second word narrows the result.
    CHECK(idsOf(index.searchNames(QStringLiteral("Saysana Phommavong"))).isEmpty());
    CHECK(idsOf(index.searchNames(QStringLiteral("Phommavong xays"))) == QList<QUuid>{xaysomboun.id});
}

TEST_CASE("preparing the index for search changes no result; names added later are still found")
{
    SearchIndex prepared(Country::Lao);
    SearchIndex lazy(Country::Lao);
    const Member saysana = laoMember(QStringLiteral("ໄຊສະໜາ"), QStringLiteral("ວົງສາ"),
                                     QStringLiteral("Saysana"), QStringLiteral("Vongsa"));
    const Member xaysomboun = laoMember(QStringLiteral("ໄຊສົມບູນ"), QStringLiteral("ພົມມະວົງ"),
                                        QStringLiteral("Xaysomboun"), QStringLiteral("Phommavong"));
    for (SearchIndex* index : {&prepared, &lazy}) {
        index->upsert(saysana);
        index->upsert(xaysomboun);
    }
    prepared.prepareForSearch();
    const QStringList queries{QStringLiteral("Xay"), QStringLiteral("ໄຊ"), QStringLiteral("ໄຊສົມບູນພົມ"),
                              QStringLiteral("wongsa"), QStringLiteral("s")};
    for (const QString& q : queries) {
        INFO(q.toStdString());
        const SearchResult a = prepared.searchNames(q);
        const SearchResult b = lazy.searchNames(q);
        CHECK(idsOf(a) == idsOf(b));
        CHECK_FALSE(a.hits.isEmpty());
    }
    // Spelling variants start at the second letter: "x" alone is not also every "s".
    CHECK(idsOf(prepared.searchNames(QStringLiteral("x"))) == QList<QUuid>{xaysomboun.id});
    CHECK(idsOf(prepared.searchNames(QStringLiteral("xa"))).size() == 2);
    const Member late = laoMember(QStringLiteral("ໄຊຍະວົງ"), QStringLiteral("ແສງ"), QStringLiteral("Xayavong"),
                                  QStringLiteral("Saeng"));
    prepared.upsert(late);
    CHECK(idsOf(prepared.searchNames(QStringLiteral("Xayav"))) == QList<QUuid>{late.id});
    CHECK(idsOf(prepared.searchNames(QStringLiteral("ໄຊຍະ"))) == QList<QUuid>{late.id});
}

TEST_CASE("Kenyan names are found in any order and through spelling variants")
{
    SearchIndex index(Country::Kenya);
    const Member mary = kenyanMember(QStringLiteral("Mary Wanjiru"), QStringLiteral("Kamau"));
    const Member mohamed = kenyanMember(QStringLiteral("Mohamed"), QStringLiteral("Hassan"));
    const Member odhiambo = kenyanMember(QStringLiteral("George"), QStringLiteral("Odhiambo"));
    for (const Member& m : {mary, mohamed, odhiambo})
        index.upsert(m);
    CHECK(idsOf(index.searchNames(QStringLiteral("Kamau Mary"))) == QList<QUuid>{mary.id});
    CHECK(idsOf(index.searchNames(QStringLiteral("wanjiru kam"))) == QList<QUuid>{mary.id});
    const SearchResult mohammed = index.searchNames(QStringLiteral("Mohammed"));
    REQUIRE(mohammed.hits.size() == 1);
    CHECK(mohammed.hits.first().tier == MatchTier::Tolerant);
    CHECK(idsOf(index.searchNames(QStringLiteral("Odiambo"))) == QList<QUuid>{odhiambo.id});
    CHECK(index.searchNames(QStringLiteral("Wanjiku")).hits.isEmpty());
}

TEST_CASE("results are sorted in the operator's collation, not in code-point order")
{
    SECTION("Lao: a pre-posed vowel sorts by the consonant after it")
    {
        SearchIndex index(Country::Lao);
        const QStringList given = {QStringLiteral("ຄຳ"), QStringLiteral("ແກ້ວ"), QStringLiteral("ໄຊ"),
                                   QStringLiteral("ກາ"), QStringLiteral("ສົມ"),  QStringLiteral("ເພັດ")};
        for (const QString& g : given)
            index.upsert(laoMember(g, QStringLiteral("ສີສະຫວາດ")));
        index.setCollationLocale(QLocale(QStringLiteral("lo")));
        const QStringList shown = namesOf(index.searchNames(QStringLiteral("ສີສະຫວາດ")));
        REQUIRE(shown.size() == given.size());

        QStringList collated = shown;
        QCollator lao{QLocale(QStringLiteral("lo"))};
        std::sort(collated.begin(), collated.end(), lao);
        CHECK(shown == collated);
        QStringList codePoints = shown;
        std::sort(codePoints.begin(), codePoints.end());
        CHECK(shown != codePoints);
        // ແກ້ວ is filed under ກ, before ຄ; in code-point order ແ (U+0EC1) would come after ຄ (U+0E84).
        CHECK(shown.indexOf(QStringLiteral("ແກ້ວ ສີສະຫວາດ")) < shown.indexOf(QStringLiteral("ຄຳ ສີສະຫວາດ")));
    }
    SECTION("English and Swahili: case and accents do not push names to the end")
    {
        for (const char* language : {"en", "sw"}) {
            SearchIndex index(Country::Kenya);
            for (const char* given : {"Zawadi", "Émile", "achieng", "Baraka"})
                index.upsert(kenyanMember(QString::fromUtf8(given), QStringLiteral("Otieno")));
            index.setCollationLocale(QLocale(QString::fromLatin1(language)));
            const QStringList shown = namesOf(index.searchNames(QStringLiteral("otieno")));
            INFO(language);
            CHECK(shown == QStringList{QStringLiteral("achieng Otieno"), QStringLiteral("Baraka Otieno"),
                                       QStringLiteral("Émile Otieno"), QStringLiteral("Zawadi Otieno")});
        }
    }
}

TEST_CASE("a limited result holds the first names in collation order and the total count")
{
    SearchIndex index(Country::Kenya);
    QStringList all;
    for (int i = 0; i < 40; ++i) {
        const QString given = QStringLiteral("Name%1").arg(QChar(u'A' + (i * 7) % 26)) + QString::number(i);
        index.upsert(kenyanMember(given, QStringLiteral("Kariuki")));
        all.append(given + QStringLiteral(" Kariuki"));
    }
    index.setCollationLocale(QLocale(QStringLiteral("en")));
    QCollator english{QLocale(QStringLiteral("en"))};
    std::sort(all.begin(), all.end(), english);
    const SearchResult r = index.searchNames(QStringLiteral("kariuki"), 10);
    CHECK(r.totalMatches == 40);
    CHECK(namesOf(r) == all.mid(0, 10));
    // Adding a name that sorts first puts it first (the cached order follows additions).
    index.upsert(kenyanMember(QStringLiteral("Aaron"), QStringLiteral("Kariuki")));
    CHECK(index.searchNames(QStringLiteral("kariuki"), 10).hits.first().displayName ==
          QStringLiteral("Aaron Kariuki"));
    CHECK(index.searchNames(QStringLiteral("kariuki"), 0).hits.isEmpty());
}

TEST_CASE("exact look-ups by document, phone, member number and receipt")
{
    SearchIndex index(Country::Kenya);
    Member a = kenyanMember(QStringLiteral("Wanjiru"), QStringLiteral("Kamau"));
    a.document = {DocumentType::KeNationalId, QStringLiteral("23456789"), {}, {}};
    a.phone = QStringLiteral("+254712345678");
    a.memberNumber = QStringLiteral("ke-000123");
    Member b = kenyanMember(QStringLiteral("Peter"), QStringLiteral("Kamau"));
    b.phone = QStringLiteral("0712 345 678"); // a shared family phone
    index.upsert(a);
    index.upsert(b);

    CHECK(index.findByDocument(QStringLiteral("23 456 789")) == QList<QUuid>{a.id});
    CHECK(index.findByDocument(QStringLiteral("98765432")).isEmpty());
    QList<QUuid> both{a.id, b.id};
    std::sort(both.begin(), both.end());
    CHECK(index.findByPhone(QStringLiteral("254-712-345678")) == both);
    CHECK(index.findByPhone(QStringLiteral("0799 000 000")).isEmpty());
    CHECK(index.findByMemberNumber(QStringLiteral(" KE-000123 ")) == QList<QUuid>{a.id});
    CHECK(index.findByMemberNumber(QString()).isEmpty());

    index.addReceipt(QStringLiteral("ABCD1234-000001"), a.id);
    CHECK(index.findByReceipt(QStringLiteral("abcd1234-000001")) == a.id);
    CHECK_FALSE(index.findByReceipt(QStringLiteral("ABCD1234-000002")));
    index.removeReceipt(QStringLiteral("ABCD1234-000001"));
    CHECK_FALSE(index.findByReceipt(QStringLiteral("ABCD1234-000001")));
}

TEST_CASE("the index follows corrections and removals")
{
    SearchIndex index(Country::Lao);
    Member m = laoMember(QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"), QStringLiteral("Somphone"));
    m.phone = QStringLiteral("020 5555 1234");
    m.document = {DocumentType::LaNationalIdCard, QStringLiteral("01-2345678"), {}, {}};
    index.upsert(m);
    const Member other = laoMember(QStringLiteral("ສົມສັກ"), QStringLiteral("ວົງສາ"));
    index.upsert(other);

    m.name.given = QStringLiteral("ບຸນມີ");
    m.name.givenLatin = QStringLiteral("Bounmy");
    m.phone = QStringLiteral("020 7777 8888");
    index.upsert(m);
    CHECK(index.size() == 2);
    CHECK(index.searchNames(QStringLiteral("ສົມພອນ")).hits.isEmpty());
    CHECK(index.searchNames(QStringLiteral("Somphone")).hits.isEmpty());
    CHECK(idsOf(index.searchNames(QStringLiteral("ບຸນມີ"))) == QList<QUuid>{m.id});
    CHECK(index.findByPhone(QStringLiteral("020 5555 1234")).isEmpty());
    CHECK(index.findByPhone(QStringLiteral("020 7777 8888")) == QList<QUuid>{m.id});
    REQUIRE(index.profile(m.id));
    CHECK(index.profile(m.id)->displayLocal == QStringLiteral("ບຸນມີ ວົງສາ"));

    CHECK(index.remove(m.id));
    CHECK_FALSE(index.remove(m.id));
    CHECK(index.size() == 1);
    CHECK_FALSE(index.contains(m.id));
    CHECK(index.searchNames(QStringLiteral("ບຸນມີ")).hits.isEmpty());
    CHECK(index.findByDocument(QStringLiteral("01-2345678")).isEmpty());
    CHECK(idsOf(index.searchNames(QStringLiteral("ວົງສາ"))) == QList<QUuid>{other.id});
    // A removed slot is reused.
    const Member again = laoMember(QStringLiteral("ແກ້ວ"), QStringLiteral("ວົງສາ"));
    index.upsert(again);
    CHECK(index.searchNames(QStringLiteral("ວົງສາ")).totalMatches == 2);
}

TEST_CASE("the index survives many updates of the same members")
{
    SearchIndex index(Country::Kenya);
    QList<Member> members;
    for (int i = 0; i < 200; ++i) {
        members.append(kenyanMember(QStringLiteral("Given%1").arg(i), QStringLiteral("Family%1").arg(i % 7)));
        index.upsert(members.last());
    }
    for (int round = 0; round < 30; ++round)
        for (qsizetype i = 0; i < members.size(); ++i) {
            members[i].name.given = QStringLiteral("Round%1x%2").arg(round).arg(i);
            index.upsert(members[i]);
        }
    CHECK(index.size() == 200);
    CHECK(index.searchNames(QStringLiteral("round29x")).totalMatches == 200);
    CHECK(index.searchNames(QStringLiteral("round28x")).totalMatches == 0);
    qsizetype inFamily3 = 0;
    for (const Member& m : members)
        inFamily3 += m.name.family == QStringLiteral("Family3") ? 1 : 0;
    CHECK(index.searchNames(QStringLiteral("family3")).totalMatches == inFamily3);
}

TEST_CASE("profiles keep what duplicate detection needs")
{
    SearchIndex index(Country::Lao);
    Member m = laoMember(QStringLiteral("ນາງ ສົມພອນ"), QStringLiteral("ວົງສາ"), QStringLiteral("Somphone"),
                         QStringLiteral("Vongsa"));
    m.sex = Sex::Male;
    m.birth = {QDate(1979, 7, 1), true};
    m.document = {DocumentType::LaFamilyBook, QStringLiteral("fb 0601-1234"), {}, {}};
    m.phone = QStringLiteral("020 5555 1234");
    m.household = {
        HouseholdMember{{QStringLiteral("ບຸນມີ"), {}, {}, {}, {}}, Relationship::Child, Sex::Male, {}, {}}};
    index.upsert(m);
    const auto p = index.profile(m.id);
    REQUIRE(p);
    const MatchProfile expected = MatchProfile::of(m, Country::Lao);
    CHECK(p->id == m.id);
    CHECK(p->sex == Sex::Male);
    CHECK(p->birth == QDate(1979, 7, 1));
    CHECK(p->birthEstimated);
    CHECK(p->documentType == DocumentType::LaFamilyBook);
    CHECK(p->document == QStringLiteral("FB06011234"));
    CHECK(p->phone == QStringLiteral("+8562055551234"));
    CHECK(p->district == QStringLiteral("0101"));
    CHECK(p->village == expected.village);
    REQUIRE(p->names.size() == expected.names.size());
    for (qsizetype i = 0; i < p->names.size(); ++i) {
        CHECK(p->names[i].role == expected.names[i].role);
        CHECK(p->names[i].strict == expected.names[i].strict);
        CHECK(p->names[i].tolerant == expected.names[i].tolerant);
    }
    CHECK(p->tokens(NameRole::Household, matchkey::Script::Lao).size() == 1);
    CHECK(p->tokens(NameRole::Given, matchkey::Script::Lao).size() == 1); // the title ນາງ is not a name
    // Household names are not searchable: the index is about members.
    CHECK(index.searchNames(QStringLiteral("ບຸນມີ")).hits.isEmpty());
}

TEST_CASE("the index round-trips through its byte blob")
{
    SearchIndex index(Country::Lao);
    Member kept = laoMember(QStringLiteral("ສົມພອນ"), QStringLiteral("ວົງສາ"), QStringLiteral("Somphone"),
                            QStringLiteral("Vongsa"));
    kept.phone = QStringLiteral("020 5555 1234");
    kept.memberNumber = QStringLiteral("LA-0001");
    index.upsert(kept);
    Member corrected = laoMember(QStringLiteral("ແກ້ວ"), QStringLiteral("ພົມມະວົງ"));
    corrected.phone = QStringLiteral("020 9876 5432");
    index.upsert(corrected);
    corrected.phone = QStringLiteral("020 1111 2222");
    index.upsert(corrected);
    Member removed = laoMember(QStringLiteral("ຈັນທະລາ"), QStringLiteral("ດວງມະນີ"));
    removed.document = {DocumentType::LaNationalIdCard, QStringLiteral("09-9999999"), {}, {}};
    index.upsert(removed);
    index.remove(removed.id);
    index.addReceipt(QStringLiteral("DEV1-000001"), kept.id);
    index.setCollationLocale(QLocale(QStringLiteral("lo")));

    const QByteArray blob = index.serialise();
    // Only what live members refer to is written: the old phone and the removed member are gone.
    CHECK_FALSE(blob.contains(QByteArrayLiteral("+8562098765432")));
    CHECK_FALSE(blob.contains(QStringLiteral("ຈັນທະລາ").toUtf8()));
    CHECK_FALSE(blob.contains(QByteArrayLiteral("099999999")));

    auto loaded = SearchIndex::deserialise(blob);
    REQUIRE(loaded.ok());
    const SearchIndex& copy = loaded.value();
    CHECK(copy.size() == 2);
    CHECK(copy.country() == Country::Lao);
    CHECK(copy.collationLocale().language() == QLocale::Lao);
    CHECK(idsOf(copy.searchNames(QStringLiteral("ສົມ"))) == QList<QUuid>{kept.id});
    CHECK(idsOf(copy.searchNames(QStringLiteral("Vongxa"))) == QList<QUuid>{kept.id});
    CHECK(copy.findByPhone(QStringLiteral("020 1111 2222")) == QList<QUuid>{corrected.id});
    CHECK(copy.findByPhone(QStringLiteral("020 9876 5432")).isEmpty());
    CHECK(copy.findByMemberNumber(QStringLiteral("la-0001")) == QList<QUuid>{kept.id});
    CHECK(copy.findByReceipt(QStringLiteral("DEV1-000001")) == kept.id);
    CHECK_FALSE(copy.contains(removed.id));
    REQUIRE(copy.profile(kept.id));
    CHECK(copy.profile(kept.id)->displayLatin == QStringLiteral("Somphone Vongsa"));
    // Writing the loaded index again gives the same bytes.
    CHECK(copy.serialise() == blob);
}

TEST_CASE("a damaged or foreign blob is refused with an error, never a crash")
{
    SearchIndex index(Country::Kenya);
    for (int i = 0; i < 20; ++i) {
        Member m = kenyanMember(QStringLiteral("Given%1").arg(i), QStringLiteral("Otieno"));
        m.phone = QStringLiteral("07%1").arg(10000000 + i);
        index.upsert(m);
    }
    const QByteArray blob = index.serialise();
    REQUIRE(SearchIndex::deserialise(blob).ok());

    CHECK(SearchIndex::deserialise(QByteArray()).error().code == QStringLiteral("search.index_corrupt"));
    CHECK(SearchIndex::deserialise(QByteArrayLiteral("not an index")).error().code ==
          QStringLiteral("search.index_corrupt"));
    // Every truncation is refused.
    for (qsizetype n = 0; n < blob.size(); n += 7) {
        const auto r = SearchIndex::deserialise(blob.left(n));
        INFO(n);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("search.index_corrupt"));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    // Random damage either still reads as a consistent index or is refused.
    QRandomGenerator random(42);
    for (int i = 0; i < 300; ++i) {
        QByteArray damaged = blob;
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f)
            damaged[qsizetype(random.bounded(quint32(damaged.size())))] ^= char(1 + random.bounded(255));
        const auto r = SearchIndex::deserialise(damaged);
        if (r.ok()) {
            (void)r.value().searchNames(QStringLiteral("given"));
            CHECK(r.value().size() <= 20);
        } else {
            CHECK(r.error().code == QStringLiteral("search.index_corrupt"));
        }
    }
}

TEST_CASE("the index is compact")
{
    SearchIndex index(Country::Kenya);
    QRandomGenerator random(7);
    const int count = 5000;
    for (int i = 0; i < count; ++i) {
        Member m =
            kenyanMember(QStringLiteral("Given%1 Middle%2").arg(random.bounded(300)).arg(random.bounded(300)),
                         QStringLiteral("Family%1").arg(random.bounded(500)));
        m.document = {DocumentType::KeNationalId, QString::number(20000000 + i), {}, {}};
        m.phone = QStringLiteral("07%1").arg(10000000 + i);
        index.upsert(m);
    }
    // The budget is 100 MB for 250,000 members: keys and a few plain fields, never whole records.
    const double perMember = double(index.memoryUsage()) / count;
    INFO(perMember << " bytes per member");
    CHECK(perMember < 400.0);
}
