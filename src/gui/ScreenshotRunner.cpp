#include "gui/ScreenshotRunner.h"

#include "gui/MainWindow.h"
#include "gui/SecretaryScreenshots.h"
#include "gui/accounts/AccountScreenshots.h"
#include "gui/archive/ArchiveView.h"
#include "gui/assessment/AssessmentScreenshot.h"
#include "gui/bulletin/BulletinScreenshot.h"
#include "gui/bulletin/BulletinView.h"
#include "gui/common/MemberContext.h"
#include "gui/dashboard/DashboardScreenshot.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/home/HomeView.h"
#include "gui/members/MemberDialog.h"
#include "gui/members/MemberTableModel.h"
#include "gui/members/MemberTableView.h"
#include "gui/members/MembersView.h"
#include "gui/selfstudy/MinutesCombo.h"
#include "gui/selfstudy/SelfStudyQuickEntry.h"
#include "gui/selfstudy/SelfStudyView.h"

#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTextStream>

namespace sl {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

int fail(QTextStream& err, const QString& message)
{
    err << QStringLiteral("studyledger: ") << message << Qt::endl;
    return 1;
}

// The line of a member who is about to log an hour: what the quick entry looks like in use.
void typeSampleEntry(SelfStudyView* view)
{
    SelfStudyQuickEntry* entry = view->quickEntry();
    entry->minutesCombo()->setMinutes(60);
    entry->mediumCombo()->setCurrentIndex(entry->mediumCombo()->findData(QStringLiteral("book")));
    QInputMethodEvent material;
    material.setCommitString(QStringLiteral("《习近平谈治国理政》第四卷 第一专题"));
    QApplication::sendEvent(entry->materialEdit(), &material);
    entry->notesEdit()->setPlainText(
        QStringLiteral("坚持以人民为中心的发展思想，把学习成果转化为推动工作的实际举措。"
                       "结合本岗位，梳理了三项需要改进的服务流程。"));
}

} // namespace

QStringList ScreenshotRunner::viewNames()
{
    return QStringList{QStringLiteral("home"),          QStringLiteral("home-member"),
                       QStringLiteral("home-leader"),   QStringLiteral("members"),
                       QStringLiteral("member-dialog"), QStringLiteral("my-year"),
                       QStringLiteral("selfstudy"),     QStringLiteral("writings"),
                       QStringLiteral("archive"),       QStringLiteral("assessment"),
                       QStringLiteral("dashboard"),     QStringLiteral("bulletin"),
                       QStringLiteral("audit")} +
           SecretaryScreenshots::views() + AccountScreenshots::views();
}

int ScreenshotRunner::run(std::unique_ptr<Ledger> ledger, const Options& options, QTextStream& err)
{
    if (!viewNames().contains(options.view))
        return fail(err,
                    QApplication::translate("sl::ScreenshotRunner", "unknown view %1; one of: %2")
                        .arg(options.view, viewNames().join(QStringLiteral(", "))));
    qint64 memberId = 0;
    if (!options.member.isEmpty()) {
        auto member = RosterService(*ledger).resolveMember(options.member);
        if (!member)
            return fail(err, member.error().message);
        memberId = member->id;
    }
    const bool memberArea =
        options.view != QLatin1String("members") && options.view != QLatin1String("member-dialog");
    const bool home = options.view.startsWith(QLatin1String("home"));
    const bool accountDialog = AccountScreenshots::views().contains(options.view);
    const QString area =
        home || accountDialog ? QStringLiteral("home") : SecretaryScreenshots::areaOf(options.view);
    // The window opens on the area asked (the start area is not built first), as a user's window
    // shows its start area; a member's views open once the member is set. The figures show the
    // latest year with held sessions, chosen before their view computes any.
    WindowStart first;
    if (memberId == 0)
        first.area = memberArea ? area : QStringLiteral("members");
    if (QStringList{QStringLiteral("assessment"), QStringLiteral("dashboard"),
                    QStringLiteral("bulletin")}
            .contains(options.view))
        first.year = dashboardscreenshot::latestHeldYear(*ledger);
    MainWindow window(std::move(ledger), false, first);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size);
    if (memberId != 0)
        window.memberContext()->setMemberId(memberId);
    if (!window.showArea(memberArea ? area : QStringLiteral("members")))
        return fail(err,
                    QApplication::translate("sl::ScreenshotRunner", "the view %1 is not available")
                        .arg(options.view));
    // The first organisation (a root, selected and expanded) lists its members; the first one
    // is selected so that the detail pane shows something. (Asking for the members view builds
    // it: only for its own screenshots.)
    MembersView* members = memberArea ? nullptr : window.membersView();
    if (members && members->memberModel()->rowCount() > 0)
        members->table()->setCurrentIndex(members->memberModel()->index(0, MemberTableModel::Name));
    window.show();
    settle();
    if (home) {
        auto* homeView = window.findChild<HomeView*>();
        if (!homeView || !homeView->stageScreenshot(options.view))
            return fail(
                err, QApplication::translate("sl::ScreenshotRunner", "the view %1 is not available")
                         .arg(options.view));
        settle();
    }
    if (options.view == QLatin1String("dashboard")) {
        // The figures are computed off the GUI thread: wait for them (a district takes long).
        auto* dashboard = window.findChild<DashboardView*>();
        if (!dashboard || !dashboardscreenshot::prepare(dashboard, first.year, 30 * 60 * 1000))
            return fail(err, QApplication::translate("sl::ScreenshotRunner",
                                                     "the dashboard did not finish"));
    }
    if (options.view == QLatin1String("bulletin")) {
        // Read and rendered off the GUI thread: wait for the preview.
        auto* bulletin = window.findChild<BulletinView*>();
        if (!bulletin || !bulletinscreenshot::prepare(bulletin, first.year, 30 * 60 * 1000))
            return fail(err, QApplication::translate("sl::ScreenshotRunner",
                                                     "the bulletin did not finish"));
    }
    if (options.view == QLatin1String("selfstudy")) {
        typeSampleEntry(window.selfStudyView());
        settle();
    }

    if (options.view == QLatin1String("assessment") &&
        !AssessmentScreenshot::stage(window, first.year))
        return fail(
            err, QApplication::translate("sl::ScreenshotRunner", "the assessment did not finish"));

    QPixmap shot;
    if (options.view == QLatin1String("member-dialog")) {
        std::unique_ptr<MemberDialog> dialog(members->createDialog(members->currentMemberId()));
        if (!dialog)
            return fail(err, QApplication::translate("sl::ScreenshotRunner",
                                                     "cannot open the member dialog"));
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->show();
        settle();
        shot = dialog->grab();
    } else if (auto account = AccountScreenshots::grab(window, options.view)) {
        shot = *account;
    } else if (auto secretary = SecretaryScreenshots::grab(window, options.view)) {
        shot = *secretary;
    } else {
        shot = window.grab();
    }
    if (!shot.save(options.file, "PNG"))
        return fail(
            err,
            QApplication::translate("sl::ScreenshotRunner", "cannot write %1").arg(options.file));
    return 0;
}

} // namespace sl
