// studyledger: the desktop program. Parses the command line, sets up the application and
// opens the database; everything else lives in sl_gui.
#include "gui/MainWindow.h"
#include "gui/ScreenshotRunner.h"
#include "gui/accounts/LoginDialog.h"
#include "gui/common/Appearance.h"
#include "gui/common/ApplicationIcon.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecentFiles.h"
#include "gui/common/UiLanguage.h"

#include "services/AccountService.h"
#include "services/Ledger.h"

#include "StudyLedgerVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

#include <QTextStream>
#include <csignal>

#include <cstring>

namespace {

constexpr int exitUsage = 1;
constexpr int exitPermission = 3;
constexpr int exitDatabase = 4;

// --screenshot needs no display: render offscreen unless a platform is chosen.
void preferOffscreenForScreenshots(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // A file that outgrows the size limit gives a write error (reported, nothing published).
    std::signal(SIGXFSZ, SIG_IGN);
    preferOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StudyLedger"));
    QApplication::setApplicationName(QStringLiteral("studyledger"));
    QApplication::setApplicationVersion(QStringLiteral(SL_VERSION)); // --version
    // The icon of every window, and the menu entry's (resources/studyledger.desktop) for the
    // window managers that match a window to its entry by name.
    QApplication::setWindowIcon(sl::ui::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("studyledger"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("StudyLedger (学习台账)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("The database file (default: $STUDYLEDGER_DB, else the file used last, "
                       "else studyledger.sqlite in the data folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: zh (default) or en."),
                                        QStringLiteral("zh|en"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Render a view offscreen to FILE (PNG) "
                                                       "and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("The view to render: %1.")
            .arg(sl::ScreenshotRunner::viewNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("members"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size of the screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption memberOption(
        QStringLiteral("member"),
        QStringLiteral("The member the member areas of the screenshot show (number or name)."),
        QStringLiteral("REF"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("The account to log in as, when the database has accounts (the log-in "
                       "dialog starts with it; a screenshot reads the password from "
                       "$STUDYLEDGER_PASSWORD)."),
        QStringLiteral("NAME"));
    parser.addOptions(
        {dbOption, langOption, shotOption, viewOption, sizeOption, memberOption, userOption});
    parser.process(app);

    std::optional<sl::UiLanguage> language = sl::ui::savedLanguage();
    if (parser.isSet(langOption)) {
        language = sl::ui::parseLanguage(parser.value(langOption));
        if (!language) {
            err << "studyledger: --lang must be zh or en" << Qt::endl;
            return exitUsage;
        }
    }
    sl::ScreenshotRunner::Options shot;
    const bool screenshot = parser.isSet(shotOption);
    if (screenshot) {
        shot.file = parser.value(shotOption);
        shot.view = parser.value(viewOption);
        if (!sl::ScreenshotRunner::viewNames().contains(shot.view)) {
            err << "studyledger: unknown view " << shot.view
                << "; one of: " << sl::ScreenshotRunner::viewNames().join(QStringLiteral(", "))
                << Qt::endl;
            return exitUsage;
        }
        static const QRegularExpression sizeRe(QStringLiteral("^(\\d{3,5})[xX×](\\d{3,5})$"));
        const auto m = sizeRe.match(parser.value(sizeOption));
        if (!m.hasMatch()) {
            err << "studyledger: --size must look like 1280x800" << Qt::endl;
            return exitUsage;
        }
        shot.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        shot.member = parser.value(memberOption);
    }

    sl::ui::applyAppearance();
    if (!sl::ui::installTranslations(*language))
        err << "studyledger: the Chinese translation is missing" << Qt::endl;

    // --db, else $STUDYLEDGER_DB, else the ledger used last (File › Open Recent), else the
    // default file in the data folder.
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !screenshot && qEnvironmentVariableIsEmpty("STUDYLEDGER_DB"))
        path = sl::RecentFiles::last();
    if (path.isEmpty())
        path = sl::Ledger::defaultPath();
    auto ledger = sl::Ledger::open(path, sl::OpenMode::CreateIfMissing);
    if (!ledger) {
        if (screenshot) {
            err << "studyledger: " << ledger.error().message << Qt::endl;
        } else {
            sl::MessageBoxes::critical(
                nullptr, QCoreApplication::translate("main", "StudyLedger"),
                QCoreApplication::translate("main", "The database %1 cannot be opened:\n%2")
                    .arg(QDir::toNativeSeparators(path), ledger.error().message));
        }
        return exitDatabase;
    }

    const QString user = parser.value(userOption);
    if (screenshot) {
        // No dialog offscreen: a ledger with accounts is logged in from the environment.
        sl::AccountService accounts(**ledger);
        auto has = accounts.hasAccounts();
        if (has && *has) {
            auto in = accounts.login(user, qEnvironmentVariable("STUDYLEDGER_PASSWORD"));
            if (!in) {
                err << "studyledger: " << in.error().message << Qt::endl;
                return exitPermission;
            }
        }
        return sl::ScreenshotRunner::run(std::move(ledger).value(), shot, err);
    }
    if (!sl::signIn(**ledger, nullptr, user))
        return exitPermission;

    sl::MainWindow window(std::move(ledger).value());
    window.show();
    return QApplication::exec();
}
