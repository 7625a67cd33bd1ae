#include "gui/members/MemberDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"

#include "services/RosterService.h"

#include "ui_MemberDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace sl {

namespace {

// Indents the organisations of the chooser's list by their depth in the tree.
class OrgDepthDelegate : public QStyledItemDelegate
{
public:
    static constexpr int depthRole = Qt::UserRole + 1;
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.prepend(QString(index.data(depthRole).toInt(), QChar(0x3000)));
    }
};

} // namespace

MemberDialog::MemberDialog(RosterService& roster, std::vector<OrgChoice> orgs, const Member& member,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MemberDialog>()), m_roster(roster),
      m_original(member)
{
    m_ui->setupUi(this);
    setWindowTitle(member.id == 0 ? tr("New member") : tr("Edit member — %1").arg(member.name));
    setUpFields(orgs);
    Member shown = member;
    const bool suggest = member.id == 0 && member.extId.isEmpty();
    if (suggest) { // the next number, to take or change
        if (auto next = m_roster.suggestMemberExtId())
            shown.extId = *next;
    }
    load(shown);
    if (suggest)
        m_ui->extIdLineEdit->selectAll(); // typing replaces the suggestion
    m_original = this->member(); // as the fields hold it, so that an untouched form is unmodified
    m_original.id = member.id;
    // An existing member shows every problem at once; a new one only those of touched fields.
    m_errors.setShowAll(member.id != 0);
    connectChanges();
    validate();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setUpFields(const std::vector<OrgChoice>& orgs)
{
    Ui::MemberDialog& ui = *m_ui;
    enumcombo::fill<Gender>(ui.genderComboBox, QString());
    enumcombo::fill<MemberCategory>(ui.categoryComboBox, QString());
    ui.orgComboBox->addItem(tr("(choose an organisation)"), qint64(0));
    for (const OrgChoice& o : orgs)
        ui.orgComboBox->addItem(o.name, o.id);
    for (int i = 0; i < static_cast<int>(orgs.size()); ++i)
        ui.orgComboBox->setItemData(i + 1, orgs[static_cast<size_t>(i)].depth,
                                    OrgDepthDelegate::depthRole);
    ui.orgComboBox->setItemDelegate(new OrgDepthDelegate(ui.orgComboBox));
    enumcombo::fill<CadreLevel>(ui.cadreComboBox);

    m_errors.setForm(ui.formLayout);
    auto add = [this](const char* key, QLabel* label, QWidget* widget, QWidget* marked,
                      QLabel* message) {
        const QString k = QString::fromLatin1(key);
        m_errors.add(k, label->text(), marked, message);
        m_fieldWidgets.emplace_back(k, widget);
    };
    add("id", ui.extIdLabel, ui.extIdLineEdit, ui.extIdLineEdit, ui.extIdErrorLabel);
    add("name", ui.nameLabel, ui.nameLineEdit, ui.nameLineEdit, ui.nameErrorLabel);
    add("gender", ui.genderLabel, ui.genderComboBox, ui.genderComboBox, ui.genderErrorLabel);
    add("birth_date", ui.birthDateLabel, ui.birthDateField, ui.birthDateField->lineEdit(),
        ui.birthDateErrorLabel);
    add("join_date", ui.joinDateLabel, ui.joinDateField, ui.joinDateField->lineEdit(),
        ui.joinDateErrorLabel);
    add("category", ui.categoryLabel, ui.categoryComboBox, ui.categoryComboBox,
        ui.categoryErrorLabel);
    add("org_id", ui.orgLabel, ui.orgComboBox, ui.orgComboBox, ui.orgErrorLabel);
    add("position", ui.positionLabel, ui.positionLineEdit, ui.positionLineEdit,
        ui.positionErrorLabel);
    add("cadre_level", ui.cadreLabel, ui.cadreComboBox, ui.cadreComboBox, ui.cadreErrorLabel);
    add("phone", ui.phoneLabel, ui.phoneLineEdit, ui.phoneLineEdit, ui.phoneErrorLabel);
    FormErrors::setErrorStyle(ui.generalErrorLabel);
    ui.generalErrorLabel->setVisible(false);
    markRequired();

    m_save = ui.buttonBox->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::save);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &MemberDialog::reject);
}

void MemberDialog::markRequired()
{
    // Required: what an empty member lacks. Their labels get a "*", and the note says so.
    for (const Error& e : m_roster.checkMember(Member{})) {
        if (m_required.contains(e.field))
            continue;
        m_required << e.field;
        for (QLabel* label : findChildren<QLabel*>()) {
            if (label->buddy() == fieldWidget(e.field) && label->buddy())
                label->setText(label->text() + QStringLiteral(" *"));
        }
    }
    m_ui->requiredNoteLabel->setVisible(!m_required.isEmpty());
}

QStringList MemberDialog::missingFields(const std::vector<Error>& problems) const
{
    QStringList out;
    for (const Error& e : problems) {
        const QString label = m_errors.label(e.field);
        if (!label.isEmpty() && m_errors.text(e.field).isEmpty() && !out.contains(label))
            out << label;
    }
    return out;
}

void MemberDialog::load(const Member& m)
{
    Ui::MemberDialog& ui = *m_ui;
    ui.extIdLineEdit->setText(m.extId);
    ui.nameLineEdit->setText(m.name);
    enumcombo::select(ui.genderComboBox, m.gender);
    ui.birthDateField->setDate(m.birthDate);
    ui.joinDateField->setDate(m.joinDate);
    enumcombo::select(ui.categoryComboBox, m.category);
    ui.orgComboBox->setCurrentIndex(std::max(ui.orgComboBox->findData(m.orgId), 0));
    ui.positionLineEdit->setText(m.position);
    enumcombo::select(ui.cadreComboBox, std::optional<CadreLevel>(m.cadreLevel));
    ui.phoneLineEdit->setText(m.phone);
}

void MemberDialog::connectChanges()
{
    auto onLine = [this](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::textChanged, this, [this, key] { touch(key); });
    };
    auto onCombo = [this](QComboBox* combo, const QString& key) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { touch(key); });
    };
    const Ui::MemberDialog& ui = *m_ui;
    onLine(ui.extIdLineEdit, QStringLiteral("id"));
    onLine(ui.nameLineEdit, QStringLiteral("name"));
    onCombo(ui.genderComboBox, QStringLiteral("gender"));
    connect(ui.birthDateField, &DateField::edited, this,
            [this] { touch(QStringLiteral("birth_date")); });
    connect(ui.joinDateField, &DateField::edited, this,
            [this] { touch(QStringLiteral("join_date")); });
    onCombo(ui.categoryComboBox, QStringLiteral("category"));
    onCombo(ui.orgComboBox, QStringLiteral("org_id"));
    onLine(ui.positionLineEdit, QStringLiteral("position"));
    onCombo(ui.cadreComboBox, QStringLiteral("cadre_level"));
    onLine(ui.phoneLineEdit, QStringLiteral("phone"));
}

DateField* MemberDialog::birthDateField() const
{
    return m_ui->birthDateField;
}

DateField* MemberDialog::joinDateField() const
{
    return m_ui->joinDateField;
}

QLineEdit* MemberDialog::nameEdit() const
{
    return m_ui->nameLineEdit;
}

QLineEdit* MemberDialog::extIdEdit() const
{
    return m_ui->extIdLineEdit;
}

Member MemberDialog::member() const
{
    Member m;
    m.id = m_original.id;
    const Ui::MemberDialog& ui = *m_ui;
    m.extId = ui.extIdLineEdit->text().trimmed();
    m.name = ui.nameLineEdit->text().trimmed();
    m.gender = enumcombo::value<Gender>(ui.genderComboBox);
    m.birthDate = ui.birthDateField->date().value_or(Date());
    m.joinDate = ui.joinDateField->date().value_or(Date());
    m.category = enumcombo::value<MemberCategory>(ui.categoryComboBox);
    m.orgId = ui.orgComboBox->currentData().toLongLong();
    m.position = ui.positionLineEdit->text().trimmed();
    m.cadreLevel = enumcombo::value<CadreLevel>(ui.cadreComboBox).value_or(CadreLevel::NotCadre);
    m.phone = ui.phoneLineEdit->text().trimmed();
    return m;
}

bool MemberDialog::isModified() const
{
    return member() != m_original || !m_ui->birthDateField->date() || !m_ui->joinDateField->date();
}

bool MemberDialog::canSave() const
{
    return m_save->isEnabled();
}

void MemberDialog::touch(const QString& key)
{
    m_errors.touch(key);
    validate();
}

std::vector<Error> MemberDialog::problems() const
{
    std::vector<Error> out;
    const bool badBirth = !m_ui->birthDateField->date();
    const bool badJoin = !m_ui->joinDateField->date();
    if (badBirth)
        out.push_back(
            Error::invalid(QStringLiteral("birth_date"), m_ui->birthDateField->problem()));
    if (badJoin)
        out.push_back(Error::invalid(QStringLiteral("join_date"), m_ui->joinDateField->problem()));
    for (Error& e : m_roster.checkMember(member())) {
        // A date that does not parse is checked as empty: its own message is enough.
        if ((badBirth || badJoin) &&
            (e.field == QLatin1String("birth_date") || e.field == QLatin1String("join_date")))
            continue;
        out.push_back(std::move(e));
    }
    return out;
}

void MemberDialog::validate()
{
    const std::vector<Error> found = problems();
    QStringList general = m_errors.show(found);
    // Fields not touched yet keep quiet, but 保存 stays disabled: say which are still needed.
    if (const QStringList missing = missingFields(found); !missing.isEmpty())
        general << tr("Still needed before saving: %1").arg(missing.join(tr(", ")));
    m_ui->generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_ui->generalErrorLabel->setVisible(!general.isEmpty());
    m_save->setEnabled(found.empty() && isModified());
}

QString MemberDialog::generalText() const
{
    return m_ui->generalErrorLabel->text();
}

QString MemberDialog::errorText(const QString& key) const
{
    return m_errors.text(key);
}

QWidget* MemberDialog::fieldWidget(const QString& key) const
{
    for (const auto& [k, widget] : m_fieldWidgets) {
        if (k == key)
            return widget;
    }
    return nullptr;
}

void MemberDialog::save()
{
    validate();
    if (!canSave())
        return;
    auto saved = m_roster.saveMember(member());
    if (!saved) {
        m_errors.setShowAll(true);
        validate();
        MessageBoxes::warning(this, tr("Cannot save the member"), m_errors.describe(saved.error()));
        return;
    }
    m_savedId = *saved;
    m_original = member();
    m_original.id = m_savedId;
    QDialog::accept();
}

void MemberDialog::reject()
{
    if (isModified() && MessageBoxes::question(this, tr("Unsaved changes"),
                                               tr("Discard the changes to this member?"),
                                               QMessageBox::Discard | QMessageBox::Cancel,
                                               QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace sl
