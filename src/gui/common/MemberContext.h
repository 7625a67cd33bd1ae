#pragma once

#include "domain/ScopeRef.h"

#include <QObject>

namespace sl {

class Ledger;
class WorkingScope;

// The member whose records the member areas (个人自学, 心得与调研, 我的年度, 学习档案) show, and
// the year they look at. A member account is fixed to its own member; otherwise (single-user
// mode, secretaries) the user picks, and the choice is remembered in the settings when
// `persistent`.
class MemberContext : public QObject
{
    Q_OBJECT

public:
    MemberContext(Ledger& ledger, bool persistent, QObject* parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    int year() const { return m_year; }
    // False for a member account: its own member only.
    bool canChooseMember() const;

    // Ignored (false) when the account is fixed to another member.
    bool setMemberId(qint64 memberId);
    void setYear(int year);

    // Follows the window's year (both ways) and scope: when the scope changes and the member
    // chosen is not within it, its first member is chosen (a member account keeps its own).
    void follow(WorkingScope& working);
    // The year is the window's (the areas hide their own year boxes).
    bool followsWindow() const { return m_following; }

signals:
    void memberChanged(qint64 memberId);
    void yearChanged(int year);

private:
    void keepWithin(const ScopeRef& scope);

    Ledger& m_ledger;
    bool m_persistent;
    bool m_following = false;
    qint64 m_memberId = 0;
    int m_year = 0;
};

} // namespace sl
