#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// Runs poppler-utils (pdftotext, pdffonts, pdfinfo) on a PDF, as a reader's tools see it.
namespace pdftext {

// The tool's standard output, or a null string when the tool is missing or fails.
inline QString run(const QString& tool, const QStringList& args)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// pdftotext of the whole file, UTF-8.
inline QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

// The text without white space, so that words wrapped across lines compare whole.
inline QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Characters of the Kangxi radicals and CJK radical supplement blocks (U+2E80–U+2FDF), which a
// badly mapped font puts in place of ideographs.
inline QString radicals(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            out += c;
    }
    return out;
}

} // namespace pdftext
