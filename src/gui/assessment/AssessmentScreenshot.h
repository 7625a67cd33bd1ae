#pragma once

namespace sl {

class MainWindow;

// The staging of the --screenshot view "assessment" (ScreenshotRunner's helper): the first
// organisation at the year of the latest held session, with the assessment computed — it waits
// for the worker to finish — and the first member's figures in the detail pane.
class AssessmentScreenshot
{
public:
    // False when the window has no assessment area or the assessment did not finish in time.
    // `year`: the latest with held sessions (dashboardscreenshot::latestHeldYear).
    static bool stage(MainWindow& window, int year);
};

} // namespace sl
