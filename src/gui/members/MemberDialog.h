#pragma once

#include "gui/common/FormErrors.h"

#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/Organisation.h"

#include <QDialog>

#include <memory>
#include <vector>

class QLineEdit;
class QPushButton;

namespace sl {

namespace Ui {
class MemberDialog;
}

class DateField;
class RosterService;

// Adds or edits a member. Validates as you type through RosterService::checkMember and shows
// each problem next to its field ("入党日期：…"); Save stays disabled until the member is valid;
// Esc cancels and asks before dropping changes.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    // `orgs` in tree order with their depth (for the organisation chooser). A member with id 0
    // is new.
    struct OrgChoice
    {
        qint64 id;
        QString name;
        int depth;
    };
    MemberDialog(RosterService& roster, std::vector<OrgChoice> orgs, const Member& member,
                 QWidget* parent = nullptr);
    ~MemberDialog() override;

    // The member as the fields now describe it (dates that do not parse are empty).
    Member member() const;
    // The id of the saved member after Save, else 0.
    qint64 savedId() const { return m_savedId; }
    bool isModified() const;
    bool canSave() const;

    // The message shown next to a field (keys as in FORMATS.md: id, name, join_date …).
    QString errorText(const QString& field) const;
    // The message below the fields (problems of no field, and the fields still needed).
    QString generalText() const;
    QWidget* fieldWidget(const QString& field) const;
    DateField* birthDateField() const;
    DateField* joinDateField() const;
    QLineEdit* nameEdit() const;
    QLineEdit* extIdEdit() const;
    QPushButton* saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

private:
    void setUpFields(const std::vector<OrgChoice>& orgs);
    void load(const Member& member);
    void connectChanges();
    void touch(const QString& key);
    void validate();
    std::vector<Error> problems() const;
    // Marks the labels of the required fields with "*".
    void markRequired();
    // The labels of the fields whose problems are not shown yet (not touched).
    QStringList missingFields(const std::vector<Error>& problems) const;

    std::unique_ptr<Ui::MemberDialog> m_ui;
    RosterService& m_roster;
    Member m_original;
    qint64 m_savedId = 0;
    FormErrors m_errors;
    std::vector<std::pair<QString, QWidget*>> m_fieldWidgets;
    QPushButton* m_save = nullptr;
    QStringList m_required;
};

} // namespace sl
