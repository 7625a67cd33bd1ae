#pragma once

#include <QMarginsF>
#include <QSizeF>

namespace sl {

// The page of an official document (GB/T 9704-2012, BULLETIN.md): A4, a 156 × 225 mm text
// block, 22 lines of 28 characters in 3号 (16 pt). Lengths in millimetres unless named.
struct OfficialPage
{
    static constexpr double widthMm = 210.0;
    static constexpr double heightMm = 297.0;
    static constexpr double topMm = 37.0;  // 天头
    static constexpr double leftMm = 28.0; // 订口
    static constexpr double bottomMm = 35.0;
    static constexpr double rightMm = 26.0;
    static constexpr int linesPerPage = 22;
    static constexpr int charsPerLine = 28;
    static constexpr double bodyPointSize = 16.0;       // 3号
    static constexpr double titlePointSize = 22.0;      // 2号
    static constexpr double pageNumberPointSize = 14.0; // 4号

    static QSizeF textBlockMm()
    {
        return {widthMm - leftMm - rightMm, heightMm - topMm - bottomMm};
    }
    static QMarginsF marginsMm() { return {leftMm, topMm, rightMm, bottomMm}; }

    // The advance of one character so that 28 fill a line, in points.
    static double characterPitchPt() { return textBlockMm().width() / charsPerLine * pointsPerMm; }
    // The line pitch so that 22 lines fill the block, in points.
    static double linePitchPt() { return textBlockMm().height() / linesPerPage * pointsPerMm; }

    static constexpr double pointsPerMm = 72.0 / 25.4;
};

} // namespace sl
