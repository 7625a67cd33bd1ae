#include "gui/common/FormErrors.h"

#include "gui/common/Mnemonic.h"

#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace sl {

namespace {

const QColor errorText(0xb0, 0x24, 0x18);
const QColor invalidBase(0xfd, 0xec, 0xea);

} // namespace

void FormErrors::add(const QString& key, const QString& label, QWidget* marked, QLabel* message)
{
    if (message)
        setErrorStyle(message);
    // A label's mnemonic ("&Name", "姓名(&N)") and colon are not part of the field's name.
    static const QRegularExpression colon(QStringLiteral("[:：]\\s*$"));
    QString name = ui::withoutMnemonic(label);
    name.remove(colon);
    m_fields.push_back({key, name.trimmed(), marked, message, false, {}});
}

void FormErrors::touch(const QString& key)
{
    for (Field& f : m_fields) {
        if (f.key == key)
            f.touched = true;
    }
}

void FormErrors::untouchAll()
{
    for (Field& f : m_fields)
        f.touched = false;
    m_showAll = false;
}

QStringList FormErrors::show(const std::vector<Error>& problems)
{
    QStringList out;
    for (Field& f : m_fields) {
        QStringList messages;
        for (const Error& e : problems) {
            if (e.field == f.key)
                messages << e.message;
        }
        const bool shown = !messages.isEmpty() && (f.touched || m_showAll);
        f.shown = shown ? tr("%1: %2").arg(f.label, messages.join(tr("; "))) : QString();
        if (f.message) {
            f.message->setText(f.shown);
            if (m_form)
                m_form->setRowVisible(f.message, shown);
            else
                f.message->setVisible(shown);
        } else if (shown) {
            out << f.shown;
        }
        if (f.marked)
            setMarked(f.marked, shown);
    }
    for (const Error& e : problems) {
        if (!find(e.field))
            out << e.text();
    }
    return out;
}

QString FormErrors::describe(const Error& error) const
{
    const Field* f = find(error.field);
    return f ? tr("%1: %2").arg(f->label, error.message) : error.text();
}

QString FormErrors::text(const QString& key) const
{
    const Field* f = find(key);
    return f ? f->shown : QString();
}

QString FormErrors::label(const QString& key) const
{
    const Field* f = find(key);
    return f ? f->label : QString();
}

const FormErrors::Field* FormErrors::find(const QString& key) const
{
    for (const Field& f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

void FormErrors::setMarked(QWidget* widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    QPalette pal = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    if (invalid)
        pal.setColor(QPalette::Base, invalidBase);
    widget->setPalette(pal);
}

void FormErrors::setErrorStyle(QLabel* label)
{
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorText);
    label->setPalette(pal);
}

} // namespace sl
