#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "MemberTableView.h"
#include "MembersView.h"

#include "services/Ledger.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>

namespace sl {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

QStringList ScreenshotRunner::viewNames()
{
    return {QStringLiteral("members"), QStringLiteral("member-dialog")};
}

int ScreenshotRunner::run(std::unique_ptr<Ledger> ledger, const Options& options, QTextStream& err)
{
    if (!viewNames().contains(options.view)) {
        err << QStringLiteral("studyledger: ") +
                   QApplication::translate("sl::ScreenshotRunner", "unknown view %1; one of: %2")
                       .arg(options.view, viewNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 1;
    }
    MainWindow window(std::move(ledger), false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size);
    window.showArea(QStringLiteral("members"));
    MembersView* members = window.membersView();
    // The first organisation (a root, selected and expanded) lists its members; the first one
    // is selected so that the detail pane shows something.
    if (members->memberModel()->rowCount() > 0)
        members->table()->setCurrentIndex(members->memberModel()->index(0, MemberTableModel::Name));
    window.show();
    settle();

    QPixmap shot;
    if (options.view == QLatin1String("member-dialog")) {
        std::unique_ptr<MemberDialog> dialog(members->createDialog(members->currentMemberId()));
        if (!dialog) {
            err << QStringLiteral("studyledger: ")
                << QApplication::translate("sl::ScreenshotRunner", "cannot open the member dialog")
                << Qt::endl;
            return 1;
        }
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        dialog->show();
        settle();
        shot = dialog->grab();
    } else {
        shot = window.grab();
    }
    if (!shot.save(options.file, "PNG")) {
        err << QStringLiteral("studyledger: ")
            << QApplication::translate("sl::ScreenshotRunner", "cannot write %1").arg(options.file)
            << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace sl
