#pragma once

#include "services/Ledger.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh ledger in a temporary folder, for tests of services and everything above them.
class TempLedger
{
public:
    TempLedger()
    {
        auto opened = sl::Ledger::open(path(), sl::OpenMode::CreateIfMissing);
        if (opened)
            m_ledger = std::move(opened).value();
        else
            qWarning("cannot open the test ledger: %s", qPrintable(opened.error().text()));
    }

    sl::Ledger& operator*() { return *m_ledger; }
    sl::Ledger* operator->() { return m_ledger.get(); }
    bool isOpen() const { return m_ledger != nullptr; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sl::Ledger> m_ledger;
};

inline QString testData(const QString& name)
{
    return QStringLiteral(SL_TEST_DATA_DIR "/") + name;
}
