// libFuzzer target over what the central office does with untrusted bytes before any database
// work: request bodies (gzip, push / enrol / manifest JSON), sealed batches of payloads, record JSON and the
// shared validation rules, duplicate keys, bundle files. The first input byte picks the path.
#include "bundle/Bundle.h"
#include "central/MatchKeys.h"
#include "common/JsonReader.h"
#include "crypto/Crypto.h"
#include "domain/Contribution.h"
#include "domain/Member.h"
#include "domain/Scheme.h"
#include "refdata/ReferenceData.h"
#include "validation/Validator.h"
#include "wire/Compression.h"
#include "wire/Messages.h"
#include "wire/SealedPayload.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace fe;

struct Context
{
    crypto::KeyPair box = crypto::generateBoxKeyPair();
    ReferenceData lao = ReferenceData::builtIn(Country::Lao);
    ReferenceData kenya = ReferenceData::builtIn(Country::Kenya);

    Validator validator(Country country) const
    {
        QList<Scheme> schemes;
        for (const Scheme& s : Scheme::builtIn())
            if (s.country == country)
                schemes.append(s);
        return Validator(CountryProfile::of(country), country == Country::Lao ? lao : kenya, schemes,
                         QDate(2026, 3, 15));
    }
};

const Context& context()
{
    static int argc = 1;
    static char name[] = "fuzz_request";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static const Context c;
    return c;
}

// The payload readers' fast path must read every text it accepts as QJsonDocument does
// (common/JsonReader.h): anything else aborts, which the fuzzer reports.
void sameReading(const QByteArray& plain)
{
    if (!JsonReader::parse(plain))
        return;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();
    if (!doc.isObject())
        return;
    const auto m1 = Member::fromJson(doc.object());
    const auto m2 = Member::fromJsonText(plain);
    if (m1.ok() != m2.ok() || (m1.ok() ? m1.value().toCompactJson() != m2.value().toCompactJson()
                                       : m1.error().field != m2.error().field))
        std::abort();
    const auto c1 = Contribution::fromJson(doc.object());
    const auto c2 = Contribution::fromJsonText(plain);
    if (c1.ok() != c2.ok() ||
        (c1.ok() ? c1.value().toJson() != c2.value().toJson() : c1.error().field != c2.error().field))
        std::abort();
}

void record(const QByteArray& plain)
{
    sameReading(plain);
    const QJsonObject o = QJsonDocument::fromJson(plain).object();
    const auto member = Member::fromJson(o);
    for (Country country : {Country::Lao, Country::Kenya}) {
        const Validator v = context().validator(country);
        if (member.ok()) {
            Member copy = member.value();
            if (v.normaliseAndValidate(copy).ok())
                (void)central::memberClaims(copy);
        }
        const auto contribution = Contribution::fromJson(o);
        if (contribution.ok()) {
            Member owner = member.ok() ? member.value() : Member{};
            Contribution copy = contribution.value();
            (void)v.normaliseAndValidate(copy, owner);
        }
    }
}

void pushRequest(const QByteArray& body)
{
    wire::Limits limits;
    limits.maxEntries = 50;
    auto request = wire::decodePushRequest(body, limits);
    if (!request.ok())
        return;
    (void)wire::decodePushRequest(wire::encode(request.value()), limits);
    if (wire::openPayloads(request.value(), context().box.publicKey, context().box.secretKey).ok())
        for (const wire::PushEntry& e : std::as_const(request.value().entries))
            record(e.payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const Context& c = context();
    const QByteArray input(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 7) {
    case 0:
        pushRequest(input);
        break;
    case 1:
        if (const auto inflated = wire::gzipDecompress(input, 1 << 20))
            pushRequest(*inflated);
        break;
    case 2:
        record(input);
        break;
    case 3: // a record as a device seals it: framed, compressed with the dictionary, then sealed
        if (const auto opened = wire::openBatch(wire::sealBatch({input}, c.box.publicKey), 1, c.box.publicKey,
                                                c.box.secretKey);
            opened.ok())
            record(opened.value().first());
        break;
    case 4: // raw sealed-box contents (format byte, frames) for 1-4 entries, as the central office unpacks
            // them
        if (!input.isEmpty()) {
            const qsizetype count = (static_cast<unsigned char>(input.at(0)) & 3) + 1;
            if (const auto opened = wire::openBatch(crypto::seal(input.mid(1), c.box.publicKey), count,
                                                    c.box.publicKey, c.box.secretKey);
                opened.ok())
                for (const QByteArray& plain : opened.value())
                    record(plain);
        }
        break;
    case 5:
        (void)wire::decodeEnrolRequest(input);
        (void)wire::decodeManifestRequest(input);
        (void)wire::decodePushResponse(input);
        (void)wire::decodeErrorBody(input);
        break;
    case 6:
        if (const auto file = bundle::readBundle(input, 1 << 20); file.ok())
            pushRequest(file.value().body);
        break;
    }
    return 0;
}
