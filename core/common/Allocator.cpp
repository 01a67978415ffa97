#include "common/Allocator.h"

#include <dlfcn.h>
#include <malloc.h>

namespace fe {

// Looked up, not linked: core does not depend on the allocator the program chose.

const char* allocatorName()
{
    void* const tcmalloc = dlsym(RTLD_DEFAULT, "tc_malloc");
    if (tcmalloc && tcmalloc == dlsym(RTLD_DEFAULT, "malloc"))
        return "tcmalloc";
    if (dlsym(RTLD_DEFAULT, "__asan_init"))
        return "AddressSanitizer";
    return "glibc malloc";
}

void releaseFreeMemory()
{
    using Release = void (*)();
    if (const auto release =
            reinterpret_cast<Release>(dlsym(RTLD_DEFAULT, "MallocExtension_ReleaseFreeMemory"))) {
        release();
        return;
    }
    malloc_trim(0);
}

} // namespace fe
