#pragma once

#include <QLabel>

#include <functional>

class QPlainTextEdit;

namespace sl {

// A live character count of a text editor as METRICS.md counts characters (code points that
// are not white space: `一　二` counts 2, an emoji 1), shown through `format` ("笔记 123 字").
class CharCountLabel : public QLabel
{
    Q_OBJECT

public:
    using Format = std::function<QString(int count)>;
    CharCountLabel(QPlainTextEdit* editor, Format format, QWidget* parent = nullptr);
    // A label that counts nothing until setEditor (as a form creates it).
    explicit CharCountLabel(QWidget* parent = nullptr);

    // Counts the text of `editor`, shown through `format`.
    void setEditor(QPlainTextEdit* editor, Format format);

    int count() const { return m_count; }

private:
    void update();

    QPlainTextEdit* m_editor = nullptr;
    Format m_format;
    int m_count = -1;
};

} // namespace sl
