#pragma once

#include <QByteArray>

namespace fe {

// SHA-256 through OpenSSL, which uses the CPU's SHA extensions (or AVX2): the same digest as
// QCryptographicHash or libsodium at a fraction of the cost. Payloads, audit entries, import keys
// and, at the central office, every record received are hashed with it.
QByteArray sha256(const QByteArray& data);

} // namespace fe
