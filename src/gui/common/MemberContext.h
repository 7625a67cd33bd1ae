#pragma once

#include <QObject>

namespace sl {

class Ledger;

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

signals:
    void memberChanged(qint64 memberId);
    void yearChanged(int year);

private:
    Ledger& m_ledger;
    bool m_persistent;
    qint64 m_memberId = 0;
    int m_year = 0;
};

} // namespace sl
