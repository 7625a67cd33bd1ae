#include "gui/home/HomeView.h"

#include "gui/common/ViewHeader.h"
#include "gui/common/WorkingScope.h"
#include "gui/home/LeaderHome.h"
#include "gui/home/MemberHome.h"
#include "gui/home/SecretaryHome.h"

#include "services/Ledger.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sl {

HomeView::HomeView(Ledger& ledger, RosterService& roster, MemberContext& context, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this))
{
    auto* header = new ViewHeader(tr("Home"), this);
    const Actor& actor = ledger.actor();
    const bool single = actor.isSingleUser();
    if (single || actor.role == AccountRole::Member)
        m_member = new MemberHome(ledger, roster, context, m_stack);
    if (single || actor.role == AccountRole::Leader)
        m_leader = new LeaderHome(ledger, roster, m_stack);
    if (single || actor.role == AccountRole::Secretary || actor.role == AccountRole::Admin)
        m_secretary = new SecretaryHome(ledger, m_stack, SecretaryHome::FirstLoad::WhenShown);
    for (QWidget* home : std::initializer_list<QWidget*>{m_secretary, m_member, m_leader}) {
        if (home)
            m_stack->addWidget(home);
    }

    if (m_secretary) {
        connect(m_secretary, &SecretaryHome::sessionRequested, this, &HomeView::sessionRequested);
        connect(m_secretary, &SecretaryHome::attendanceRequested, this,
                &HomeView::attendanceRequested);
        connect(m_secretary, &SecretaryHome::makeupRequested, this, &HomeView::makeupRequested);
        connect(m_secretary, &SecretaryHome::planRequested, this, &HomeView::planRequested);
    }
    if (m_member) {
        connect(m_member, &MemberHome::sessionRequested, this, &HomeView::sessionRequested);
        connect(m_member, &MemberHome::areaRequested, this, &HomeView::areaRequested);
    }
    if (m_leader)
        connect(m_leader, &LeaderHome::areaRequested, this, &HomeView::areaRequested);

    if (single) {
        auto* label = new QLabel(tr("View as:"), header);
        m_roleCombo = new QComboBox(header);
        m_roleCombo->setObjectName(QStringLiteral("homeRoleComboBox"));
        m_roleCombo->addItem(tr("Secretary"), int(Role::Secretary));
        m_roleCombo->addItem(tr("Member"), int(Role::Member));
        m_roleCombo->addItem(tr("Leader"), int(Role::Leader));
        label->setBuddy(m_roleCombo);
        header->addWidget(label);
        header->addWidget(m_roleCombo);
        connect(m_roleCombo, &QComboBox::currentIndexChanged, this,
                [this](int index) { showRole(Role(m_roleCombo->itemData(index).toInt())); });
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    m_role = m_secretary ? Role::Secretary : m_member ? Role::Member : Role::Leader;
    m_stack->setCurrentWidget(page(m_role));
}

void HomeView::follow(WorkingScope& working)
{
    const auto apply = [this, &working] {
        if (m_secretary)
            m_secretary->setScope(working.scope(), working.year());
        if (m_leader)
            m_leader->setScope(working.scope(), working.year());
    };
    connect(&working, &WorkingScope::changed, this, apply);
    connect(&working, &WorkingScope::scopeChanged, this, apply);
    connect(&working, &WorkingScope::yearChanged, this, apply);
    apply();
}

QWidget* HomeView::page(Role role) const
{
    switch (role) {
    case Role::Secretary:
        return m_secretary;
    case Role::Member:
        return m_member;
    case Role::Leader:
        return m_leader;
    }
    return nullptr;
}

bool HomeView::showRole(Role role)
{
    QWidget* home = page(role);
    if (!home)
        return false;
    m_role = role;
    m_stack->setCurrentWidget(home);
    if (m_roleCombo) {
        const QSignalBlocker block(m_roleCombo);
        m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(role)));
    }
    return true;
}

} // namespace sl

namespace sl {

bool HomeView::stageScreenshot(const QString& view, int timeoutMs)
{
    Role role = Role::Secretary;
    if (view == QLatin1String("home-member"))
        role = Role::Member;
    else if (view == QLatin1String("home-leader"))
        role = Role::Leader;
    else if (view != QLatin1String("home"))
        return false;
    if (!showRole(role))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (m_leader && role == Role::Leader && m_leader->isComputing() &&
           timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    return true;
}

} // namespace sl
