#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace fe {

// Initialises libsodium once per process; false only if the system offers no secure randomness.
// Every class in core/security calls it; nothing else needs to.
bool sodiumReady();

// Key material and passwords: kept in sodium_malloc'd memory (guard pages, mlock'd so it is not
// swapped to disk, excluded from core dumps where the OS allows), and wiped with sodium_memzero
// when wiped explicitly, moved from or destroyed. Move-only, so a key is never copied by
// accident; clone() makes a deliberate copy in secure memory.
class SecureBytes
{
public:
    SecureBytes() = default;
    // Zero-filled. Throws std::bad_alloc if secure memory cannot be allocated.
    explicit SecureBytes(std::size_t size);
    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    SecureBytes clone() const;
    // Zeroes and releases the memory; the object is empty afterwards.
    void wipe();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Constant-time comparison (sizes are not secret).
    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace fe
