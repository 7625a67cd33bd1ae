#include "gui/common/CharCountLabel.h"

#include "domain/CharCount.h"

#include <QPlainTextEdit>

namespace sl {

CharCountLabel::CharCountLabel(QPlainTextEdit* editor, Format format, QWidget* parent)
    : QLabel(parent), m_editor(editor), m_format(std::move(format))
{
    setObjectName(QStringLiteral("charCountLabel"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setToolTip(tr("Characters as the targets count them: white space is not counted"));
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
