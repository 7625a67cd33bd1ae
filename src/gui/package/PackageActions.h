#pragma once

#include "domain/OpenMode.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace sl {

class Ledger;

// File › Export data package… and File › Import data package… (FORMATS.md `export package` /
// `import package`): the dialogs, and the work on a worker thread with a ledger of its own (the
// same file, the same account), so that a district's package does not freeze the window. After
// a merge the window's ledger announces what changed, and the areas reload.
class PackageActions : public QObject
{
    Q_OBJECT

public:
    PackageActions(QWidget* window, QObject* parent = nullptr);

    void addTo(QMenu* file);
    void setLedger(Ledger* ledger) { m_ledger = ledger; }

    void exportPackage();
    void importPackage();

private:
    // Runs `work` on a worker thread with its own ledger of the same file and account.
    Status onWorker(const QString& label, OpenMode mode,
                    const std::function<Status(Ledger&)>& work);

    QWidget* m_window;
    Ledger* m_ledger = nullptr;
};

} // namespace sl
