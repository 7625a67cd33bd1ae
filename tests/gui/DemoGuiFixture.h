#pragma once

// A demo database for the GUI tests of the member areas: the committee of `studyledger-cli
// demo --seed 7 --year 2026` (80 members, a full year of study), with today fixed at
// 2026-06-30 so that the prorated targets and "this month" do not depend on the clock.

#include "support/TempLedger.h"

#include "demo/DemoBuilder.h"
#include "services/Clock.h"
#include "services/RosterService.h"

#include <QInputMethodEvent>
#include <QTest>

struct DemoGuiFixture
{
    TempLedger ledger;
    bool built = false;

    DemoGuiFixture()
    {
        sl::Clock::setToday(sl::Date(2026, 6, 30));
        sl::DemoOptions options;
        options.seed = 7;
        options.year = 2026;
        auto summary = sl::buildDemo(*ledger, options);
        if (!summary)
            qWarning("cannot build the demo: %s", qPrintable(summary.error().text()));
        built = summary.ok();
    }

    // The first member by number (the committee's secretary in the demo).
    sl::Member firstMember()
    {
        auto rows = sl::RosterService(*ledger).memberPage({}, 0, 1);
        return rows && !rows->empty() ? rows->front().member : sl::Member();
    }

    // The member with this number.
    sl::Member member(const QString& extId)
    {
        auto m = sl::RosterService(*ledger).resolveMember(extId);
        return m ? *m : sl::Member();
    }
};

// Types `text` into a widget as an input method commits it (QTest::keyClicks handles
// Latin-1 only): Chinese, full-width spaces, emoji.
inline void commitText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}
