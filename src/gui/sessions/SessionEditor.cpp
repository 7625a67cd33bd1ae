#include "gui/sessions/SessionEditor.h"

#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/common/FormErrors.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UndoActions.h"
#include "gui/selfstudy/MinutesCombo.h"
#include "gui/sessions/EditSessionCommand.h"
#include "gui/sessions/MaterialsPanel.h"
#include "gui/sessions/SessionDocuments.h"
#include "gui/sessions/SessionDraft.h"

#include "services/Clock.h"
#include "services/ExpertService.h"
#include "services/Ledger.h"
#include "services/PlanService.h"
#include "services/RosterService.h"
#include "services/SessionService.h"

#include "ui_SessionEditor.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QUndoStack>

namespace sl {

namespace {

const QString memberTag = QStringLiteral("m:");
const QString expertTag = QStringLiteral("e:");

} // namespace

SessionEditor::SessionEditor(Ledger& ledger, RosterService& roster, const StudySession& session,
                             QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SessionEditor>()), m_ledger(ledger),
      m_roster(roster), m_service(std::make_unique<SessionService>(ledger)),
      m_plans(std::make_unique<PlanService>(ledger)),
      m_experts(std::make_unique<ExpertService>(ledger)), m_original(session), m_current(session),
      m_undo(new QUndoStack(this)), m_draft(new SessionDraft(session, this)),
      m_undoContext(std::make_shared<LedgerCommand::Context>())
{
    m_ui->setupUi(this);
    setWindowTitle(session.id == 0 ? tr("New Session") : tr("Edit Session"));
    setUpFields();
    setUpUndo();
    fillPeople();
    applySession(session);
    connect(m_draft, &SessionDraft::changed, this, &SessionEditor::applySession);
    connectEdits();
}

SessionEditor::~SessionEditor()
{
    m_undo->clear();
}

void SessionEditor::setUpFields()
{
    const Ui::SessionEditor& ui = *m_ui;
    enumcombo::fill<SessionForm>(ui.formComboBox);
    enumcombo::fill<Trigger>(ui.triggerComboBox, tr("(none)"));
    enumcombo::fill<SessionStatus>(ui.statusComboBox);
    if (auto groups = m_roster.groups()) {
        for (const StudyGroup& g : *groups) {
            if (g.id == m_current.groupId)
                ui.groupNameLabel->setText(g.name);
        }
    }
    ui.materialsPanel->setService(*m_service);
    FormErrors::setErrorStyle(ui.sessionErrorLabel);
    m_saveButton = ui.buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("sessionSaveButton"));
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &SessionEditor::reject);

    m_recordButton = ui.buttonBox->addButton(tr("Session &Record"), QDialogButtonBox::ActionRole);
    m_recordButton->setObjectName(QStringLiteral("sessionRecordButton"));
    auto* menu = new QMenu(m_recordButton);
    menu->addAction(tr("&Print…"), this, &SessionEditor::printRecord);
    menu->addAction(tr("Export as P&DF…"), this, [this] { exportRecord(DocumentFormat::Pdf); });
    menu->addAction(tr("Export as &ODT…"), this, [this] { exportRecord(DocumentFormat::Odt); });
    menu->addAction(tr("Export as &HTML…"), this, [this] { exportRecord(DocumentFormat::Html); });
    m_recordButton->setMenu(menu);
    const bool held = m_original.id != 0 && m_original.status == SessionStatus::Held;
    m_recordButton->setEnabled(held);
    m_recordButton->setToolTip(held ? tr("The record of the session as saved")
                                    : tr("A saved held session has a record"));
}

void SessionEditor::printRecord()
{
    if (m_original.id != 0)
        SessionDocuments::print(this, m_ledger, m_original.id, SessionDocuments::Kind::Record);
}

bool SessionEditor::exportRecord(DocumentFormat format)
{
    return m_original.id != 0 && SessionDocuments::exportAs(this, m_ledger, m_original.id,
                                                            SessionDocuments::Kind::Record, format);
}

void SessionEditor::setUpUndo()
{
    // A dialog of its own: its own stack and actions (the main window's Edit menu is out of
    // reach while it is open).
    undoactions::create(m_undo, this);
    m_ui->materialsPanel->setUndoStack(m_undo, m_undoContext);
}

void SessionEditor::connectEdits()
{
    const Ui::SessionEditor& ui = *m_ui;
    connect(ui.dateField, &DateField::edited, this, [this] {
        fillPlanItems();
        fillPeople();
        edited(QStringLiteral("date"));
    });
    connect(ui.startLineEdit, &QLineEdit::textEdited, this,
            [this] { edited(QStringLiteral("start")); });
    connect(ui.minutesCombo, &MinutesCombo::edited, this,
            [this] { edited(QStringLiteral("minutes")); });
    connect(ui.formComboBox, &QComboBox::activated, this,
            [this] { edited(QStringLiteral("form")); });
    connect(ui.topicLineEdit, &QLineEdit::textEdited, this,
            [this] { edited(QStringLiteral("topic")); });
    connect(ui.triggerComboBox, &QComboBox::activated, this,
            [this] { edited(QStringLiteral("trigger")); });
    connect(ui.statusComboBox, &QComboBox::activated, this,
            [this] { edited(QStringLiteral("status")); });
    connect(ui.planItemComboBox, &QComboBox::activated, this, &SessionEditor::takePlanItem);
    connect(ui.speakerComboBox, &QComboBox::currentTextChanged, this,
            [this] { edited(QStringLiteral("speaker")); });
    for (QLineEdit* e : {ui.hostLineEdit, ui.recorderLineEdit, ui.locationLineEdit}) {
        const QString key = e->objectName().section(QStringLiteral("LineEdit"), 0, 0);
        connect(e, &QLineEdit::textEdited, this, [this, key] { edited(key); });
    }
    connect(ui.minutesPlainTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { edited(QStringLiteral("minutes_text")); });
}

void SessionEditor::takePlanItem()
{
    // The item fills topic, form and trigger (one undoable edit).
    auto plan = m_plans->plan(m_current.groupId, m_planYear);
    const qint64 itemId = m_ui->planItemComboBox->currentData().toLongLong();
    if (plan && plan->has_value()) {
        for (const PlanItem& item : (*plan)->items) {
            if (item.id != itemId)
                continue;
            const bool blocked = m_applying;
            m_applying = true;
            m_ui->topicLineEdit->setText(item.topic);
            enumcombo::select(m_ui->formComboBox, std::optional(item.form));
            enumcombo::select(m_ui->triggerComboBox, item.trigger);
            m_applying = blocked;
        }
    }
    edited(QStringLiteral("plan_item"));
}

DateField* SessionEditor::dateField() const
{
    return m_ui->dateField;
}

MinutesCombo* SessionEditor::minutesCombo() const
{
    return m_ui->minutesCombo;
}

QLineEdit* SessionEditor::topicEdit() const
{
    return m_ui->topicLineEdit;
}

QComboBox* SessionEditor::planItemCombo() const
{
    return m_ui->planItemComboBox;
}

QComboBox* SessionEditor::speakerCombo() const
{
    return m_ui->speakerComboBox;
}

QComboBox* SessionEditor::formCombo() const
{
    return m_ui->formComboBox;
}

MaterialsPanel* SessionEditor::materials() const
{
    return m_ui->materialsPanel;
}

void SessionEditor::fillPeople()
{
    // The group's members seated on the session's day (a member who left, by transfer or
    // deactivation, is not offered for a later session), the session's saved speaker whatever
    // their place, then the experts. The choice in the field survives a refill; a keystroke in
    // the date that leaves the day as it was reads nothing.
    const std::optional<Date> typedDay = m_ui->dateField->date();
    const Date day = typedDay && dates::isSet(*typedDay) ? *typedDay
                     : dates::isSet(m_current.date)      ? m_current.date
                                                         : Clock::today();
    if (m_peopleDay && *m_peopleDay == day)
        return;
    m_peopleDay = day;
    const QString chosen = m_ui->speakerComboBox->currentData().toString();
    const QString typed = m_ui->speakerComboBox->currentText();
    const QSignalBlocker block(m_ui->speakerComboBox);
    m_ui->speakerComboBox->clear();
    m_ui->speakerComboBox->addItem(QString(), QString());
    if (auto seats = m_roster.memberships(m_current.groupId)) {
        QSet<qint64> seen;
        for (const MembershipRow& r : *seats) {
            const qint64 id = r.membership.memberId;
            if (seen.contains(id))
                continue;
            if (!r.membership.holdsOn(day) && id != m_original.speakerMemberId)
                continue;
            seen.insert(id);
            m_ui->speakerComboBox->addItem(r.memberName, memberTag + QString::number(id));
        }
    }
    if (auto experts = m_experts->experts()) {
        for (const Expert& e : *experts)
            m_ui->speakerComboBox->addItem(tr("%1 (expert, %2)").arg(e.name, e.affiliation),
                                           expertTag + QString::number(e.id));
    }
    const int again = chosen.isEmpty() ? -1 : m_ui->speakerComboBox->findData(chosen);
    if (again > 0)
        m_ui->speakerComboBox->setCurrentIndex(again);
    else if (!typed.isEmpty())
        m_ui->speakerComboBox->setEditText(typed);
}

void SessionEditor::fillPlanItems()
{
    const auto d = m_ui->dateField->date();
    const int year = d && dates::isSet(*d) ? int(d->year()) : m_planYear;
    if (year == m_planYear && m_ui->planItemComboBox->count() > 0)
        return;
    m_planYear = year;
    const qint64 keep = m_ui->planItemComboBox->currentData().toLongLong();
    const QSignalBlocker block(m_ui->planItemComboBox);
    m_ui->planItemComboBox->clear();
    m_ui->planItemComboBox->addItem(tr("(not from the plan)"), qint64(0));
    if (auto plan = m_plans->plan(m_current.groupId, year); plan && plan->has_value()) {
        for (const PlanItem& item : (*plan)->items)
            m_ui->planItemComboBox->addItem(
                tr("%1. %2 (month %3)").arg(item.itemNo).arg(item.topic).arg(item.month), item.id);
    }
    m_ui->planItemComboBox->setCurrentIndex(std::max(0, m_ui->planItemComboBox->findData(keep)));
}

StudySession SessionEditor::session() const
{
    StudySession s = m_original;
    s.date = m_ui->dateField->date().value_or(Date());
    const QString start = m_ui->startLineEdit->text().trimmed();
    s.start = start.isEmpty() ? QTime() : QTime::fromString(start, QStringLiteral("H:mm"));
    s.minutes = m_ui->minutesCombo->minutes().value_or(0);
    s.form = enumcombo::value<SessionForm>(m_ui->formComboBox).value_or(SessionForm::Collective);
    s.topic = m_ui->topicLineEdit->text().trimmed();
    s.trigger = enumcombo::value<Trigger>(m_ui->triggerComboBox);
    s.planItemId = m_ui->planItemComboBox->currentData().toLongLong();
    s.status = enumcombo::value<SessionStatus>(m_ui->statusComboBox).value_or(SessionStatus::Held);
    const QString speaker = m_ui->speakerComboBox->currentText().trimmed();
    s.speakerMemberId = 0;
    s.speakerExpertId = 0;
    s.speaker = speaker;
    const int i = m_ui->speakerComboBox->findText(m_ui->speakerComboBox->currentText());
    if (i > 0 && !speaker.isEmpty()) {
        const QString tag = m_ui->speakerComboBox->itemData(i).toString();
        if (tag.startsWith(memberTag)) {
            s.speakerMemberId = tag.mid(2).toLongLong();
        } else if (tag.startsWith(expertTag)) {
            s.speakerExpertId = tag.mid(2).toLongLong();
            s.speaker.clear(); // the service takes the expert's name
        }
    }
    s.host = m_ui->hostLineEdit->text().trimmed();
    s.recorder = m_ui->recorderLineEdit->text().trimmed();
    s.location = m_ui->locationLineEdit->text().trimmed();
    s.minutesText = m_ui->minutesPlainTextEdit->toPlainText();
    return s;
}

void SessionEditor::applySession(const StudySession& s)
{
    const bool was = m_applying;
    m_applying = true;
    if (m_ui->dateField->date() != std::optional(s.date))
        m_ui->dateField->setDate(s.date);
    m_ui->startLineEdit->setText(s.start.isValid() ? s.start.toString(QStringLiteral("HH:mm"))
                                                   : QString());
    if (m_ui->minutesCombo->minutes() != std::optional(s.minutes))
        m_ui->minutesCombo->setMinutes(s.minutes);
    enumcombo::select(m_ui->formComboBox, std::optional(s.form));
    m_ui->topicLineEdit->setText(s.topic);
    enumcombo::select(m_ui->triggerComboBox, s.trigger);
    enumcombo::select(m_ui->statusComboBox, std::optional(s.status));
    fillPlanItems();
    m_ui->planItemComboBox->setCurrentIndex(
        std::max(0, m_ui->planItemComboBox->findData(s.planItemId)));
    int speaker = -1;
    if (s.speakerMemberId != 0)
        speaker = m_ui->speakerComboBox->findData(memberTag + QString::number(s.speakerMemberId));
    else if (s.speakerExpertId != 0)
        speaker = m_ui->speakerComboBox->findData(expertTag + QString::number(s.speakerExpertId));
    if (speaker >= 0)
        m_ui->speakerComboBox->setCurrentIndex(speaker);
    else
        m_ui->speakerComboBox->setEditText(s.speaker);
    m_ui->hostLineEdit->setText(s.host);
    m_ui->recorderLineEdit->setText(s.recorder);
    m_ui->locationLineEdit->setText(s.location);
    if (m_ui->minutesPlainTextEdit->toPlainText() != s.minutesText)
        m_ui->minutesPlainTextEdit->setPlainText(s.minutesText);
    m_applying = was;
    m_current = session();
    m_draft->follow(m_current);
    m_ui->materialsPanel->setSession(m_original.id);
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
    if (!m_ui->startLineEdit->text().trimmed().isEmpty() && !s.start.isValid())
        m_problems.insert(m_problems.begin(),
                          Error::invalid(QStringLiteral("start"), tr("type a time such as 14:30")));
    if (!m_ui->dateField->date()) {
        // A date that does not parse is checked as empty: its own message is enough.
        std::erase_if(m_problems, [](const Error& e) { return e.field == QLatin1String("date"); });
        m_problems.insert(m_problems.begin(),
                          Error::invalid(QStringLiteral("date"), m_ui->dateField->problem()));
    }
    QStringList lines;
    for (const Error& e : m_problems)
        lines << tr("%1: %2").arg(fieldLabel(e.field), e.message);
    lines.removeDuplicates();
    m_ui->sessionErrorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->sessionErrorLabel->setVisible(!lines.isEmpty());
    m_saveButton->setEnabled(m_problems.empty());
}

QString SessionEditor::errorText() const
{
    return m_ui->sessionErrorLabel->text();
}

bool SessionEditor::isModified() const
{
    return session() != m_original;
}

bool SessionEditor::attachMaterial(const QString& path)
{
    return m_ui->materialsPanel->attach(path);
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
