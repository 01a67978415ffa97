#pragma once

#include "common/Result.h"
#include "domain/Country.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace fe {

// Called with pages copied so far and the total; returning false cancels the operation.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// Copies of a store file for safekeeping, and putting one back. Both work on files: the caller
// keeps the store open while backing up (the copy is one consistent snapshot, taken through its
// own read transaction) and closes it before restoring.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Writes a consistent, self-contained copy of the store at `storePath` into `targetFolder`
    // and returns its path. Nothing is left behind when it fails or is cancelled.
    static Result<QString> create(const QString& storePath, const QString& targetFolder,
                                  const BackupProgress& progress = {});

    // Replaces the (closed) store at `storePath` by the backup `backupFile`, after checking that
    // the backup opens as a store of `country` and passes the store's integrity check. The
    // replaced store is kept next to it; its path is returned. The chosen file is never changed,
    // and on any failure the store at `storePath` is left as it was.
    static Result<QString> restore(const QString& backupFile, const QString& storePath, Country country);
};

} // namespace fe
