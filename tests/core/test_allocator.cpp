// fe::allocatorName and fe::releaseFreeMemory: the programs run on the allocator the build chose
// (tcmalloc unless configured off; the sanitizers' own in the sanitizer build), and memory freed
// after a large pass goes back to the system on either malloc.
#include "common/Allocator.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace fe;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// Resident memory of this process in KiB (/proc/self/status, VmRSS).
long long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

TEST_CASE("The programs run on the allocator the build chose")
{
    const std::string name = allocatorName();
    if (kSanitized)
        CHECK(name == "AddressSanitizer");
#if defined(FIELDENROL_TCMALLOC)
    else
        CHECK(name == "tcmalloc"); // linked, and its malloc is the one every call reaches
#else
    else
        CHECK(name == "glibc malloc");
#endif
}

TEST_CASE("Memory freed after a large pass goes back to the system")
{
    if (kSanitized) {
        // AddressSanitizer keeps freed memory in its quarantine on purpose: nothing to give back.
        CHECK(std::string(allocatorName()) == "AddressSanitizer");
        return;
    }
    // Blocks each allocator keeps for reuse once freed: below glibc's mmap threshold (128 KiB),
    // above tcmalloc's largest size class (256 KiB), so both hold on to them until told.
    const std::size_t blockBytes = std::string(allocatorName()) == "tcmalloc" ? 1024 * 1024 : 64 * 1024;
    constexpr std::size_t kTotalBytes = 96u * 1024 * 1024;
    std::vector<void*> blocks;
    for (std::size_t done = 0; done < kTotalBytes; done += blockBytes) {
        void* block = std::malloc(blockBytes);
        REQUIRE(block != nullptr);
        std::memset(block, 0x5a, blockBytes); // resident, not only reserved
        blocks.push_back(block);
    }
    void* fence = std::malloc(64); // keeps glibc from trimming the heap's top on its own
    const long long withBlocks = residentKiB();
    for (void* block : blocks)
        std::free(block);
    releaseFreeMemory();
    const long long released = residentKiB();
    std::free(fence);
    REQUIRE(withBlocks > 0);
    REQUIRE(released > 0);
    // glibc gives back about a third on its own as the blocks merge; released, all of it goes.
    CHECK(withBlocks - released >= static_cast<long long>(kTotalBytes * 3 / 4 / 1024));
}
