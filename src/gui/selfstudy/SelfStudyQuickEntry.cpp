#include "gui/selfstudy/SelfStudyQuickEntry.h"

#include "gui/common/CharCountLabel.h"
#include "gui/common/DateField.h"
#include "gui/common/EnumCombo.h"
#include "gui/selfstudy/MinutesCombo.h"

#include "services/Clock.h"
#include "services/SelfStudyService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr int materialDelayMs = 120;
constexpr int completionCount = 20;

bool isEnter(const QKeyEvent* key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

SelfStudyQuickEntry::SelfStudyQuickEntry(SelfStudyService& service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    build();
    const SelfStudyEntry draft = SelfStudyService::draft(0);
    m_date->setDate(draft.date);
    m_minutes->setMinutes(draft.minutes);
    validate();
}

void SelfStudyQuickEntry::build()
{
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("selfStudyDateField"));
    m_date->setMaximumWidth(150);
    m_minutes = new MinutesCombo(this);
    m_minutes->setObjectName(QStringLiteral("selfStudyMinutesComboBox"));
    m_minutes->setMinimumContentsLength(10);
    m_material = new QLineEdit(this);
    m_material->setObjectName(QStringLiteral("selfStudyMaterialLineEdit"));
    m_material->setPlaceholderText(tr("What did you study? (completes from earlier entries)"));
    m_material->setMaxLength(300);
    m_materials = new QStringListModel(this);
    m_completer = new QCompleter(m_materials, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_material->setCompleter(m_completer);
    m_materialTimer = new QTimer(this);
    m_materialTimer->setSingleShot(true);
    m_materialTimer->setInterval(materialDelayMs);
    m_medium = new QComboBox(this);
    m_medium->setObjectName(QStringLiteral("selfStudyMediumComboBox"));
    enumcombo::fill<Medium>(m_medium, QStringLiteral("—"));
    m_log = new QPushButton(tr("&Log"), this);
    m_log->setObjectName(QStringLiteral("selfStudyLogButton"));
    m_log->setToolTip(tr("Log the entry (Enter; Ctrl+Enter in the notes)"));

    auto addLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto* line = new QHBoxLayout;
    line->addWidget(addLabel(tr("&Date"), m_date));
    line->addWidget(m_date);
    line->addSpacing(8);
    line->addWidget(addLabel(tr("M&inutes"), m_minutes));
    line->addWidget(m_minutes);
    line->addSpacing(8);
    line->addWidget(addLabel(tr("Mate&rial"), m_material));
    line->addWidget(m_material, 1);
    line->addSpacing(8);
    line->addWidget(addLabel(tr("Medi&um"), m_medium));
    line->addWidget(m_medium);
    line->addSpacing(8);
    line->addWidget(m_log);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("selfStudyErrorLabel"));
    m_error->setVisible(false);
    FormErrors::setErrorStyle(m_error);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("selfStudyNotesEdit"));
    m_notes->setPlaceholderText(
        tr("Notes (学习笔记): what you took from it; they count towards the "
           "year's notes target"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_count = new CharCountLabel(
        m_notes, [](int n) { return tr("Notes: %n character(s)", nullptr, n); }, this);
    auto* notesBar = new QHBoxLayout;
    notesBar->addWidget(addLabel(tr("&Notes"), m_notes));
    notesBar->addStretch(1);
    notesBar->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_error);
    layout->addLayout(notesBar);
    layout->addWidget(m_notes);

    setTabOrder(m_date->lineEdit(), m_minutes);
    setTabOrder(m_minutes, m_material);
    setTabOrder(m_material, m_medium);
    setTabOrder(m_medium, m_log);
    setTabOrder(m_log, m_notes);
    setFocusProxy(m_minutes);

    for (QObject* o : std::initializer_list<QObject*>{m_date->lineEdit(), m_minutes->lineEdit(),
                                                      m_material, m_medium, m_notes})
        o->installEventFilter(this);

    connect(m_date, &DateField::edited, this, [this] { touch(QStringLiteral("date")); });
    connect(m_minutes, &MinutesCombo::edited, this, [this] { touch(QStringLiteral("minutes")); });
    connect(m_material, &QLineEdit::textChanged, this,
            [this] { touch(QStringLiteral("material")); });
    connect(m_material, &QLineEdit::textEdited, m_materialTimer, qOverload<>(&QTimer::start));
    connect(m_materialTimer, &QTimer::timeout, this, &SelfStudyQuickEntry::updateMaterials);
    connect(m_medium, &QComboBox::currentIndexChanged, this,
            [this] { touch(QStringLiteral("medium")); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { touch(QStringLiteral("notes")); });
    connect(m_log, &QPushButton::clicked, this, &SelfStudyQuickEntry::submit);

    m_errors.add(QStringLiteral("date"), tr("Date"), m_date->lineEdit());
    m_errors.add(QStringLiteral("minutes"), tr("Minutes"), m_minutes);
    m_errors.add(QStringLiteral("material"), tr("Material"), m_material);
    m_errors.add(QStringLiteral("medium"), tr("Medium"), m_medium);
    m_errors.add(QStringLiteral("notes"), tr("Notes"), m_notes);
    m_errors.add(QStringLiteral("member_id"), tr("Member"), nullptr);
}

void SelfStudyQuickEntry::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    m_materials->setStringList({});
    validate();
}

SelfStudyEntry SelfStudyQuickEntry::entry() const
{
    SelfStudyEntry e = SelfStudyService::draft(m_memberId);
    e.date = m_date->date().value_or(Date());
    e.minutes = m_minutes->minutes().value_or(0);
    e.material = m_material->text().trimmed();
    e.medium = enumcombo::value<Medium>(m_medium);
    e.notes = m_notes->toPlainText();
    return e;
}

std::vector<Error> SelfStudyQuickEntry::problems() const
{
    std::vector<Error> out;
    const bool badDate = !m_date->date();
    const bool badMinutes = !m_minutes->minutes();
    if (badDate)
        out.push_back(Error::invalid(QStringLiteral("date"), m_date->problem()));
    if (badMinutes)
        out.push_back(Error::invalid(QStringLiteral("minutes"),
                                     tr("is not a number of minutes; type it like 45")));
    if (m_memberId == 0) {
        out.push_back(Error::invalid(QStringLiteral("member_id"), tr("choose a member first")));
        return out;
    }
    for (Error& e : m_service.check(entry())) {
        // A field that does not parse has its own message already.
        if ((badDate && e.field == QLatin1String("date")) ||
            (badMinutes && e.field == QLatin1String("minutes")))
            continue;
        out.push_back(std::move(e));
    }
    return out;
}

void SelfStudyQuickEntry::touch(const QString& key)
{
    m_errors.touch(key);
    validate();
}

void SelfStudyQuickEntry::validate()
{
    const std::vector<Error> found = problems();
    m_valid = found.empty();
    const QStringList shown = m_errors.show(found);
    m_error->setText(shown.join(QLatin1Char('\n')));
    m_error->setVisible(!shown.isEmpty());
    m_log->setEnabled(m_valid);
}

bool SelfStudyQuickEntry::isValid() const
{
    return m_valid;
}

QString SelfStudyQuickEntry::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool SelfStudyQuickEntry::submit()
{
    m_errors.setShowAll(true);
    validate();
    m_errors.setShowAll(false);
    if (!m_valid)
        return false;
    emit submitted(entry());
    return true;
}

void SelfStudyQuickEntry::showError(const Error& error)
{
    m_error->setText(m_errors.describe(error));
    m_error->setVisible(true);
}

void SelfStudyQuickEntry::clearForNext()
{
    m_completer->popup()->hide();
    m_material->clear();
    m_notes->clear();
    // A fresh line: no message until the next entry is touched.
    m_errors.untouchAll();
    validate();
    m_minutes->setFocus(Qt::OtherFocusReason);
    m_minutes->lineEdit()->selectAll();
}

void SelfStudyQuickEntry::updateMaterials()
{
    if (m_memberId == 0)
        return;
    auto found = m_service.materials(m_memberId, m_material->text(), completionCount);
    QStringList list = found ? *found : QStringList();
    // The text typed exactly is no suggestion.
    list.removeAll(m_material->text().trimmed());
    m_materials->setStringList(list);
    if (list.isEmpty())
        m_completer->popup()->hide();
    else if (m_material->hasFocus())
        m_completer->complete();
}

bool SelfStudyQuickEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool inNotes = watched == m_notes;
        if (isEnter(key) && (!inNotes || key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sl
