#include "gui/members/MemberDialog.h"

#include "gui/common/DateField.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include "services/RosterService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace sl {

namespace {

// Fills a combo box with the labels of a domain enum; `withEmpty` adds a blank first item.
template <typename E> void fillEnumCombo(QComboBox* combo, bool withEmpty)
{
    if (withEmpty)
        combo->addItem(QString(), QString());
    for (const auto& e : EnumTraits<E>::entries)
        combo->addItem(ui::label(e.value), QString::fromUtf8(e.code));
}

template <typename E> void selectEnum(QComboBox* combo, std::optional<E> value)
{
    const int i = combo->findData(value ? enumCode(*value) : QString());
    combo->setCurrentIndex(std::max(i, 0));
}

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

template <typename E> std::optional<E> comboEnum(const QComboBox* combo)
{
    return enumFromCode<E>(combo->currentData().toString());
}

} // namespace

MemberDialog::MemberDialog(RosterService& roster, std::vector<OrgChoice> orgs, const Member& member,
                           QWidget* parent)
    : QDialog(parent), m_roster(roster), m_original(member)
{
    setWindowTitle(member.id == 0 ? tr("New member") : tr("Edit member — %1").arg(member.name));
    buildForm(orgs);
    load(member);
    m_original = this->member(); // as the fields hold it, so that an untouched form is unmodified
    m_original.id = member.id;
    // An existing member shows every problem at once; a new one only those of touched fields.
    m_showAll = member.id != 0;
    connectChanges();
    validate();
}

void MemberDialog::buildForm(const std::vector<OrgChoice>& orgs)
{
    m_extId = new QLineEdit(this);
    m_extId->setMaxLength(32);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(64);
    m_gender = new QComboBox(this);
    fillEnumCombo<Gender>(m_gender, true);
    m_birthDate = new DateField(this);
    m_joinDate = new DateField(this);
    m_category = new QComboBox(this);
    fillEnumCombo<MemberCategory>(m_category, true);
    m_org = new QComboBox(this);
    m_org->addItem(tr("(choose an organisation)"), qint64(0));
    for (const OrgChoice& o : orgs)
        m_org->addItem(o.name, o.id);
    for (int i = 0; i < static_cast<int>(orgs.size()); ++i)
        m_org->setItemData(i + 1, orgs[static_cast<size_t>(i)].depth, OrgDepthDelegate::depthRole);
    m_org->setItemDelegate(new OrgDepthDelegate(m_org));
    m_position = new QLineEdit(this);
    m_position->setMaxLength(64);
    m_cadre = new QComboBox(this);
    fillEnumCombo<CadreLevel>(m_cadre, false);
    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(20);

    auto* form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);

    addField(QStringLiteral("id"), tr("Number"), m_extId, m_extId);
    addField(QStringLiteral("name"), tr("Name"), m_name, m_name);
    addField(QStringLiteral("gender"), tr("Gender"), m_gender, m_gender);
    addField(QStringLiteral("birth_date"), tr("Birth date"), m_birthDate, m_birthDate->lineEdit());
    addField(QStringLiteral("join_date"), tr("Join date"), m_joinDate, m_joinDate->lineEdit());
    addField(QStringLiteral("category"), tr("Category"), m_category, m_category);
    addField(QStringLiteral("org_id"), tr("Organisation"), m_org, m_org);
    addField(QStringLiteral("position"), tr("Position"), m_position, m_position);
    addField(QStringLiteral("cadre_level"), tr("Cadre level"), m_cadre, m_cadre);
    addField(QStringLiteral("phone"), tr("Phone"), m_phone, m_phone);
    for (Field& f : m_fields) {
        form->addRow(f.label, f.widget);
        form->addRow(QString(), f.error);
        form->setRowVisible(f.error, false);
    }

    m_generalError = new QLabel(this);
    m_generalError->setWordWrap(true);
    m_generalError->setVisible(false);
    QPalette pal = m_generalError->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    m_generalError->setPalette(pal);
    layout->addWidget(m_generalError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    setMinimumWidth(460);
}

void MemberDialog::addField(const QString& key, const QString& label, QWidget* widget,
                            QWidget* marked)
{
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    error->setPalette(pal);
    error->setObjectName(key + QStringLiteral("ErrorLabel"));
    m_fields.push_back({key, label, widget, marked, error});
}

void MemberDialog::load(const Member& m)
{
    m_extId->setText(m.extId);
    m_name->setText(m.name);
    selectEnum(m_gender, m.gender);
    m_birthDate->setDate(m.birthDate);
    m_joinDate->setDate(m.joinDate);
    selectEnum(m_category, m.category);
    m_org->setCurrentIndex(std::max(m_org->findData(m.orgId), 0));
    m_position->setText(m.position);
    selectEnum(m_cadre, std::optional<CadreLevel>(m.cadreLevel));
    m_phone->setText(m.phone);
}

void MemberDialog::connectChanges()
{
    auto onLine = [this](QLineEdit* edit, const QString& key) {
        connect(edit, &QLineEdit::textChanged, this, [this, key] { touch(key); });
    };
    auto onCombo = [this](QComboBox* combo, const QString& key) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { touch(key); });
    };
    onLine(m_extId, QStringLiteral("id"));
    onLine(m_name, QStringLiteral("name"));
    onCombo(m_gender, QStringLiteral("gender"));
    connect(m_birthDate, &DateField::edited, this, [this] { touch(QStringLiteral("birth_date")); });
    connect(m_joinDate, &DateField::edited, this, [this] { touch(QStringLiteral("join_date")); });
    onCombo(m_category, QStringLiteral("category"));
    onCombo(m_org, QStringLiteral("org_id"));
    onLine(m_position, QStringLiteral("position"));
    onCombo(m_cadre, QStringLiteral("cadre_level"));
    onLine(m_phone, QStringLiteral("phone"));
}

Member MemberDialog::member() const
{
    Member m;
    m.id = m_original.id;
    m.extId = m_extId->text().trimmed();
    m.name = m_name->text().trimmed();
    m.gender = comboEnum<Gender>(m_gender);
    m.birthDate = m_birthDate->date().value_or(Date());
    m.joinDate = m_joinDate->date().value_or(Date());
    m.category = comboEnum<MemberCategory>(m_category);
    m.orgId = m_org->currentData().toLongLong();
    m.position = m_position->text().trimmed();
    m.cadreLevel = comboEnum<CadreLevel>(m_cadre).value_or(CadreLevel::NotCadre);
    m.phone = m_phone->text().trimmed();
    return m;
}

bool MemberDialog::isModified() const
{
    return member() != m_original || !m_birthDate->date() || !m_joinDate->date();
}

bool MemberDialog::canSave() const
{
    return m_save->isEnabled();
}

void MemberDialog::touch(const QString& key)
{
    if (Field* f = field(key))
        f->touched = true;
    validate();
}

std::vector<Error> MemberDialog::problems() const
{
    std::vector<Error> out;
    const bool badBirth = !m_birthDate->date();
    const bool badJoin = !m_joinDate->date();
    const QString notADate = tr("is not a date; type it like 2026-03-05");
    if (badBirth)
        out.push_back(Error::invalid(QStringLiteral("birth_date"), notADate));
    if (badJoin)
        out.push_back(Error::invalid(QStringLiteral("join_date"), notADate));
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
    showProblems(found);
    m_save->setEnabled(found.empty() && isModified());
}

void MemberDialog::showProblems(const std::vector<Error>& found)
{
    QStringList general;
    for (Field& f : m_fields) {
        QStringList messages;
        for (const Error& e : found) {
            if (e.field == f.key)
                messages << e.message;
        }
        const bool shown = !messages.isEmpty() && (f.touched || m_showAll);
        f.error->setText(shown ? tr("%1: %2").arg(f.label, messages.join(tr("; "))) : QString());
        m_form->setRowVisible(f.error, shown);
        setMarked(f.marked, shown);
    }
    for (const Error& e : found) {
        if (!field(e.field))
            general << e.text();
    }
    m_generalError->setText(general.join(QLatin1Char('\n')));
    m_generalError->setVisible(!general.isEmpty());
}

QString MemberDialog::errorText(const QString& key) const
{
    const Field* f = field(key);
    return f ? f->error->text() : QString();
}

QWidget* MemberDialog::fieldWidget(const QString& key) const
{
    const Field* f = field(key);
    return f ? f->widget : nullptr;
}

MemberDialog::Field* MemberDialog::field(const QString& key)
{
    for (Field& f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const MemberDialog::Field* MemberDialog::field(const QString& key) const
{
    return const_cast<MemberDialog*>(this)->field(key);
}

void MemberDialog::setMarked(QWidget* widget, bool invalid)
{
    if (widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    QPalette pal = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    if (invalid)
        pal.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
    widget->setPalette(pal);
}

void MemberDialog::save()
{
    validate();
    if (!canSave())
        return;
    auto saved = m_roster.saveMember(member());
    if (!saved) {
        m_showAll = true;
        validate();
        const Error& e = saved.error();
        const Field* f = field(e.field);
        const QString text = f ? tr("%1: %2").arg(f->label, e.message) : e.text();
        MessageBoxes::warning(this, tr("Cannot save the member"), text);
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
