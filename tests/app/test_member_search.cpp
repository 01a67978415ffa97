#include "AppFixture.h"
#include "SampleData.h"

#include "worker/StoreClient.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace fe;
using namespace fe::test;

namespace {

// The storage worker's search, from the screens' side: the members a query finds.
class Searcher
{
public:
    explicit Searcher(app::StoreClient& client) : m_client(client) {}

    QList<app::MemberSummary> find(const QString& text)
    {
        std::optional<Result<QList<app::MemberSummary>>> answer;
        m_client.search(text, &m_context, [&](const Result<QList<app::MemberSummary>>& r) { answer = r; });
        REQUIRE(waitFor([&] { return answer.has_value(); }));
        REQUIRE(answer->ok());
        return answer->value();
    }
    bool finds(const QString& text, const QUuid& id)
    {
        const QList<app::MemberSummary> rows = find(text);
        return std::any_of(rows.begin(), rows.end(), [&](const app::MemberSummary& s) { return s.id == id; });
    }

private:
    app::StoreClient& m_client;
    QObject m_context;
};

} // namespace

TEST_CASE("member search answers from the index after the list has loaded, and follows every save")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.fieldenrol"));
    REQUIRE(createSampleStore(path, Country::Lao, 40, QDateTime::currentDateTimeUtc(),
                              QStringLiteral("Search test"))
                .ok());
    app::StoreClient client;
    QObject context;
    std::optional<Result<app::StoreInfo>> opened;
    client.open(path, &context, [&](const Result<app::StoreInfo>& r) { opened = r; });
    REQUIRE(waitFor([&] { return opened.has_value(); }));
    REQUIRE(opened->ok());
    std::optional<app::LoginOutcome> login;
    client.unlock(adminUsername(), adminPassword(), &context, [&](const app::LoginOutcome& o) { login = o; });
    REQUIRE(waitFor([&] { return login.has_value(); }));
    REQUIRE(login->ok());
    Searcher search(client);

    // The directory load is the pass that fills the index.
    std::optional<bool> cancelled;
    client.loadDirectory(QLocale(QLocale::Lao), app::makeCancelFlag(), &context, {},
                         [&](bool c) { cancelled = c; });
    REQUIRE(waitFor([&] { return cancelled.has_value(); }));
    REQUIRE(!*cancelled);

    const Member first = sampleMember(Country::Lao, 0, opened->value().reference);
    SECTION("names in either script, and document numbers, find the member")
    {
        const QList<app::MemberSummary> latin = search.find(first.name.givenLatin.left(4));
        REQUIRE(!latin.isEmpty());
        for (const app::MemberSummary& row : latin)
            CHECK(row.nameLatin.contains(first.name.givenLatin.left(4), Qt::CaseInsensitive));
        const QList<app::MemberSummary> lao = search.find(first.name.given);
        REQUIRE(!lao.isEmpty());
        for (const app::MemberSummary& row : lao)
            CHECK(row.name.contains(first.name.given));
        // Lao is written without spaces: given and family name typed as one word still match.
        const QList<app::MemberSummary> runTogether = search.find(first.name.given + first.name.family);
        CHECK(std::any_of(runTogether.begin(), runTogether.end(),
                          [&](const app::MemberSummary& s) { return s.name == first.name.displayLocal(); }));
        const QList<app::MemberSummary> byDocument = search.find(first.document.number);
        REQUIRE(byDocument.size() == 1);
        CHECK(byDocument.first().name == first.name.displayLocal());
        CHECK(search.find(QStringLiteral("XX-9999999")).isEmpty()); // no such document
    }
    SECTION("a registration and its correction are found at once, under the new name only")
    {
        Member added = sampleMember(Country::Lao, 500, opened->value().reference);
        added.name.given = QStringLiteral("ບົວສອນ");
        added.name.givenLatin = QStringLiteral("Bouasone");
        added.consent.givenAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        std::optional<SaveResult> saved;
        client.registerMember(added, &context, [&](const SaveResult& r) { saved = r; });
        REQUIRE(waitFor([&] { return saved.has_value(); }));
        REQUIRE(saved->ok());
        const QUuid id = saved->saved->id;
        CHECK(search.finds(QStringLiteral("Bouas"), id));
        CHECK(search.finds(QStringLiteral("ບົວສອນ"), id));
        CHECK(search.finds(added.document.number, id));

        std::optional<Result<app::MemberDetail>> detail;
        client.loadMemberDetail(id, &context, [&](const Result<app::MemberDetail>& r) { detail = r; });
        REQUIRE(waitFor([&] { return detail.has_value(); }));
        REQUIRE(detail->ok());
        Member corrected = detail->value().member;
        corrected.name.given = QStringLiteral("ບົວພັນ");
        corrected.name.givenLatin = QStringLiteral("Bouaphanh");
        saved.reset();
        client.correctMember(corrected, QStringLiteral("Spelling on the ID card"), &context,
                             [&](const SaveResult& r) { saved = r; });
        REQUIRE(waitFor([&] { return saved.has_value(); }));
        REQUIRE(saved->ok());
        CHECK(search.finds(QStringLiteral("Bouaph"), id));
        CHECK(!search.finds(QStringLiteral("Bouas"), id));
    }
}
