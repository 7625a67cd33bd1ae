#pragma once

#include "domain/Error.h"
#include "domain/Member.h"
#include "domain/Organisation.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sl {

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

    // The member as the fields now describe it (dates that do not parse are empty).
    Member member() const;
    // The id of the saved member after Save, else 0.
    qint64 savedId() const { return m_savedId; }
    bool isModified() const;
    bool canSave() const;

    // The message shown next to a field (keys as in FORMATS.md: id, name, join_date …).
    QString errorText(const QString& field) const;
    QWidget* fieldWidget(const QString& field) const;
    DateField* birthDateField() const { return m_birthDate; }
    DateField* joinDateField() const { return m_joinDate; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* extIdEdit() const { return m_extId; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void save();
    void reject() override;

private:
    struct Field
    {
        QString key;
        QString label;
        QWidget* widget;
        QWidget* marked; // the widget tinted when invalid
        QLabel* error;
        bool touched = false;
    };

    void buildForm(const std::vector<OrgChoice>& orgs);
    void addField(const QString& key, const QString& label, QWidget* widget, QWidget* marked);
    void load(const Member& member);
    void connectChanges();
    void touch(const QString& key);
    void validate();
    std::vector<Error> problems() const;
    void showProblems(const std::vector<Error>& problems);
    Field* field(const QString& key);
    const Field* field(const QString& key) const;
    static void setMarked(QWidget* widget, bool invalid);

    RosterService& m_roster;
    Member m_original;
    qint64 m_savedId = 0;
    bool m_showAll = false;
    std::vector<Field> m_fields;
    QLineEdit* m_extId = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_gender = nullptr;
    DateField* m_birthDate = nullptr;
    DateField* m_joinDate = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_org = nullptr;
    QLineEdit* m_position = nullptr;
    QComboBox* m_cadre = nullptr;
    QLineEdit* m_phone = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_generalError = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace sl
