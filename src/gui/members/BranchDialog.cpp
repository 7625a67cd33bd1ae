#include "gui/members/BranchDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace sl {

bool BranchDialog::canSave() const
{
    return m_save && m_save->isEnabled();
}

QString BranchDialog::errorText(const QString& field) const
{
    return m_errors.text(field);
}

void BranchDialog::setUpForm(QDialogButtonBox* buttons, QLabel* general)
{
    m_general = general;
    FormErrors::setErrorStyle(general);
    general->setVisible(false);
    m_errors.setShowAll(true);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BranchDialog::showProblems(std::vector<Error> problems)
{
    const QStringList general = m_errors.show(problems);
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    m_save->setEnabled(problems.empty());
}

void BranchDialog::fillChoices(QComboBox* combo, const Choices& choices, const QString& none,
                               qint64 current)
{
    combo->addItem(none, qint64(0));
    for (const auto& [id, name] : choices)
        combo->addItem(name, id);
    combo->setCurrentIndex(std::max(combo->findData(current), 0));
}

void BranchDialog::refuse(const Error& error)
{
    const QStringList general = m_errors.show({error});
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
}

} // namespace sl
