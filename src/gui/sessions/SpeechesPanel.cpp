#include "gui/sessions/SpeechesPanel.h"

#include "gui/common/MessageBoxes.h"
#include "gui/sessions/SpeechCommands.h"

#include "services/SpeechService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr int memberRole = Qt::UserRole + 1;
constexpr int titleRole = Qt::UserRole + 2;

} // namespace

SpeechesPanel::SpeechesPanel(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<SpeechService>(ledger)),
      m_undo(new QUndoStack(this)), m_undoContext(std::make_shared<LedgerCommand::Context>()),
      m_list(new QListWidget(this)), m_member(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_add(new QPushButton(tr("A&dd speech"), this)),
      m_change(new QPushButton(tr("Change"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("speechesPanel"));
    m_list->setObjectName(QStringLiteral("speechesListWidget"));
    m_title->setObjectName(QStringLiteral("speechTitleLineEdit"));
    m_change->setObjectName(QStringLiteral("changeSpeechPushButton"));
    m_change->setToolTip(tr("Give the chosen speech the member and title above"));
    m_title->setPlaceholderText(tr("Title of the speech"));
    m_title->setMaxLength(200);
    m_undoContext->report = [this](const Error& e) {
        MessageBoxes::warning(this, tr("Speeches"), e.message);
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Speeches</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_member);
    layout->addWidget(m_title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_change);
    row->addWidget(m_remove);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addSpeech(m_member->currentData().toLongLong(), m_title->text()); });
    connect(m_change, &QPushButton::clicked, this,
            [this] { changeCurrent(m_member->currentData().toLongLong(), m_title->text()); });
    connect(m_title, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &SpeechesPanel::showCurrent);
    // Undo and redo change the ledger; the list shows it again.
    connect(m_undo, &QUndoStack::indexChanged, this, &SpeechesPanel::reload);
    setSession(0, {});
}

SpeechesPanel::~SpeechesPanel()
{
    m_undo->disconnect(this);
    m_undo->clear();
}

void SpeechesPanel::setSession(qint64 sessionId,
                               const std::vector<std::pair<qint64, QString>>& members)
{
    if (sessionId != m_sessionId)
        m_undo->clear();
    m_sessionId = sessionId;
    m_member->clear();
    for (const auto& [id, name] : members)
        m_member->addItem(name, id);
    const bool has = sessionId != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_member, m_title, m_add})
        w->setEnabled(has);
    reload();
}

void SpeechesPanel::reload()
{
    const qint64 chosen =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    if (m_sessionId != 0) {
        if (auto rows = m_service->speeches(m_sessionId)) {
            for (const SpeechRow& r : *rows) {
                auto* item =
                    new QListWidgetItem(tr("%1 — %2").arg(r.memberName, r.speech.title), m_list);
                item->setData(Qt::UserRole, r.speech.id);
                item->setData(memberRole, r.speech.memberId);
                item->setData(titleRole, r.speech.title);
                if (r.speech.id == chosen)
                    m_list->setCurrentItem(item);
            }
        }
    }
    showCurrent();
}

void SpeechesPanel::showCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_change->setEnabled(item != nullptr);
    m_remove->setEnabled(item != nullptr);
    if (!item)
        return;
    m_member->setCurrentIndex(std::max(0, m_member->findData(item->data(memberRole))));
    m_title->setText(item->data(titleRole).toString());
}

bool SpeechesPanel::push(LedgerCommand* command)
{
    m_undo->push(command); // deleted at once when its first redo failed (and told)
    return !m_undoContext->failed;
}

bool SpeechesPanel::addSpeech(qint64 memberId, const QString& title)
{
    Speech s;
    s.sessionId = m_sessionId;
    s.memberId = memberId;
    s.title = title.trimmed();
    m_list->setCurrentRow(-1);
    if (!push(saveSpeechCommand(*m_service, m_undoContext, std::nullopt, s)))
        return false;
    m_title->clear();
    return true;
}

bool SpeechesPanel::changeCurrent(qint64 memberId, const QString& title)
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    Speech before;
    before.id = item->data(Qt::UserRole).toLongLong();
    before.sessionId = m_sessionId;
    before.memberId = item->data(memberRole).toLongLong();
    before.title = item->data(titleRole).toString();
    Speech after = before;
    after.memberId = memberId;
    after.title = title.trimmed();
    if (after == before)
        return true;
    return push(saveSpeechCommand(*m_service, m_undoContext, before, after));
}

bool SpeechesPanel::removeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    if (MessageBoxes::question(this, tr("Speeches"),
                               tr("Remove the speech “%1”?").arg(item->text())) != QMessageBox::Yes)
        return false;
    Speech s;
    s.id = item->data(Qt::UserRole).toLongLong();
    s.sessionId = m_sessionId;
    s.memberId = item->data(memberRole).toLongLong();
    s.title = item->data(titleRole).toString();
    return push(removeSpeechCommand(*m_service, m_undoContext, s));
}

int SpeechesPanel::count() const
{
    return m_list->count();
}

QStringList SpeechesPanel::texts() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

} // namespace sl
