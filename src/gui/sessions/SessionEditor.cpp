#include "gui/sessions/SessionEditor.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UndoActions.h"
#include "gui/selfstudy/MinutesCombo.h"
#include "gui/sessions/EditSessionCommand.h"
#include "gui/sessions/MaterialsPanel.h"
#include "gui/sessions/SessionDraft.h"

#include "services/ExpertService.h"
#include "services/Ledger.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

const QString memberTag = QStringLiteral("m:");
const QString expertTag = QStringLiteral("e:");

} // namespace

SessionEditor::SessionEditor(Ledger& ledger, RosterService& roster, const StudySession& session,
                             QWidget* parent)
    : QDialog(parent), m_ledger(ledger), m_roster(roster),
      m_service(std::make_unique<SessionService>(ledger)),
      m_plans(std::make_unique<PlanService>(ledger)),
      m_experts(std::make_unique<ExpertService>(ledger)), m_original(session), m_current(session),
      m_undo(new QUndoStack(this)), m_draft(new SessionDraft(session, this)),
      m_undoContext(std::make_shared<LedgerCommand::Context>())
{
    setObjectName(QStringLiteral("sessionEditor"));
    setWindowTitle(session.id == 0 ? tr("New Session") : tr("Edit Session"));
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildLeft(), 1);
    columns->addSpacing(16);
    columns->addWidget(buildRight(), 1);

    m_minutesText = new QPlainTextEdit(this);
    m_minutesText->setObjectName(QStringLiteral("minutesPlainTextEdit"));
    m_minutesText->setPlaceholderText(
        tr("Minutes (纪要): what was studied, discussed and decided"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sessionErrorLabel"));
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x24, 0x18));
    m_error->setPalette(pal);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("sessionSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionEditor::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(new QLabel(tr("&Minutes (纪要):"), this));
    qobject_cast<QLabel*>(layout->itemAt(1)->widget())->setBuddy(m_minutesText);
    layout->addWidget(m_minutesText, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // A dialog of its own: its own stack and actions (the main window's Edit menu is out of
    // reach while it is open).
    undoactions::create(m_undo, this);

    fillPeople();
    applySession(session);
    connect(m_draft, &SessionDraft::changed, this, &SessionEditor::applySession);
    connect(m_date, &DateField::edited, this, [this] {
        fillPlanItems();
        edited(QStringLiteral("date"));
    });
    connect(m_start, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("start")); });
    connect(m_minutes, &MinutesCombo::edited, this, [this] { edited(QStringLiteral("minutes")); });
    connect(m_form, &QComboBox::activated, this, [this] { edited(QStringLiteral("form")); });
    connect(m_topic, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("topic")); });
    connect(m_trigger, &QComboBox::activated, this, [this] { edited(QStringLiteral("trigger")); });
    connect(m_status, &QComboBox::activated, this, [this] { edited(QStringLiteral("status")); });
    connect(m_planItem, &QComboBox::activated, this, [this] {
        // The item fills topic, form and trigger (one undoable edit).
        auto plan = m_plans->plan(m_current.groupId, m_planYear);
        const qint64 itemId = m_planItem->currentData().toLongLong();
        if (plan && plan->has_value()) {
            for (const PlanItem& item : (*plan)->items) {
                if (item.id != itemId)
                    continue;
                const bool blocked = m_applying;
                m_applying = true;
                m_topic->setText(item.topic);
                enumcombo::select(m_form, std::optional(item.form));
                enumcombo::select(m_trigger, item.trigger);
                m_applying = blocked;
            }
        }
        edited(QStringLiteral("plan_item"));
    });
    connect(m_speaker, &QComboBox::currentTextChanged, this,
            [this] { edited(QStringLiteral("speaker")); });
    for (QLineEdit* e : {m_host, m_recorder, m_location}) {
        const QString key = e->objectName().section(QStringLiteral("LineEdit"), 0, 0);
        connect(e, &QLineEdit::textEdited, this, [this, key] { edited(key); });
    }
    connect(m_minutesText, &QPlainTextEdit::textChanged, this,
            [this] { edited(QStringLiteral("minutes_text")); });
    resize(900, 640);
}

SessionEditor::~SessionEditor()
{
    m_undo->clear();
}

QWidget* SessionEditor::buildLeft()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_date = new DateField(box);
    m_start = new QLineEdit(box);
    m_start->setObjectName(QStringLiteral("startLineEdit"));
    m_start->setPlaceholderText(QStringLiteral("14:30"));
    m_start->setMaxLength(5);
    m_minutes = new MinutesCombo(box);
    m_form = new QComboBox(box);
    enumcombo::fill<SessionForm>(m_form);
    m_topic = new QLineEdit(box);
    m_topic->setObjectName(QStringLiteral("topicLineEdit"));
    m_trigger = new QComboBox(box);
    enumcombo::fill<Trigger>(m_trigger, tr("(none)"));
    m_planItem = new QComboBox(box);
    m_planItem->setObjectName(QStringLiteral("planItemComboBox"));
    m_planItem->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planItem->setMinimumContentsLength(20);
    m_status = new QComboBox(box);
    enumcombo::fill<SessionStatus>(m_status);
    QString groupName;
    if (auto groups = m_roster.groups()) {
        for (const StudyGroup& g : *groups) {
            if (g.id == m_current.groupId)
                groupName = g.name;
        }
    }
    auto* group = new QLabel(groupName, box);
    group->setObjectName(QStringLiteral("groupLabel"));
    form->addRow(tr("Study group:"), group);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("D&uration:"), m_minutes);
    form->addRow(tr("Plan &item:"), m_planItem);
    form->addRow(tr("&Form:"), m_form);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("Three m&usts:"), m_trigger);
    form->addRow(tr("Stat&us:"), m_status);
    return box;
}

QWidget* SessionEditor::buildRight()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_speaker = new QComboBox(box);
    m_speaker->setObjectName(QStringLiteral("speakerComboBox"));
    m_speaker->setEditable(true);
    m_speaker->setInsertPolicy(QComboBox::NoInsert);
    m_speaker->setToolTip(tr("A member of the group, an expert of the pool, or any name"));
    m_host = new QLineEdit(box);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_recorder = new QLineEdit(box);
    m_recorder->setObjectName(QStringLiteral("recorderLineEdit"));
    m_location = new QLineEdit(box);
    m_location->setObjectName(QStringLiteral("locationLineEdit"));
    m_materials = new MaterialsPanel(*m_service, box);
    form->addRow(tr("S&peaker:"), m_speaker);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Recorder:"), m_recorder);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("Materials:"), m_materials);
    return box;
}

void SessionEditor::fillPeople()
{
    const QSignalBlocker block(m_speaker);
    m_speaker->clear();
    m_speaker->addItem(QString(), QString());
    if (auto seats = m_roster.memberships(m_current.groupId)) {
        std::vector<qint64> seen;
        for (const MembershipRow& r : *seats) {
            if (std::find(seen.begin(), seen.end(), r.membership.memberId) != seen.end())
                continue;
            seen.push_back(r.membership.memberId);
            m_speaker->addItem(r.memberName, memberTag + QString::number(r.membership.memberId));
        }
    }
    if (auto experts = m_experts->experts()) {
        for (const Expert& e : *experts)
            m_speaker->addItem(tr("%1 (expert, %2)").arg(e.name, e.affiliation),
                               expertTag + QString::number(e.id));
    }
}

void SessionEditor::fillPlanItems()
{
    const auto d = m_date->date();
    const int year = d && dates::isSet(*d) ? int(d->year()) : m_planYear;
    if (year == m_planYear && m_planItem->count() > 0)
        return;
    m_planYear = year;
    const qint64 keep = m_planItem->currentData().toLongLong();
    const QSignalBlocker block(m_planItem);
    m_planItem->clear();
    m_planItem->addItem(tr("(not from the plan)"), qint64(0));
    if (auto plan = m_plans->plan(m_current.groupId, year); plan && plan->has_value()) {
        for (const PlanItem& item : (*plan)->items)
            m_planItem->addItem(
                tr("%1. %2 (month %3)").arg(item.itemNo).arg(item.topic).arg(item.month), item.id);
    }
    m_planItem->setCurrentIndex(std::max(0, m_planItem->findData(keep)));
}

StudySession SessionEditor::session() const
{
    StudySession s = m_original;
    s.date = m_date->date().value_or(Date());
    const QString start = m_start->text().trimmed();
    s.start = start.isEmpty() ? QTime() : QTime::fromString(start, QStringLiteral("H:mm"));
    s.minutes = m_minutes->minutes().value_or(0);
    s.form = enumcombo::value<SessionForm>(m_form).value_or(SessionForm::Collective);
    s.topic = m_topic->text().trimmed();
    s.trigger = enumcombo::value<Trigger>(m_trigger);
    s.planItemId = m_planItem->currentData().toLongLong();
    s.status = enumcombo::value<SessionStatus>(m_status).value_or(SessionStatus::Held);
    const QString speaker = m_speaker->currentText().trimmed();
    s.speakerMemberId = 0;
    s.speakerExpertId = 0;
    s.speaker = speaker;
    const int i = m_speaker->findText(m_speaker->currentText());
    if (i > 0 && !speaker.isEmpty()) {
        const QString tag = m_speaker->itemData(i).toString();
        if (tag.startsWith(memberTag)) {
            s.speakerMemberId = tag.mid(2).toLongLong();
        } else if (tag.startsWith(expertTag)) {
            s.speakerExpertId = tag.mid(2).toLongLong();
            s.speaker.clear(); // the service takes the expert's name
        }
    }
    s.host = m_host->text().trimmed();
    s.recorder = m_recorder->text().trimmed();
    s.location = m_location->text().trimmed();
    s.minutesText = m_minutesText->toPlainText();
    return s;
}

void SessionEditor::applySession(const StudySession& s)
{
    const bool was = m_applying;
    m_applying = true;
    if (m_date->date() != std::optional(s.date))
        m_date->setDate(s.date);
    m_start->setText(s.start.isValid() ? s.start.toString(QStringLiteral("HH:mm")) : QString());
    if (m_minutes->minutes() != std::optional(s.minutes))
        m_minutes->setMinutes(s.minutes);
    enumcombo::select(m_form, std::optional(s.form));
    m_topic->setText(s.topic);
    enumcombo::select(m_trigger, s.trigger);
    enumcombo::select(m_status, std::optional(s.status));
    fillPlanItems();
    m_planItem->setCurrentIndex(std::max(0, m_planItem->findData(s.planItemId)));
    int speaker = -1;
    if (s.speakerMemberId != 0)
        speaker = m_speaker->findData(memberTag + QString::number(s.speakerMemberId));
    else if (s.speakerExpertId != 0)
        speaker = m_speaker->findData(expertTag + QString::number(s.speakerExpertId));
    if (speaker >= 0)
        m_speaker->setCurrentIndex(speaker);
    else
        m_speaker->setEditText(s.speaker);
    m_host->setText(s.host);
    m_recorder->setText(s.recorder);
    m_location->setText(s.location);
    if (m_minutesText->toPlainText() != s.minutesText)
        m_minutesText->setPlainText(s.minutesText);
    m_applying = was;
    m_current = session();
    m_draft->follow(m_current);
    m_materials->setSession(m_original.id);
    validate();
}

void SessionEditor::edited(const QString& field)
{
    if (m_applying)
        return;
    const StudySession after = session();
    if (after == m_current) {
        validate();
        return;
    }
    m_undo->push(
        new EditSessionCommand(m_draft, m_undoContext, m_current, after, field, fieldLabel(field)));
    m_draft->follow(after);
    m_current = after;
    validate();
}

QString SessionEditor::fieldLabel(const QString& key) const
{
    static const std::pair<const char*, const char*> labels[] = {
        {"date", QT_TR_NOOP("Date")},
        {"start", QT_TR_NOOP("Start")},
        {"minutes", QT_TR_NOOP("Duration")},
        {"form", QT_TR_NOOP("Form")},
        {"topic", QT_TR_NOOP("Topic")},
        {"trigger", QT_TR_NOOP("Three musts")},
        {"plan_item", QT_TR_NOOP("Plan item")},
        {"status", QT_TR_NOOP("Status")},
        {"speaker", QT_TR_NOOP("Speaker")},
        {"host", QT_TR_NOOP("Host")},
        {"recorder", QT_TR_NOOP("Recorder")},
        {"location", QT_TR_NOOP("Location")},
        {"minutes_text", QT_TR_NOOP("Minutes")},
        {"id", QT_TR_NOOP("Number")},
        {"group_id", QT_TR_NOOP("Study group")},
    };
    for (const auto& [k, label] : labels) {
        if (key == QLatin1String(k))
            return tr(label);
    }
    return key;
}

void SessionEditor::validate()
{
    StudySession s = session();
    m_problems = m_service->check(s);
    // What the fields cannot hold: a start that is not a time, a duration that is not a number.
    if (!m_start->text().trimmed().isEmpty() && !s.start.isValid())
        m_problems.insert(m_problems.begin(),
                          Error::invalid(QStringLiteral("start"), tr("type a time such as 14:30")));
    if (!m_date->date())
        m_problems.insert(m_problems.begin(), Error::invalid(QStringLiteral("date"),
                                                             tr("type a date such as 2026-03-05")));
    QStringList lines;
    for (const Error& e : m_problems)
        lines << tr("%1: %2").arg(fieldLabel(e.field), e.message);
    lines.removeDuplicates();
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
    m_saveButton->setEnabled(m_problems.empty());
}

QString SessionEditor::errorText() const
{
    return m_error->text();
}

bool SessionEditor::isModified() const
{
    return session() != m_original;
}

bool SessionEditor::attachMaterial(const QString& path)
{
    return m_materials->attach(path);
}

void SessionEditor::accept()
{
    validate();
    if (!m_problems.empty())
        return;
    auto saved = m_service->save(session());
    if (!saved) {
        MessageBoxes::warning(this, windowTitle(), saved.error().text());
        return;
    }
    m_savedId = *saved;
    m_undo->clear();
    QDialog::accept();
}

void SessionEditor::reject()
{
    if (isModified() &&
        MessageBoxes::question(this, windowTitle(), tr("Drop the changes to this session?")) !=
            QMessageBox::Yes)
        return;
    m_undo->clear();
    QDialog::reject();
}

} // namespace sl
