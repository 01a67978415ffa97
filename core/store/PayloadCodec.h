#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace fe {

// Turns a record's personal payload (compact JSON) into the bytes kept in the store and back.
// The associated data binds a payload to its table and record id, so one record's payload cannot
// be swapped into another. The plain codec keeps JSON as it is; the sealing codec encrypts.
class PayloadCodec
{
public:
    virtual ~PayloadCodec() = default;
    virtual QByteArray seal(const QByteArray& plain, const QByteArray& associatedData) const = 0;
    virtual std::optional<QByteArray> open(const QByteArray& sealed,
                                           const QByteArray& associatedData) const = 0;
    // Opens a large payload within its own bytes (no second copy): on success `sealed` holds the
    // plain bytes; on failure its content is unspecified. The default opens into a new array.
    virtual bool openInPlace(QByteArray& sealed, const QByteArray& associatedData) const
    {
        auto plain = open(sealed, associatedData);
        if (!plain)
            return false;
        sealed = std::move(*plain);
        return true;
    }
    // Key for an exact look-up of a normalised value (document number, phone, ...).
    virtual QString lookupKey(const QString& kind, const QString& normalisedValue) const = 0;
};

class PlainPayloadCodec final : public PayloadCodec
{
public:
    QByteArray seal(const QByteArray& plain, const QByteArray&) const override { return plain; }
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray&) const override
    {
        return sealed;
    }
    QString lookupKey(const QString&, const QString& normalisedValue) const override
    {
        return normalisedValue;
    }
};

} // namespace fe
