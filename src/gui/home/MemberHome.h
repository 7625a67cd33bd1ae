#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace sl {

class HomeSection;
class HomeSessionModel;
class Ledger;
class MakeupOwedModel;
class MemberContext;
class MemberPicker;
class ProgressMeter;
class RosterService;

// The member's 首页: their year in four compact bars against the targets (hours, notes,
// speeches, writing units, with the part due by today), the make-up study they still owe and
// the next sessions of their study groups. The member is the one of the shared MemberContext
// (a member account's own); in single-user mode a picker chooses. Double-click opens a session
// in its area; "My year" opens the full view.
class MemberHome : public QWidget
{
    Q_OBJECT

public:
    enum Item
    {
        Hours,
        Notes,
        Speeches,
        Writings,
        ItemCount
    };
    static constexpr int rowLimit = 10;

    MemberHome(Ledger& ledger, RosterService& roster, MemberContext& context,
               QWidget* parent = nullptr);

    ProgressMeter* meter(Item item) const { return m_meters[item]; }
    QString figuresText(Item item) const;
    QString headlineText() const;
    // The message shown instead of the year (no member chosen, an error), else empty.
    QString messageText() const;
    MakeupOwedModel* makeupModel() const { return m_makeup; }
    HomeSessionModel* nextModel() const { return m_next; }
    HomeSection* makeupSection() const { return m_makeupSection; }
    HomeSection* nextSection() const { return m_nextSection; }
    MemberPicker* memberPicker() const { return m_picker; }

public slots:
    void reload();

signals:
    void sessionRequested(qint64 sessionId);
    void areaRequested(const QString& id);

private:
    void loadYear(qint64 memberId);
    void loadSessions(qint64 memberId);

    Ledger& m_ledger;
    MemberContext& m_context;
    MemberPicker* m_picker = nullptr;
    QLabel* m_headline;
    QStackedWidget* m_stack;
    QLabel* m_message;
    ProgressMeter* m_meters[ItemCount];
    QLabel* m_figures[ItemCount];
    MakeupOwedModel* m_makeup;
    HomeSessionModel* m_next;
    HomeSection* m_makeupSection;
    HomeSection* m_nextSection;
};

} // namespace sl
