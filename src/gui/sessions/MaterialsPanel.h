#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace sl {

class SessionService;

// The materials attached to a saved session (学习材料): the list, attach (a copy goes into the
// folder beside the database), open and remove. Changes are saved at once.
class MaterialsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MaterialsPanel(QWidget* parent = nullptr);

    // The service that keeps the materials; nothing can be attached before it is set.
    void setService(SessionService& service);
    // The session (0: not saved yet, nothing can be attached).
    void setSession(qint64 sessionId);
    bool attach(const QString& path);
    QListWidget* list() const { return m_list; }

private:
    void reload();

    SessionService* m_service = nullptr;
    qint64 m_sessionId = 0;
    QListWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace sl
