#pragma once

#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/common/UiLanguage.h"

#include <memory>

// The start of a GUI test of plans, sessions and attendance: the Chinese interface, today
// 2026-06-30, a new temporary ledger holding the session fixture's roster, and the roster service
// over it. False when the translations or the roster did not go in.
inline bool openGuiSessionLedger(std::unique_ptr<TempLedger>& ledger,
                                 std::unique_ptr<sl::RosterService>& roster)
{
    if (!sl::ui::installTranslations(sl::UiLanguage::Chinese))
        return false;
    sl::Clock::setToday(sl::Date(2026, 6, 30));
    ledger = std::make_unique<TempLedger>();
    roster = std::make_unique<sl::RosterService>(**ledger);
    return session_fixture::buildRoster(**ledger);
}
