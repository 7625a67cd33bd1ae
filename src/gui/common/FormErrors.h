#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace sl {

// The messages of a form that validates as you type: each field (named by the service's
// field key) has a label, a widget that is tinted while invalid and optionally a label of its
// own for its message. A field's problems show once it was touched (or every field's, after
// showAll), so that an empty new form does not shout at the user.
class FormErrors
{
    Q_DECLARE_TR_FUNCTIONS(sl::FormErrors)

public:
    void add(const QString& key, const QString& label, QWidget* marked, QLabel* message = nullptr);
    void touch(const QString& key);
    // As new: no field touched.
    void untouchAll();
    void setShowAll(bool all) { m_showAll = all; }

    // The form that holds the fields' message labels, so that the row of a message hides
    // with it.
    void setForm(QFormLayout* form) { m_form = form; }

    // Shows `problems`: each field's own label gets its messages and its widget the tint.
    // Returns the messages that have no label of their own ("学习内容：不能为空"): those of
    // fields added without one, and those of unknown fields.
    QStringList show(const std::vector<Error>& problems);

    // "label: message" for a known field, else the error's own text.
    QString describe(const Error& error) const;
    // The message shown for a field, empty when none.
    QString text(const QString& key) const;
    QString label(const QString& key) const;

    static void setMarked(QWidget* widget, bool invalid);
    static void setErrorStyle(QLabel* label);

private:
    struct Field
    {
        QString key;
        QString label;
        QWidget* marked;
        QLabel* message;
        bool touched = false;
        QString shown;
    };
    const Field* find(const QString& key) const;

    std::vector<Field> m_fields;
    bool m_showAll = false;
    QFormLayout* m_form = nullptr;
};

} // namespace sl
