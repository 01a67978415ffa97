// Prints the cost of the encryption at rest: one Argon2id derivation with the standard parameters
// (what a login costs), seal/open throughput for 1 KiB payloads, and blind index keys per second.
// Usage: bench_crypto [derivations] [payloads]

#include "security/KeyDerivation.h"
#include "security/KeyWrap.h"
#include "security/SealingPayloadCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace fe;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int derivations = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 7;
    const int payloads = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 100000;
    if (!sodiumReady()) {
        std::fprintf(stderr, "libsodium could not be initialised\n");
        return 1;
    }

    const KdfParams standard = KdfParams::fresh(KdfCost::Standard);
    // Wall time is what the operator waits; CPU time is the cost without other processes
    // competing for the cores (the derivation is single-threaded).
    std::vector<double> ms;
    std::vector<double> cpuMs;
    for (int i = 0; i < derivations; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t cpuStart = std::clock();
        const auto key = KeyDerivation::derive(QStringLiteral("a password of 20 chr"), standard);
        cpuMs.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!key.ok()) {
            std::fprintf(stderr, "derivation failed: %s\n", qPrintable(key.error().code));
            return 1;
        }
    }
    std::printf(
        "argon2id ops=%llu mem=%llu MiB: wall median %.0f ms (min %.0f, max %.0f), cpu median %.0f ms, "
        "%d runs\n",
        static_cast<unsigned long long>(standard.opsLimit),
        static_cast<unsigned long long>(standard.memLimitBytes >> 20), median(ms),
        *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()), median(cpuMs),
        derivations);

    const SecureBytes dataKey = KeyWrap::generateDataKey();
    const SealingPayloadCodec codec(dataKey);
    const QByteArray plain(1024, 'x');
    const QByteArray ad("member:0195f3c2-7a10-7000-8000-000000000001");
    std::vector<QByteArray> sealed;
    sealed.reserve(static_cast<std::size_t>(payloads));
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < payloads; ++i)
        sealed.push_back(codec.seal(plain, ad));
    const double sealSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    t.restart();
    qsizetype opened = 0;
    for (const QByteArray& s : sealed)
        opened += codec.open(s, ad).value_or(QByteArray()).size();
    const double openSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (opened != qsizetype(payloads) * plain.size()) {
        std::fprintf(stderr, "a sealed payload did not open\n");
        return 1;
    }
    const double mib = static_cast<double>(payloads) * plain.size() / (1024.0 * 1024.0);
    std::printf("seal 1 KiB: %.0f payloads/s (%.0f MiB/s)\n", payloads / sealSeconds, mib / sealSeconds);
    std::printf("open 1 KiB: %.0f payloads/s (%.0f MiB/s)\n", payloads / openSeconds, mib / openSeconds);

    t.restart();
    qsizetype total = 0;
    for (int i = 0; i < payloads; ++i)
        total += codec.lookupKey(QStringLiteral("phone"), QStringLiteral("+2547%1").arg(10000000 + i)).size();
    const double indexSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    std::printf("blind index: %.0f keys/s (%lld chars)\n", payloads / indexSeconds,
                static_cast<long long>(total));
    return 0;
}
