#include "gui/members/BranchForm.h"

#include "gui/members/OrgTreeModel.h"

#include <QDialog>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sl {

bool BranchForm::canSave() const
{
    return m_save && m_save->isEnabled();
}

QString BranchForm::errorText(const QString& field) const
{
    return m_errors.text(field);
}

void BranchForm::setUp(QDialog* dialog, QDialogButtonBox* buttons, QLabel* general)
{
    m_general = general;
    FormErrors::setErrorStyle(general);
    general->setVisible(false);
    m_errors.setShowAll(true);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog] {
        if (canSave())
            dialog->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

void BranchForm::connectEdits(const std::vector<QLineEdit*>& lines, QComboBox* combo,
                              QDialog* dialog, const std::function<void()>& validate)
{
    for (QLineEdit* line : lines)
        QObject::connect(line, &QLineEdit::textChanged, dialog, validate);
    QObject::connect(combo, &QComboBox::currentIndexChanged, dialog, validate);
}

void BranchForm::showProblems(std::vector<Error> problems)
{
    const QStringList general = m_errors.show(problems);
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    m_save->setEnabled(problems.empty());
}

void BranchForm::fillChoices(QComboBox* combo, const Choices& choices, const QString& none,
                             qint64 current)
{
    combo->addItem(none, qint64(0));
    for (const auto& [id, name] : choices)
        combo->addItem(name, id);
    combo->setCurrentIndex(std::max(combo->findData(current), 0));
}

BranchForm::Choices BranchForm::orgChoices(const OrgTreeModel& model, qint64 skipBelow)
{
    Choices choices;
    int skipDepth = -1;
    for (const auto& e : model.depthFirst()) {
        if (skipDepth >= 0 && e.depth > skipDepth)
            continue;
        skipDepth = -1;
        if (skipBelow != 0 && e.org->id == skipBelow) {
            skipDepth = e.depth;
            continue;
        }
        choices.emplace_back(e.org->id, QString(e.depth, QChar(0x3000)) + e.org->name);
    }
    return choices;
}

void BranchForm::refuse(const Error& error)
{
    const QStringList general = m_errors.show({error});
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
}

} // namespace sl
