#include "io/MemberRowPipeline.h"

#include "io/ImportKeys.h"
#include "io/RecordSource.h"
#include "io/RowParser.h"
#include "store/Database.h"
#include "validation/Normalise.h"

namespace fe {
namespace {

// Fills a row in place: a prepared row is large (a member and its sealed payload), and moving it
// into the chunk was a twentieth of this thread's time.
void prepare(PreparedMemberRow& row, SourceRecord& record, const RowParser& parser, const Store& store,
             const QString& operatorId)
{
    row.line = record.line;
    if (record.error) {
        row.readError = record.error;
        return;
    }
    ParsedMember p = record.structured ? parser.member(record.object) : parser.member(record.values);
    row.externalRef = normaliseName(p.member.externalRef);
    row.sourceId = p.sourceId;
    row.importKeys = memberImportKeys(row.externalRef, p.sourceId, record);
    // Keyed hashes in an encrypted store: made here, not by the writer.
    try {
        for (const QString& key : row.importKeys)
            row.storedImportKeys.append(store.storedImportKey(key));
    } catch (const sql::Failure&) { // the store is locked: the writer reports it
        row.storedImportKeys.clear();
    }
    row.errors = std::move(p.errors);
    row.notes = std::move(p.notes);
    if (row.errors.isEmpty())
        row.registration.emplace(store.prepareRegistration(std::move(p.member), operatorId));
}

} // namespace

MemberRowPipeline::MemberRowPipeline(RecordSource& source, const Store& store, QString operatorId)
    : m_source(source), m_store(store), m_operatorId(std::move(operatorId)),
      m_reader(&MemberRowPipeline::readAhead, this)
{}

MemberRowPipeline::~MemberRowPipeline()
{
    {
        // Under the lock: set between the reader's test and its wait, the stop would be missed.
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

void MemberRowPipeline::readAhead()
{
    const RowParser parser(m_store.country());
    bool more = true;
    while (more && !m_stop) {
        Chunk chunk;
        chunk.reserve(kChunkRows);
        SourceRecord record;
        while (chunk.size() < kChunkRows && (more = m_source.next(record)))
            prepare(chunk.emplace_back(), record, parser, m_store, m_operatorId);
        std::vector<Chunk> done;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_ready.size() < kChunksAhead || m_stop; });
            if (!chunk.empty())
                m_ready.push_back(std::move(chunk));
            done.swap(m_done);
            m_changed.notify_all();
        }
        done.clear(); // outside the lock
    }
    const std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void MemberRowPipeline::recycle(Chunk&& rows)
{
    Chunk taken = std::move(rows);
    rows = {};
    const std::lock_guard lock(m_mutex);
    m_done.push_back(std::move(taken));
}

bool MemberRowPipeline::nextChunk(Chunk& out)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return false;
    out = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return true;
}

} // namespace fe
