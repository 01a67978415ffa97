#pragma once

namespace fe::sql {

// The name of an SQLite VFS that passes every call to the default one, except that the frames
// SQLite appends to a write-ahead log are gathered in memory and written with one system call
// when the log is synced, read, truncated or closed, when a commit's last frame has been written,
// or when the next write does not follow the last. SQLite writes a frame as two system calls
// (its 24-byte header, then the page), and on a virtual machine each costs several microseconds:
// a 100-record push at the central office wrote ~600 of them per commit.
//
// What reaches the file, and in what order, is unchanged; only when it is handed to the kernel
// moves, and never past the point where SQLite makes the frames visible to another connection
// (the commit frame), durable (the sync), or lets another connection write the log (any lock or
// unlock on the database file, shared-memory locks included: a transaction that spilled frames
// and rolled back must not have them written after another connection's commit at the same
// offsets). A write error is reported by the call that flushes, which SQLite treats as it treats a
// failed write: the transaction rolls back. A log whose database file was not opened through this
// VFS is written unbuffered.
//
// Registered on first use (thread-safe); never made the default VFS.
const char* walWriteBufferVfs();

} // namespace fe::sql
