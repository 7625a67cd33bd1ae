#pragma once

#include "gui/common/FormErrors.h"

#include "gui/common/EnumCombo.h"

#include "domain/Error.h"

#include <QLabel>

#include <functional>

#include <utility>
#include <vector>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sl {

class OrgTreeModel;

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
    // What OrganisationDialog and StudyGroupDialog share, after setupUi: the number, the name,
    // the kind (`kind` chosen) and the organisation chosen in `org` (the parent, or the group's
    // organisation: errors of `orgField`), each with its label and error label of the form
    // `ui`; the buttons; `validate` called as they are typed.
    template <class Ui, class Kind>
    void setUpNamed(QDialog* dialog, Ui& ui, Kind kind, QComboBox* org, QLabel* orgLabel,
                    QLabel* orgError, const QString& orgField,
                    const std::function<void()>& validate)
    {
        enumcombo::fill<Kind>(ui.kindComboBox);
        enumcombo::select(ui.kindComboBox, std::optional(kind));
        m_errors.setForm(ui.formLayout);
        m_errors.add(QStringLiteral("id"), ui.extIdLabel->text(), ui.extIdLineEdit,
                     ui.extIdErrorLabel);
        m_errors.add(QStringLiteral("name"), ui.nameLabel->text(), ui.nameLineEdit,
                     ui.nameErrorLabel);
        m_errors.add(QStringLiteral("kind"), ui.kindLabel->text(), ui.kindComboBox,
                     ui.kindErrorLabel);
        m_errors.add(orgField, orgLabel->text(), org, orgError);
        setUp(dialog, ui.buttonBox, ui.generalErrorLabel);
        connectEdits({ui.extIdLineEdit, ui.nameLineEdit}, org, dialog, validate);
    }
    // Fills a chooser with `none` (id 0) and `choices`, `current` chosen.
    static void fillChoices(QComboBox* combo, const Choices& choices, const QString& none,
                            qint64 current);
    // The organisations in tree order, indented by depth; without `skipBelow` and those under
    // it (an organisation is never moved under itself).
    static Choices orgChoices(const OrgTreeModel& model, qint64 skipBelow = 0);

private:
    static void connectEdits(const std::vector<QLineEdit*>& lines, QComboBox* combo,
                             QDialog* dialog, const std::function<void()>& validate);

    FormErrors m_errors;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
