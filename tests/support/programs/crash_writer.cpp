// crash_writer <store> <LA|KE> <seed>
// crash_writer --serve
//
// The victim of the crash test (tests/core/test_crash_safety.cpp): opens the store (creating it if
// there is none) and saves records in an endless loop — registrations, corrections, payments with
// mobile-money codes, voids and now and then a batch. After each save has returned ok, which
// means after its commit is durable, it writes "ACK <entity> <uuid> <version>" to stdout with one
// write(2), unbuffered. The test kills it with SIGKILL at a random moment and checks that every
// acknowledged record survived whole. It never exits by itself unless something is wrong; then it
// prints the error code (never personal data) to stderr and exits with status 2 or 3. With
// --serve it forks such a writer for each request on stdin (see serve()).
#include "common/Uuid.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include <sys/wait.h>
#include <unistd.h>

using namespace fe;

namespace {

const QString kOperator = QStringLiteral("crash-writer");

void writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            std::_Exit(4);
        done += n;
    }
}

void acknowledge(const QString& entity, const QUuid& id, int version)
{
    writeAll(STDOUT_FILENO, "ACK " + entity.toLatin1() + ' ' + uuidText(id).toLatin1() + ' ' +
                                QByteArray::number(version) + '\n');
}

[[noreturn]] void fail(const char* step, const Error& error)
{
    writeAll(STDERR_FILENO, QByteArray("crash_writer: ") + step + " failed: " + error.code.toLatin1() + '\n');
    std::_Exit(qstrcmp(step, "open") == 0 ? 3 : 2);
}

// Valid, varied records of the store's country. Document numbers and mobile-money codes come from
// ordinals that continue the store's own counts, so no run repeats an earlier run's.
class Generator
{
public:
    Generator(const Store& store, quint32 seed)
        : m_store(store), m_random(seed), m_today(QDateTime::currentDateTimeUtc().date()), // as validation
          m_addressUnits(store.reference().level(store.country().country == Country::Lao ? 2 : 3)), // lowest
          m_memberOrdinal(0), m_paymentOrdinal(0)
    {}

    void continueFrom(qint64 members, qint64 payments)
    {
        m_memberOrdinal = members;
        m_paymentOrdinal = payments;
    }

    int percent() { return static_cast<int>(m_random.bounded(100)); }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size()))));
    }

    Member member()
    {
        const bool lao = m_store.country().country == Country::Lao;
        const qint64 ordinal = ++m_memberOrdinal;
        Member m;
        m.sex = percent() < 50 ? Sex::Female : Sex::Male;
        const int age = 20 + static_cast<int>(m_random.bounded(35));
        m.birth = {QDate(m_today.year() - age, 1 + static_cast<int>(m_random.bounded(12)),
                         1 + static_cast<int>(m_random.bounded(28))),
                   false};
        if (percent() < 20)
            m.birth = {QDate(m_today.year() - age, 7, 1), true}; // only the year is known
        m.occupation = static_cast<Occupation>(m_random.bounded(8));
        m.consent.method = percent() < 50 ? ConsentMethod::Signature : ConsentMethod::Thumbprint;
        m.consent.givenAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const AdminUnit& unit = pick(m_addressUnits);
        if (lao) {
            static const QList<std::pair<QString, QString>> given{
                {QStringLiteral("ສົມພອນ"), QStringLiteral("Somphone")},
                {QStringLiteral("ບຸນມີ"), QStringLiteral("Bounmy")},
                {QStringLiteral("ຄໍາຫຼ້າ"), QStringLiteral("Khamla")},
                {QStringLiteral("ນ້ອຍ"), QStringLiteral("Noy")},
                {QStringLiteral("ແສງເດືອນ"), QStringLiteral("Sengdeuane")}};
            static const QList<std::pair<QString, QString>> family{
                {QStringLiteral("ວົງສາ"), QStringLiteral("Vongsa")},
                {QStringLiteral("ພົມມະຈັນ"), QStringLiteral("Phommachanh")},
                {QStringLiteral("ສີສຸວັນ"), QStringLiteral("Sisouvanh")},
                {QString(), QString()}}; // many rural Lao have no surname
            std::tie(m.name.given, m.name.givenLatin) = pick(given);
            std::tie(m.name.family, m.name.familyLatin) = pick(family);
            if (percent() < 15) // a Buddhist-era year, as written on many documents
                m.birth.date = m.birth.date.addYears(543);
            m.document = {DocumentType::LaNationalIdCard,
                          QStringLiteral("01-%1").arg(ordinal, 7, 10, QLatin1Char('0')), unit.parentCode,
                          unit.code};
            m.phone = QStringLiteral("020 %1").arg(m_random.bounded(100'000'000), 8, 10, QLatin1Char('0'));
            m.address = {unit.parentCode, unit.code, {}, QStringLiteral("ບ້ານ") + pick(given).first};
            m.monthlyIncome =
                Money{1'000'000 + 1000 * static_cast<qint64>(m_random.bounded(4000)), QStringLiteral("LAK")};
            m.schemes = {
                {QStringLiteral("LA-VOL"), m_today.addDays(-static_cast<int>(m_random.bounded(30)))}};
            m.consent.textVersion = QStringLiteral("LA-2026-01");
            m.consent.language = QStringLiteral("lo");
        } else {
            static const QStringList given{QStringLiteral("Wanjiru"), QStringLiteral("Otieno"),
                                           QStringLiteral("Akinyi"),  QStringLiteral("Kiprop"),
                                           QStringLiteral("Mwende"),  QStringLiteral("Hassan")};
            static const QStringList family{QStringLiteral("Kamau"),  QStringLiteral("Odhiambo"),
                                            QStringLiteral("Mutua"),  QStringLiteral("Chebet"),
                                            QStringLiteral("Wafula"), QStringLiteral("Abdi")};
            m.name.given = pick(given);
            m.name.family = pick(family);
            if (percent() < 50)
                m.document = {DocumentType::KeNationalId, QString::number(10'000'000 + ordinal), {}, {}};
            else
                m.document = {
                    DocumentType::KeMaishaNamba, QString::number(20'000'000'000'000 + ordinal), {}, {}};
            m.phone = QStringLiteral("07%1").arg(m_random.bounded(100'000'000), 8, 10, QLatin1Char('0'));
            const AdminUnit* constituency = m_store.reference().find(2, unit.parentCode);
            m.address = {constituency ? constituency->parentCode : QString(), unit.parentCode, unit.code, {}};
            m.monthlyIncome =
                Money{100 * (5'000 + static_cast<qint64>(m_random.bounded(40'000))), QStringLiteral("KES")};
            m.schemes = {
                {QStringLiteral("KE-NSSF-HH"), m_today.addDays(-static_cast<int>(m_random.bounded(30)))}};
            m.consent.textVersion = QStringLiteral("KE-2026-01");
            m.consent.language = QStringLiteral("sw");
        }
        if (percent() < 30) {
            HouseholdMember child;
            child.name.given = m.name.given;
            child.relationship = Relationship::Child;
            child.birth = {m_today.addYears(-1 - static_cast<int>(m_random.bounded(15))), false};
            m.household.append(child);
        }
        return m;
    }

    Contribution payment(const Member& m)
    {
        Contribution c;
        c.memberId = m.id;
        c.schemeCode = m.schemes.first().schemeCode;
        c.periodStart = QDate(m_today.year(), m_today.month(), 1);
        c.periodEnd = c.periodStart.addMonths(1).addDays(-1);
        if (m_store.country().country == Country::Lao) {
            c.amount = Money{(m.monthlyIncome->minor * 900 + 5000) / 10000, QStringLiteral("LAK")};
        } else {
            c.amount =
                Money{100 * (100 + static_cast<qint64>(m_random.bounded(2000))), QStringLiteral("KES")};
        }
        const qint64 ordinal = ++m_paymentOrdinal;
        if (percent() < 70) {
            c.method = PaymentMethod::MobileMoney;
            c.transactionCode = QStringLiteral("QF%1").arg(ordinal, 8, 10, QLatin1Char('0'));
        }
        return c;
    }

    QString phone()
    {
        return m_store.country().country == Country::Lao
                   ? QStringLiteral("020 %1").arg(m_random.bounded(100'000'000), 8, 10, QLatin1Char('0'))
                   : QStringLiteral("07%1").arg(m_random.bounded(100'000'000), 8, 10, QLatin1Char('0'));
    }

private:
    const Store& m_store;
    QRandomGenerator m_random;
    QDate m_today;
    QList<AdminUnit> m_addressUnits;
    qint64 m_memberOrdinal;
    qint64 m_paymentOrdinal;
};

// Opens (or creates) the store and saves records until killed.
[[noreturn]] void writeForever(const QString& path, Country country, quint32 seed)
{
    auto opened = QFileInfo::exists(path)
                      ? Store::open(path)
                      : Store::create(path, {country, QStringLiteral("Crash test device")});
    if (!opened.ok())
        fail("open", opened.error());
    Store& store = *opened.value();
    const StoreStatus status = store.status();
    Generator generate(store, seed);
    generate.continueFrom(status.members, status.contributions + status.voidedContributions);

    // Records to correct or void: this run's, and a few of earlier runs' from the outbox.
    QList<QUuid> members;
    QList<QUuid> payments;
    for (const OutboxEntry& e : store.pendingOutbox(200))
        (e.entity == QLatin1String("member") ? members : payments).append(e.entityId);

    const auto registerOne = [&](bool acknowledgeNow) -> std::optional<Saved> {
        const SaveResult r = store.registerMember(generate.member(), kOperator);
        if (!r.ok())
            fail("registerMember", r.error);
        if (acknowledgeNow)
            acknowledge(QStringLiteral("member"), r.saved->id, r.saved->version);
        members.append(r.saved->id);
        return r.saved;
    };
    const auto payOne = [&](const QUuid& memberId, bool acknowledgeNow) -> std::optional<Saved> {
        const SaveResult r = store.recordContribution(generate.payment(*store.member(memberId)), kOperator);
        if (!r.ok())
            fail("recordContribution", r.error);
        if (acknowledgeNow)
            acknowledge(QStringLiteral("contribution"), r.saved->id, r.saved->version);
        payments.append(r.saved->id);
        return r.saved;
    };

    for (;;) {
        const int dice = generate.percent();
        if (members.isEmpty() || dice < 40) {
            (void)registerOne(true);
        } else if (dice < 55) {
            Member m = *store.member(generate.pick(members));
            m.phone = generate.phone();
            const SaveResult r = store.correctMember(m, QStringLiteral("Phone number changed"), kOperator);
            if (!r.ok())
                fail("correctMember", r.error);
            acknowledge(QStringLiteral("member"), r.saved->id, r.saved->version);
        } else if (dice < 85) {
            (void)payOne(generate.pick(members), true);
        } else if (dice < 95) {
            if (payments.isEmpty())
                continue;
            const SaveResult r =
                store.voidContribution(generate.pick(payments), QStringLiteral("Entered twice"), kOperator);
            if (!r.ok() && r.error.code != QLatin1String("contribution.already_void"))
                fail("voidContribution", r.error);
            if (r.ok())
                acknowledge(QStringLiteral("contribution"), r.saved->id, r.saved->version);
        } else {
            // A batch, as the importer writes one: acknowledged only once the whole of it committed.
            QList<std::pair<QString, Saved>> saved;
            const Status batch = store.inBatch([&] {
                for (int i = 0; i < 5; ++i) {
                    const auto m = registerOne(false);
                    saved.append({QStringLiteral("member"), *m});
                    saved.append({QStringLiteral("contribution"), *payOne(m->id, false)});
                }
            });
            if (!batch.ok())
                fail("inBatch", batch.error());
            for (const auto& [entity, s] : saved)
                acknowledge(entity, s.id, s.version);
        }
    }
}

// The fork server: starting a fresh process with the sanitizers and Qt loaded costs more than
// the run it is killed in, so the test starts this once and has it fork a writer per run.
// stdin: "RUN <LA|KE> <seed> <store path>" lines. stdout, besides the writers' ACK lines:
// "STARTED <pid>" after each fork and "ENDED <pid> signal <n>" or "ENDED <pid> exit <n>" once that
// writer is gone (after all its ACK lines, which it wrote before it died). Ends at end of input.
int serve()
{
    QByteArray input;
    for (;;) {
        const qsizetype newline = input.indexOf('\n');
        if (newline < 0) {
            char buffer[4096];
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return 0;
            input.append(buffer, n);
            continue;
        }
        const QByteArray line = input.left(newline);
        input.remove(0, newline + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4 || parts[0] != "RUN") {
            writeAll(STDERR_FILENO, "crash_writer: expected RUN <LA|KE> <seed> <store>\n");
            return 64;
        }
        const Country country = parts[1] == "KE" ? Country::Kenya : Country::Lao;
        const auto seed = static_cast<quint32>(parts[2].toULong());
        const QString path =
            QString::fromLocal8Bit(line.mid(parts[0].size() + parts[1].size() + parts[2].size() + 3));
        const pid_t pid = ::fork();
        if (pid < 0)
            return 71;
        if (pid == 0) {
            ::close(STDIN_FILENO);
            writeForever(path, country, seed);
        }
        writeAll(STDOUT_FILENO, "STARTED " + QByteArray::number(pid) + '\n');
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        writeAll(STDOUT_FILENO,
                 "ENDED " + QByteArray::number(pid) +
                     (WIFSIGNALED(status) ? " signal " + QByteArray::number(WTERMSIG(status))
                                          : " exit " + QByteArray::number(WEXITSTATUS(status))) +
                     '\n');
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--serve") == 0)
        return serve();
    if (argc != 4) {
        writeAll(STDERR_FILENO, "usage: crash_writer <store> <LA|KE> <seed>\n       crash_writer --serve\n");
        return 64;
    }
    writeForever(QString::fromLocal8Bit(argv[1]), qstrcmp(argv[2], "KE") == 0 ? Country::Kenya : Country::Lao,
                 static_cast<quint32>(QByteArray(argv[3]).toULong()));
}
