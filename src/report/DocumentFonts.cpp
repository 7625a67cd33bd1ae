#include "DocumentFonts.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QRawFont>

#include <unordered_set>

namespace sl {

namespace {

// Code points in [first, last] as one string (all in the Basic Multilingual Plane).
QString range(char16_t first, char16_t last)
{
    QString out;
    out.reserve(last - first + 1);
    for (char32_t c = first; c <= last; ++c)
        out.append(QChar(char16_t(c)));
    return out;
}

std::unordered_set<quint32> glyphsOf(const QRawFont& font, const QString& text)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    std::unordered_set<quint32> out;
    for (quint32 g : glyphs) {
        if (g != 0)
            out.insert(g);
    }
    return out;
}

bool computeClean(const QString& family)
{
    if (!QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return false;
    QFont font(family);
    font.setPixelSize(32);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return false;
    const std::unordered_set<quint32> radicals =
        glyphsOf(raw, range(0x2E80, 0x2EFF) + range(0x2F00, 0x2FDF));
    if (radicals.empty())
        return true;
    for (quint32 g : raw.glyphIndexesForString(range(0x4E00, 0x9FFF))) {
        if (g != 0 && radicals.count(g) > 0)
            return false;
    }
    return true;
}

} // namespace

bool DocumentFonts::extractsCleanly(const QString& family)
{
    static QMutex mutex;
    static QHash<QString, bool> cache;
    QMutexLocker lock(&mutex);
    const QString key = family.toLower();
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const bool clean = computeClean(family);
    cache.insert(key, clean);
    return clean;
}

QString DocumentFonts::family(FontChain::Role role)
{
    const QStringList installed = QFontDatabase::families();
    QString firstInstalled;
    for (const QString& f : FontChain::candidates(role)) {
        if (!installed.contains(f, Qt::CaseInsensitive))
            continue;
        if (extractsCleanly(f))
            return f;
        if (firstInstalled.isEmpty())
            firstInstalled = f;
    }
    if (role != FontChain::Role::Body) {
        const QString body = family(FontChain::Role::Body);
        if (!body.isEmpty() && extractsCleanly(body))
            return body;
    }
    return firstInstalled;
}

QFont DocumentFonts::font(FontChain::Role role, double pointSize)
{
    QStringList families{family(role)};
    for (FontChain::Role other :
         {FontChain::Role::Body, FontChain::Role::Kai, FontChain::Role::Heading}) {
        const QString f = family(other);
        if (!f.isEmpty() && !families.contains(f) && extractsCleanly(f))
            families << f;
    }
    families.removeAll(QString());
    QFont font;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace sl
