#pragma once

namespace fe::cli {

// Exit codes of the sync commands, beyond the shared ones in Cli.h (0 ok, 1 usage, 2 store, 3
// rejected, 4 i/o, 130 interrupted). Scripts rely on them: never renumber.
inline constexpr int SyncAttention =
    3; // synced, but records are quarantined or held back: see "quarantine list"
inline constexpr int SyncLinkGaveUp =
    6; // the central office could not be reached often enough: try again later
inline constexpr int SyncRefused =
    7; // not enrolled, credential refused, certificate not trusted, request refused

} // namespace fe::cli
