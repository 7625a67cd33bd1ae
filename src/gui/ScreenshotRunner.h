#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace sl {

class Ledger;

// Renders one view of the program offscreen into a PNG (for the documentation and for
// checks): `studyledger --screenshot FILE [--view NAME] [--size WxH] [--member REF]`.
class ScreenshotRunner
{
public:
    struct Options
    {
        QString file;
        QString view = QStringLiteral("members");
        QSize size{1280, 800};
        // The member the member areas show (number or name); empty: the first by number.
        QString member;
    };

    // The view names accepted by --view.
    static QStringList viewNames();

    // Builds the main window at the given size, shows the view, grabs it into `options.file`
    // and returns the exit code (0 done; 1 unknown view or member, or the file cannot be
    // written), with a message on `err` when it fails.
    static int run(std::unique_ptr<Ledger> ledger, const Options& options, QTextStream& err);
};

} // namespace sl
