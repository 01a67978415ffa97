// The member's optional photo: carried in the payload (base64), checked by validation, sealed
// by the store like every other personal field.
#include "TestStore.h"

#include "domain/Member.h"
#include "validation/Validator.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

using namespace fe;

namespace {

// Core has no image library: a byte string with a JPEG's start and end markers stands for one
// (the app decodes real images; here only the markers and the size matter).
QByteArray fakeJpeg(int size, char fill = 'Q')
{
    QByteArray jpeg("\xFF\xD8\xFF\xE0", 4);
    jpeg.append(QByteArray(size - 6, fill));
    jpeg.append("\xFF\xD9", 2);
    return jpeg;
}

QJsonObject throughText(const QJsonObject& o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

Validator validatorFor(test::TestStore& store)
{
    return Validator(store->country(), store->reference(), store->schemes(), test::testNow().date());
}

QStringList errorFields(const ValidationReport& report, const QString& field)
{
    QStringList codes;
    for (const Error& e : report.errors)
        if (e.field == field)
            codes.append(e.code);
    return codes;
}

} // namespace

TEST_CASE("a photo survives toJson and fromJson and is written byte for byte as Qt writes it")
{
    Member m = test::validLaoMember();
    m.id = QUuid::createUuid();
    m.photo = fakeJpeg(12'000);
    m.photo[100] = '\0'; // binary, not text
    const auto back = Member::fromJson(throughText(m.toJson()));
    REQUIRE(back.ok());
    CHECK(back.value().photo == m.photo);
    CHECK(m.toCompactJson() == QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact));

    m.photo.clear();
    CHECK_FALSE(m.toJson().contains(QStringLiteral("photo")));
    CHECK_FALSE(m.toCompactJson().contains("photo"));
}

TEST_CASE("a payload whose photo is not base64 is refused, not read as an empty photo")
{
    Member m = test::validLaoMember();
    m.id = QUuid::createUuid();
    QJsonObject json = m.toJson();
    for (const QJsonValue& bad :
         {QJsonValue(QStringLiteral("not*base64!")), QJsonValue(42), QJsonValue(QString())}) {
        json.insert(QStringLiteral("photo"), bad);
        const auto parsed = Member::fromJson(json);
        INFO(QJsonDocument(QJsonObject{{QStringLiteral("v"), bad}}).toJson().toStdString());
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == QStringLiteral("photo"));
    }
}

TEST_CASE("validation accepts a complete JPEG within the bound and refuses anything else")
{
    test::TestStore store;
    const Validator validator = validatorFor(store);
    Member m = test::validLaoMember();

    m.photo = fakeJpeg(Member::kMaxPhotoBytes);
    CHECK(errorFields(validator.normaliseAndValidate(m), QStringLiteral("photo")).isEmpty());

    m.photo = fakeJpeg(Member::kMaxPhotoBytes + 1);
    CHECK(errorFields(validator.normaliseAndValidate(m), QStringLiteral("photo")) ==
          QStringList{QStringLiteral("too_large")});

    m.photo = fakeJpeg(5'000).left(4'000); // cut short: no end marker
    CHECK(errorFields(validator.normaliseAndValidate(m), QStringLiteral("photo")) ==
          QStringList{QStringLiteral("not_jpeg")});

    m.photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x') + QByteArray("\xFF\xD9", 2);
    CHECK(errorFields(validator.normaliseAndValidate(m), QStringLiteral("photo")) ==
          QStringList{QStringLiteral("not_jpeg")});
}

TEST_CASE("a registration with a photo is stored sealed and read back; a bad photo saves nothing")
{
    test::TestStore store;
    Member m = test::validLaoMember();
    // A pattern that would be found in the file if the photo were written in clear.
    m.photo = fakeJpeg(9'000, 'Z');
    m.photo.replace(10, 16, "CANARY-PHOTO-123");
    const SaveResult saved = store->registerMember(m, QStringLiteral("clerk"));
    REQUIRE(saved.ok());
    const auto read = store->member(saved.saved->id);
    REQUIRE(read);
    CHECK(read->photo == m.photo);

    Member bad = test::validLaoMember();
    bad.document.number = QStringLiteral("B-77777777");
    bad.phone.clear();
    bad.photo = QByteArray(Member::kMaxPhotoBytes * 2, 'x');
    const qint64 before = store->status().members;
    const SaveResult refused = store->registerMember(bad, QStringLiteral("clerk"));
    REQUIRE_FALSE(refused.ok());
    CHECK(store->status().members == before);

    store.reopen();
    const auto again = store->member(saved.saved->id);
    REQUIRE(again);
    CHECK(again->photo == m.photo);
    store.store.reset(); // closed: the write-ahead log is folded into the file
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(store.path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        CHECK_FALSE(bytes.contains("CANARY-PHOTO-123"));
        CHECK_FALSE(bytes.contains(QByteArray("CANARY-PHOTO-123").toBase64()));
    }
}
