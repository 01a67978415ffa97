#pragma once

#include "central/Central.h"

#include <QIODevice>
#include <QJsonObject>

namespace fe::central {

// Read-only operations for administrators: exports for the agency's other systems and statistics.
class Admin
{
    Q_DECLARE_TR_FUNCTIONS(Admin)
public:
    explicit Admin(Central& central) : m_central(central) {}

    enum class What { Members, Contributions };
    enum class Format { Csv, JsonLines };

    // Streams every record (optionally of one country / district) in id order, in pages, so memory
    // stays flat however large the database. CSV uses the import format's columns (docs/
    // IMPORT_FORMAT.md) after the central office's own: member_number, device_id, version.
    // Returns the number of records written.
    Result<qint64> exportRecords(What what, Format format, QIODevice& out, const QString& country,
                                 const QString& district);

    QJsonObject stats();

private:
    Central& m_central;
};

} // namespace fe::central
