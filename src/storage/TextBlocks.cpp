#include "TextBlocks.h"

#include <algorithm>

namespace sl {

namespace {

// UTF-16 units of the largest block (64 KiB: under malloc's threshold for a mapping of its own).
// Blocks grow to it from a small first one (TextBlocks::m_nextUnits), so that a few texts keep
// only a small block alive.
constexpr qsizetype LargestBlockUnits = 32 * 1024;
// Longer texts get their own string.
constexpr qsizetype LongText = 1024;

} // namespace

QString TextBlocks::decode(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > LongText)
        return QString::fromUtf8(utf8);
    // UTF-8 never takes fewer bytes than UTF-16 units; the text ends with a zero, as a QString's
    // data does.
    const qsizetype room = utf8.size() + 1;
    if (!m_block.d_ptr() || m_used + room > m_block.constAllocatedCapacity()) {
        m_nextUnits = std::max(m_nextUnits, room);
        m_block = QStringPrivate(QTypedArrayData<char16_t>::allocate(m_nextUnits));
        m_nextUnits = std::min(m_nextUnits * 2, LargestBlockUnits);
        m_used = 0;
    }
    char16_t* begin = m_block.data() + m_used;
    auto* end = reinterpret_cast<char16_t*>(
        m_decoder.appendToBuffer(reinterpret_cast<QChar*>(begin), utf8));
    *end = u'\0';
    const qsizetype length = end - begin;
    m_used += length + 1;
    m_block.d_ptr()->ref();
    return QString(QStringPrivate(m_block.d_ptr(), begin, length));
}

} // namespace sl
