#include "common/Allocator.h"

#include <dlfcn.h>
#include <malloc.h>

#if defined(FIELDENROL_TCMALLOC)
#include <gperftools/malloc_extension_c.h>
#endif

namespace fe {

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
#if defined(FIELDENROL_TCMALLOC)
    MallocExtension_ReleaseFreeMemory();
#else
    malloc_trim(0);
#endif
}

} // namespace fe
