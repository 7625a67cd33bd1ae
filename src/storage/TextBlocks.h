#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace sl {

// Short texts decoded into shared blocks of memory (of 256 UTF-16 units first, each next one
// twice as large, up to 64 KiB). Each QString points into a block and keeps
// it alive through the block's reference count, as an implicitly shared copy does; changing one
// detaches it, as usual. A district's 200,000 member numbers and names are then a few dozen
// allocations instead of 200,000, each of which would fault in fresh memory page by page and
// be freed one by one. Internal to src/storage.
class TextBlocks
{
public:
    TextBlocks() = default;
    TextBlocks(const TextBlocks&) = delete;
    TextBlocks& operator=(const TextBlocks&) = delete;

    // The UTF-8 bytes as QString::fromUtf8 decodes them (a null view gives a null string).
    QString decode(QByteArrayView utf8);

private:
    QStringPrivate m_block; // holds one reference to the current block
    qsizetype m_used = 0;
    qsizetype m_nextUnits = 256; // the size of the next block
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

} // namespace sl
