#pragma once

#include "gui/common/LedgerCommand.h"

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace sl {

class Ledger;
class SpeechService;

// 交流发言 of a held session: the list (member — title), a member chooser and a title to add;
// choosing a speech puts its member and title in the fields to change it; removing the selected
// speech. Each change is saved at once and is an undoable step on the panel's stack
// (SpeechCommands), which the attendance area makes the active one while the panel has the
// focus.
class SpeechesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpeechesPanel(Ledger& ledger, QWidget* parent = nullptr);
    ~SpeechesPanel() override;

    // The session (0: none) and the members that may speak (id, name). Another session than
    // the one shown starts a new undo history.
    void setSession(qint64 sessionId, const std::vector<std::pair<qint64, QString>>& members);
    bool addSpeech(qint64 memberId, const QString& title);
    // Gives the selected speech this member and title.
    bool changeCurrent(qint64 memberId, const QString& title);
    bool removeCurrent();
    int count() const;
    // The list's speeches as shown ("member — title").
    QStringList texts() const;
    QListWidget* list() const { return m_list; }
    QUndoStack* undoStack() const { return m_undo; }

private:
    void reload();
    void showCurrent();
    bool push(LedgerCommand* command);

    std::unique_ptr<SpeechService> m_service;
    QUndoStack* m_undo;
    std::shared_ptr<LedgerCommand::Context> m_undoContext;
    qint64 m_sessionId = 0;
    QListWidget* m_list;
    QComboBox* m_member;
    QLineEdit* m_title;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_remove;
};

} // namespace sl
