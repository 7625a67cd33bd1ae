#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Error.h"

#include <utility>
#include <vector>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace sl {

// What the forms that set up a branch share in 组织与党员 (OrganisationDialog,
// StudyGroupDialog, MembershipDialog). Each checks its record as it is typed with the domain's
// rules, shows each problem beside its field ("编号：不能为空"), keeps Save disabled until the
// record is valid, and shows a refusal of the ledger (a number taken, a parent below the
// organisation …) beside its field when the caller hands it back (refuse): the form opens
// again with what was typed.
class BranchForm
{
public:
    // (id, name) of a choice, names of organisations indented by their depth.
    using Choices = std::vector<std::pair<qint64, QString>>;

    bool canSave() const;
    QString errorText(const QString& field) const;
    // Shows the ledger's refusal of the record as saved, beside its field.
    void refuse(const Error& error);

    // After setupUi: the general label and the buttons (Save accepts `dialog` when it may).
    void setUp(QDialog* dialog, QDialogButtonBox* buttons, QLabel* general);
    FormErrors& errors() { return m_errors; }
    // Shows `problems` and enables Save when there are none.
    void showProblems(std::vector<Error> problems);
    // Fills a chooser with `none` (id 0) and `choices`, `current` chosen.
    static void fillChoices(QComboBox* combo, const Choices& choices, const QString& none,
                            qint64 current);

private:
    FormErrors m_errors;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
