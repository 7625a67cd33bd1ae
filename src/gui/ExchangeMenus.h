#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace sl {

class FileFormat;
class Ledger;
class PackageActions;

// File › Import and File › Export: one entry for every kind of file (FileFormats), calling the
// same FileFormat as the command line, so that both faces import and export alike.
class ExchangeMenus : public QObject
{
    Q_OBJECT

public:
    ExchangeMenus(QWidget* window, QObject* parent = nullptr);

    // Adds the Import and Export submenus and the data package actions to `file`.
    void addTo(QMenu* file);
    // The ledger the actions work on (null: the actions do nothing).
    void setLedger(Ledger* ledger);

    // Opens the import wizard (ImportWizard) for `format`.
    void importFile(const FileFormat& format);
    // Asks for a file name and exports everything of `format`.
    void exportFile(const FileFormat& format);

private:
    QWidget* m_window;
    Ledger* m_ledger = nullptr;
    PackageActions* m_packages = nullptr; // File › Import/Export data package
};

} // namespace sl
