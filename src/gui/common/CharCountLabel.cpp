#include "gui/common/CharCountLabel.h"

#include "domain/CharCount.h"

#include <QPlainTextEdit>

namespace sl {

CharCountLabel::CharCountLabel(QPlainTextEdit* editor, Format format, QWidget* parent)
    : CharCountLabel(parent)
{
    setObjectName(QStringLiteral("charCountLabel"));
    setEditor(editor, std::move(format));
}

CharCountLabel::CharCountLabel(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setToolTip(tr("Characters as the targets count them: white space is not counted"));
}

void CharCountLabel::setEditor(QPlainTextEdit* editor, Format format)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    m_format = std::move(format);
    m_count = -1;
    connect(editor, &QPlainTextEdit::textChanged, this, &CharCountLabel::update);
    update();
}

void CharCountLabel::update()
{
    const int n = countCharacters(m_editor->toPlainText());
    if (n == m_count)
        return;
    m_count = n;
    setText(m_format(n));
}

} // namespace sl
