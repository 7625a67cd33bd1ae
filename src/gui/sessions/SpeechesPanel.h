#pragma once

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sl {

class Ledger;
class SpeechService;

// 交流发言 of a held session: the list (member — title), a member chooser and a title to add,
// and removing the selected speech. Each change is saved at once.
class SpeechesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpeechesPanel(Ledger& ledger, QWidget* parent = nullptr);
    ~SpeechesPanel() override;

    // The session (0: none) and the members that may speak (id, name).
    void setSession(qint64 sessionId, const std::vector<std::pair<qint64, QString>>& members);
    bool addSpeech(qint64 memberId, const QString& title);
    bool removeCurrent();
    int count() const;
    QListWidget* list() const { return m_list; }

private:
    void reload();

    std::unique_ptr<SpeechService> m_service;
    qint64 m_sessionId = 0;
    QListWidget* m_list;
    QComboBox* m_member;
    QLineEdit* m_title;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace sl
