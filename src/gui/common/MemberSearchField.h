#pragma once

#include <QLineEdit>

class QStandardItemModel;
class QTimer;

namespace sl {

class RosterService;

// A line to find a member by typing a name, number or phone: the matches come from the database
// as one types (RosterService::memberPage with the text as filter, at most `maxMatches`, by
// name), never a list of every member, and without the members who left (停用) unless asked.
// The member shown is looked up by its id.
class MemberSearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int maxMatches = 20;

    explicit MemberSearchField(RosterService& roster, QWidget* parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    // Shows member `id` (0: none, an empty line).
    void setMemberId(qint64 id);
    // With `allowed`, emptying the line chooses no member (0); else it shows the member again.
    void setNoneAllowed(bool allowed) { m_noneAllowed = allowed; }
    // With `offers`, members who left (停用) are found too (to read their records); by default
    // they are not, being offered for no new record.
    void setOffersInactive(bool offers) { m_offersInactive = offers; }
    // The matches of the last search (for tests): "name (number, organisation)".
    QStringList matches() const;

    // Runs the search for the typed text now (normally after a short pause in typing).
    void search();
    // Chooses the n-th match of the last search.
    bool choose(int row);

signals:
    // The user chose a member (0: none).
    void memberChosen(qint64 id);

private:
    void showMember();
    void settle();

    RosterService& m_roster;
    QStandardItemModel* m_matches;
    QTimer* m_timer;
    qint64 m_memberId = 0;
    bool m_noneAllowed = false;
    bool m_offersInactive = false;
};

} // namespace sl
