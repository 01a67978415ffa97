#include "common/Sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace fe {

QByteArray sha256(const QByteArray& data)
{
    // Fetched once: EVP_sha256() looks the algorithm up in OpenSSL's provider store, under a
    // lock, on every call.
    static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    if (!algorithm ||
        EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(digest.data()), &length, algorithm, nullptr) != 1 ||
        length != SHA256_DIGEST_LENGTH)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return digest;
}

} // namespace fe
