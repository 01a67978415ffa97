#pragma once

namespace fe {

// Which malloc this process runs on, found at run time (the build may link tcmalloc, and the
// sanitizers replace malloc with their own): printed by the benchmarks next to their figures.
const char* allocatorName();

// Gives memory the process has freed back to the system, after a pass that freed far more than it
// keeps (unlocking, the member list): malloc_trim with glibc, ReleaseFreeMemory with tcmalloc.
void releaseFreeMemory();

} // namespace fe
