#pragma once

#include <QString>

class QWidget;

namespace sl {

// File choosers of the GUI, with a seam for tests (setNextFileName) like MessageBoxes.
class FileDialogs
{
public:
    // An existing file to open; empty when cancelled.
    static QString openFileName(QWidget* parent, const QString& title, const QString& dir,
                                const QString& filter);
    // A file to write; the caller decides what to do when it exists. Empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter);

    // The next dialog is not shown and returns `fileName` (empty: as if cancelled).
    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString& out);
};

} // namespace sl
