// Search index and duplicate detection at scale: builds the index over generated members (the
// shared demo-data generator), then prints build time, memory, the blob round trip an unlock
// would do, name-search latency over prefixes typed in both scripts and duplicate-check latency
// over candidate registrations (half of them variants of existing members).
//
//   bench_search [members (default 250000)] [LA|KE|both (default both)]
//
// Each country runs in its own child process so that its peak RSS is its own.

#include "common/Allocator.h"
#include "demodata/DemoDataGenerator.h"
#include "domain/Scheme.h"
#include "duplicates/DuplicateDetector.h"
#include "refdata/ReferenceData.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace fe;

namespace {

constexpr int kQueries = 1000;
constexpr int kChecks = 1000;
constexpr int kSample = 2000;

// "VmRSS" / "VmHWM" of this process, in MiB.
double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// CPU time of this thread: on a machine shared with other work, wall time also counts the time
// the scheduler gave to others, so both are printed.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Wall and CPU time of one operation.
class Stopwatch
{
public:
    void start()
    {
        m_cpu = threadCpuNs();
        m_wall.start();
    }
    qint64 wallNs() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNs() const { return threadCpuNs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Percentiles
{
    double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) {
        return ns[std::min(ns.size() - 1, std::size_t(q * double(ns.size())))] / 1e6;
    };
    return {at(0.50), at(0.99), ns.back() / 1e6};
}

bool isLaoMark(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0EB1 && u <= 0x0EBC && u != 0x0EB2 && u != 0x0EB3) || (u >= 0x0EC8 && u <= 0x0ECD);
}

// A prefix as a person would type it: at least `minimum` characters, never ending between a
// consonant and its marks.
QString typedPrefix(const QString& word, int minimum, QRandomGenerator& random)
{
    if (word.size() <= minimum)
        return word;
    qsizetype n = minimum + qsizetype(random.bounded(quint32(word.size() - minimum + 1)));
    while (n < word.size() && isLaoMark(word.at(n)))
        ++n;
    return word.left(n);
}

QString firstWord(const QString& s)
{
    return s.section(QLatin1Char(' '), 0, 0);
}

QString nameQuery(const Member& m, Country country, int i, QRandomGenerator& random)
{
    const bool laoScript = country == Country::Lao && i % 2 == 0;
    const QString given = laoScript || country == Country::Kenya ? m.name.given : m.name.givenLatin;
    const QString family = laoScript || country == Country::Kenya ? m.name.family : m.name.familyLatin;
    const int minimum = laoScript ? 2 : 3;
    if (i % 4 == 1 && !family.isEmpty()) // given name and the start of the family name
        return firstWord(given) + QLatin1Char(' ') + typedPrefix(firstWord(family), 1, random);
    const QString word = (i % 3 == 0 && !family.isEmpty()) ? firstWord(family) : firstWord(given);
    return typedPrefix(word, minimum, random);
}

// A registration of an existing member written differently: the usual slips and variants.
Member variantOf(Member m, Country country, QRandomGenerator& random)
{
    m.id = QUuid::createUuid();
    switch (random.bounded(5)) {
    case 0: // a different phone, no document
        m.phone.clear();
        m.document = {};
        break;
    case 1: // year only
        m.birth = {QDate(m.birth.date.year(), 7, 1), true};
        m.document = {};
        break;
    case 2: // no family name (LA) / names in another order (KE)
        if (country == Country::Lao)
            m.name.family.clear();
        else
            std::swap(m.name.given, m.name.family);
        m.document = {};
        break;
    case 3: // spelling: ຳ typed apart, or a vowel changed
        if (country == Country::Lao)
            m.name.given.replace(QChar(0x0EB3), QStringLiteral("\u0ECD\u0EB2"));
        else if (!m.name.family.isEmpty())
            m.name.family[m.name.family.size() - 1] = QLatin1Char('o');
        m.phone.clear();
        break;
    default: // as it was, new id
        break;
    }
    return m;
}

int runCountry(Country country, int count)
{
    const char* code = country == Country::Lao ? "LA" : "KE";
    QList<Scheme> schemes;
    for (const Scheme& s : Scheme::builtIn())
        if (s.country == country)
            schemes.append(s);
    const ReferenceData reference = ReferenceData::builtIn(country);
    const QDate today(2026, 3, 15);
    const double rssStart = statusMiB("VmRSS");

    QRandomGenerator random(20260315);
    QList<Member> sample; // reservoir sample of indexed members, for queries and variants
    qint64 buildNs = 0;
    std::size_t indexBytes = 0;
    QByteArray blob;
    {
        SearchIndex index(country);
        DemoDataGenerator generator(CountryProfile::of(country), reference, schemes, 42, today);
        Stopwatch upsert;
        qint64 buildCpuNs = 0;
        for (int i = 0; i < count; ++i) {
            Member m = generator.generateMember();
            m.id = QUuid::createUuid();
            upsert.start();
            index.upsert(m);
            buildNs += upsert.wallNs();
            buildCpuNs += upsert.cpuNs();
            if (sample.size() < kSample)
                sample.append(m);
            else if (const quint32 j = random.bounded(quint32(i + 1)); j < quint32(kSample))
                sample[qsizetype(j)] = m;
        }
        indexBytes = index.memoryUsage();
        std::printf("[%s] members %d, index build %.2f s wall, %.2f s CPU (%.1f µs CPU per member), index "
                    "structures %.1f MiB (%.0f bytes per member), RSS after build %.1f MiB\n",
                    code, count, buildNs / 1e9, buildCpuNs / 1e9, buildCpuNs / 1e3 / count,
                    indexBytes / 1048576.0, double(indexBytes) / count, statusMiB("VmRSS"));
        upsert.start();
        blob = index.serialise();
        std::printf(
            "[%s] serialise %.0f ms wall, %.0f ms CPU (includes the first collation sort), blob %.1f MiB\n",
            code, upsert.wallNs() / 1e6, upsert.cpuNs() / 1e6, blob.size() / 1048576.0);
    }
    fe::releaseFreeMemory();

    // What an unlock does: read the blob back into an index.
    Stopwatch watch;
    watch.start();
    auto loaded = SearchIndex::deserialise(blob);
    const double loadMs = watch.wallNs() / 1e6, loadCpuMs = watch.cpuNs() / 1e6;
    if (!loaded.ok()) {
        std::printf("[%s] loading the blob failed: %s\n", code, qPrintable(loaded.error().code));
        return 1;
    }
    const SearchIndex& index = loaded.value();
    blob = QByteArray();
    fe::releaseFreeMemory();
    std::printf("[%s] load from blob (what an unlock does) %.0f ms wall, %.0f ms CPU; RSS after loading %.1f "
                "MiB (%.1f "
                "MiB at start)\n",
                code, loadMs, loadCpuMs, statusMiB("VmRSS"), rssStart);

    std::vector<qint64> searchNs, searchCpuNs;
    qint64 hits = 0;
    for (int i = 0; i < kQueries; ++i) {
        const QString query =
            nameQuery(sample[qsizetype(random.bounded(quint32(sample.size())))], country, i, random);
        watch.start();
        const SearchResult r = index.searchNames(query, 50);
        searchNs.push_back(watch.wallNs());
        searchCpuNs.push_back(watch.cpuNs());
        hits += r.totalMatches;
    }
    const Percentiles s = percentiles(searchNs);
    const Percentiles sc = percentiles(searchCpuNs);
    std::printf(
        "[%s] name search, %d prefix queries (%s), mean matches %.0f:\n"
        "     wall p50 %.2f ms, p99 %.2f ms, max %.2f ms; CPU p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        code, kQueries, country == Country::Lao ? "half Lao script, half Latin" : "Latin",
        double(hits) / kQueries, s.p50, s.p99, s.max, sc.p50, sc.p99, sc.max);

    DemoDataGenerator fresh(CountryProfile::of(country), reference, schemes, 4242, today);
    const DuplicateDetector detector(index);
    std::vector<qint64> checkNs, checkCpuNs;
    int variants = 0, variantsFound = 0, freshFlagged = 0;
    for (int i = 0; i < kChecks; ++i) {
        const bool variant = i % 2 == 0;
        const Member registration =
            variant ? variantOf(sample[qsizetype(random.bounded(quint32(sample.size())))], country, random)
                    : [&] {
                          Member m = fresh.generateMember();
                          m.id = QUuid::createUuid();
                          return m;
                      }();
        watch.start();
        const QList<DuplicateCandidate> found = detector.check(registration);
        checkNs.push_back(watch.wallNs());
        checkCpuNs.push_back(watch.cpuNs());
        if (variant) {
            ++variants;
            variantsFound += found.isEmpty() ? 0 : 1;
        } else {
            freshFlagged += found.isEmpty() ? 0 : 1;
        }
    }
    const Percentiles d = percentiles(checkNs);
    const Percentiles dc = percentiles(checkCpuNs);
    std::printf(
        "[%s] duplicate check, %d registrations (variants of existing members flagged %d/%d, new "
        "generated members flagged %d/%d):\n"
        "     wall p50 %.2f ms, p99 %.2f ms, max %.2f ms; CPU p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        code, kChecks, variantsFound, variants, freshFlagged, kChecks - variants, d.p50, d.p99, d.max, dc.p50,
        dc.p99, dc.max);
    std::printf("[%s] peak RSS (VmHWM) %.1f MiB, including the generator and the sample\n", code,
                statusMiB("VmHWM"));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int count = args.value(0, QStringLiteral("250000")).toInt();
    const QString which = args.value(1, QStringLiteral("both")).toUpper();
    if (count <= 0 ||
        (which != QLatin1String("LA") && which != QLatin1String("KE") && which != QLatin1String("BOTH"))) {
        std::fprintf(stderr, "usage: bench_search [members] [LA|KE|both]\n");
        return 2;
    }
    std::fflush(stdout);
    int failures = 0;
    for (const Country country : {Country::Lao, Country::Kenya}) {
        if (which != QLatin1String("BOTH") && which != CountryProfile::of(country).code)
            continue;
        const pid_t child = fork();
        if (child == 0) {
            const int rc = runCountry(country, count);
            std::fflush(stdout);
            _exit(rc);
        }
        int status = 0;
        waitpid(child, &status, 0);
        failures += WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
