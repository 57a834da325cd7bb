#pragma once

// Compact encodings of what modelarts-local stores: zlib (raw deflate) primed with a preset
// dictionary of the text such values usually hold, and varints for small binary records.
//
// A packed value starts with one byte naming its dictionary (0xD1..0xD3). That byte can start
// neither JSON text nor a qCompress'ed value below 3.5 GB (a 4-byte big-endian length), the
// two formats earlier versions stored, so readers tell all three apart. A dictionary is never
// changed once released: a new one gets a new byte and the old one stays for reading.

#include <optional>
#include <QByteArray>
#include <QByteArrayView>

namespace ma::server::storecodec
{
enum class Dictionary : unsigned char
{
    TrainingJob = 0xD1, // JSON documents (the keys and values of a training job)
    Events = 0xD2, // sealed lifecycle events
    Log = 0xD3, // training log text
};

/** @p data deflated with @p dictionary, behind the byte that names it. */
QByteArray pack(Dictionary dictionary, QByteArrayView data);
/** True when @p bytes starts with the byte of a known dictionary. */
bool isPacked(QByteArrayView bytes);
/** The data of a packed value; nullopt when it is not one or is damaged. */
std::optional<QByteArray> unpack(QByteArrayView bytes);

/** Appends an unsigned LEB128 varint. */
void putVarint(QByteArray &out, quint64 value);
/** Appends a signed varint (zigzag). */
void putSignedVarint(QByteArray &out, qint64 value);
/** Appends a varint length and the bytes. */
void putBytes(QByteArray &out, QByteArrayView bytes);

/** @brief Reads what the put* functions wrote; any read past the end sets failed(). */
class Reader final
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    quint64 varint();
    qint64 signedVarint();
    QByteArrayView bytes();
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    bool failed() const { return m_failed; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_failed = false;
};
} // namespace ma::server::storecodec
