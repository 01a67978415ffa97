#include "security/SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace fe {

bool sodiumReady()
{
    // sodium_init is thread-safe and returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    if (!sodiumReady())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size); // sodium_malloc fills with a marker byte, not zeroes
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size > 0)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView source)
{
    SecureBytes bytes(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        std::memcpy(bytes.m_data, source.data(), bytes.m_size);
    return bytes;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes copy(m_size);
    if (m_size > 0)
        std::memcpy(copy.m_data, m_data, m_size);
    return copy;
}

void SecureBytes::wipe()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, m_size);
    sodium_free(m_data); // also zeroes, unlocks and checks the guard canary
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace fe
