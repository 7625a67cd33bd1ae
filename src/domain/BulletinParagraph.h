#pragma once

#include <QString>

#include <vector>

namespace sl {

// One paragraph of the bulletin's text as the document prints it: a level-1 heading `一、`
// (黑体), a level-2 heading `（一）` (楷体) or a body paragraph indented two characters.
struct BulletinParagraph
{
    enum class Kind
    {
        Heading1,
        Heading2,
        Body
    };
    Kind kind = Kind::Body;
    QString text;

    static BulletinParagraph heading1(const QString& text) { return {Kind::Heading1, text}; }
    static BulletinParagraph heading2(const QString& text) { return {Kind::Heading2, text}; }
    static BulletinParagraph body(const QString& text) { return {Kind::Body, text}; }
    bool operator==(const BulletinParagraph&) const = default;
};

using BulletinParagraphs = std::vector<BulletinParagraph>;

} // namespace sl
