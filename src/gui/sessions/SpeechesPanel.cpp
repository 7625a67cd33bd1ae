#include "gui/sessions/SpeechesPanel.h"

#include "gui/common/MessageBoxes.h"

#include "services/SpeechService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sl {

SpeechesPanel::SpeechesPanel(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_service(std::make_unique<SpeechService>(ledger)),
      m_list(new QListWidget(this)), m_member(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_add(new QPushButton(tr("A&dd speech"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("speechesPanel"));
    m_list->setObjectName(QStringLiteral("speechesListWidget"));
    m_title->setObjectName(QStringLiteral("speechTitleLineEdit"));
    m_title->setPlaceholderText(tr("Title of the speech"));
    m_title->setMaxLength(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Speeches</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_member);
    layout->addWidget(m_title);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    layout->addLayout(row);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addSpeech(m_member->currentData().toLongLong(), m_title->text()); });
    connect(m_title, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    setSession(0, {});
}

SpeechesPanel::~SpeechesPanel() = default;

void SpeechesPanel::setSession(qint64 sessionId,
                               const std::vector<std::pair<qint64, QString>>& members)
{
    m_sessionId = sessionId;
    m_member->clear();
    for (const auto& [id, name] : members)
        m_member->addItem(name, id);
    const bool has = sessionId != 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_member, m_title, m_add, m_remove})
        w->setEnabled(has);
    reload();
}

void SpeechesPanel::reload()
{
    m_list->clear();
    if (m_sessionId == 0)
        return;
    auto rows = m_service->speeches(m_sessionId);
    if (!rows)
        return;
    for (const SpeechRow& r : *rows) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(r.memberName, r.speech.title), m_list);
        item->setData(Qt::UserRole, r.speech.id);
    }
}

bool SpeechesPanel::addSpeech(qint64 memberId, const QString& title)
{
    Speech s;
    s.sessionId = m_sessionId;
    s.memberId = memberId;
    s.title = title.trimmed();
    auto saved = m_service->save(s);
    if (!saved) {
        MessageBoxes::warning(this, tr("Speeches"), saved.error().message);
        return false;
    }
    m_title->clear();
    reload();
    return true;
}

bool SpeechesPanel::removeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    if (MessageBoxes::question(this, tr("Speeches"),
                               tr("Remove the speech “%1”?").arg(item->text())) != QMessageBox::Yes)
        return false;
    const Status removed = m_service->remove(item->data(Qt::UserRole).toLongLong());
    if (!removed) {
        MessageBoxes::warning(this, tr("Speeches"), removed.error().message);
        return false;
    }
    reload();
    return true;
}

int SpeechesPanel::count() const
{
    return m_list->count();
}

} // namespace sl
