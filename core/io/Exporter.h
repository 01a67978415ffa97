#pragma once

#include "common/Result.h"
#include "io/RecordFormat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

class QIODevice;

namespace fe {

class Store;

// Writes the store's records in the import format (docs/IMPORT_FORMAT.md), so an export imported
// into a fresh store gives the same members, household members and contributions; and one
// person's complete record for a data-subject access request.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    explicit Exporter(Store& store) : m_store(store) {}

    // Returns the number of records (rows, lines) written.
    Result<qint64> exportRecords(RecordKind kind, DataFormat format, QIODevice& out);
    // Into a file that appears only once it is complete: a failed export leaves nothing behind.
    Result<qint64> exportToFile(RecordKind kind, DataFormat format, const QString& path);

    // The member, household, schemes, consent, contributions and every saved version of them
    // with the reason for each correction.
    Result<QJsonObject> subjectAccessRequest(const QUuid& memberId);
    Status writeSubjectAccessRequest(const QUuid& memberId, const QString& path);

private:
    Status writeAll(QIODevice& out, const QByteArray& bytes);

    Store& m_store;
};

} // namespace fe
