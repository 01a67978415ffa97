#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace fe {

class RecordSource;

// One row of a members file, read and made ready to be written.
struct PreparedMemberRow
{
    int line = 0;
    std::optional<Error> readError; // the row could not be read at all
    QString externalRef;            // normalised
    QUuid sourceId;
    QStringList importKeys;       // how the row is known to import_keys (Importer)
    QStringList storedImportKeys; // the same as stored (Store::storedImportKey); empty if not made
    QList<Error> errors;          // the row's form (RowParser)
    QStringList notes;
    std::optional<PreparedRegistration> registration; // when the row's form is good
};

// Reads the rows of a members file and prepares each (parse, validate, payload written, hashed and
// sealed: Store::prepareRegistration) on a second thread, a few hundred rows ahead of the store's
// thread, which only checks uniqueness and writes. That is half of an import's work taken off the
// writing thread. Rows come out in file order. The destructor stops the reader and waits for it.
class MemberRowPipeline
{
public:
    MemberRowPipeline(RecordSource& source, const Store& store, QString operatorId);
    ~MemberRowPipeline();
    MemberRowPipeline(const MemberRowPipeline&) = delete;
    MemberRowPipeline& operator=(const MemberRowPipeline&) = delete;

    using Chunk = std::vector<PreparedMemberRow>;
    // The next rows in file order, a few dozen at a time; false at the end of the file.
    bool nextChunk(Chunk& out);
    // Rows done with, freed by the reader: memory goes back to the thread that allocated it, where
    // freeing is cheap, and the writer does not spend its time on it.
    void recycle(Chunk&& rows);

private:
    // Handing over a chunk wakes the other thread: with 64 rows a chunk that was 1.5 % of the writer.
    static constexpr std::size_t kChunkRows = 256;
    static constexpr std::size_t kChunksAhead = 4;

    void readAhead();

    RecordSource& m_source;
    const Store& m_store;
    const QString m_operatorId;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready; // guarded by m_mutex
    std::vector<Chunk> m_done; // guarded: to be freed by the reader
    bool m_finished = false;   // guarded: the reader has handed out its last chunk
    std::atomic<bool> m_stop{false};

    std::thread m_reader; // last: started once everything above exists
};

} // namespace fe
