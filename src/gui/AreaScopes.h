#pragma once

class QWidget;

namespace sl {

class WorkingScope;

namespace areascopes {

// Makes an area's view just built follow the window's scope and year (the tool bar): the
// secretary's areas through their group and year bars, the assessment, dashboard and bulletin
// through their scope bars, the registers' model units by scope. The member areas follow
// through the MemberContext (MemberContext::follow); the home's secretary and leader pages
// through HomeView::follow.
void follow(QWidget* view, WorkingScope& working);

} // namespace areascopes

} // namespace sl
