#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// The command word: the first argument after the global options and their values.
bool needsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--", 2) == 0) {
            ++i; // the option's value
            continue;
        }
        return std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

// The offscreen platform warns that XDG_RUNTIME_DIR is not set, which a command-line tool does
// not need; every other message goes to the default handler.
QtMessageHandler defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    // A file that outgrows the size limit must give a write error that the command reports
    // (exit 4, nothing published), not kill the process half-way.
    std::signal(SIGXFSZ, SIG_IGN);
    // Documents need fonts, which need a QGuiApplication; the command line never shows a
    // window, so it uses the offscreen platform whatever the environment says.
    // QGuiApplication takes its own options out of the arguments (`-session ID` among them, which
    // `report signin --session ID` needs): it gets the program name only, and the command line
    // is read from argv as given.
    std::unique_ptr<QCoreApplication> app;
    static int appArgc = 1;
    if (needsFonts(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(appArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("studyledger"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    sl::cli::CliApp cli(out, err);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const int code = cli.run(arguments);
    out.flush();
    err.flush();
    return code;
}
