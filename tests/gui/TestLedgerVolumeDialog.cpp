#include "report/PdfText.h"

#include "support/LedgerVolumeFixture.h"

#include "gui/book/LedgerVolumeDialog.h"
#include "gui/common/BusyBar.h"
#include "gui/common/MessageBoxes.h"

#include "services/RosterService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sl;
namespace vf = volume_fixture;

// 学习台账（年度） on the fixed ledger of tests/support/LedgerVolumeFixture.h: the volume of the
// group chosen is read and written off the GUI thread (the event loop keeps turning, the busy bar
// shows), the file holds the volume, a replaced file is asked about, Cancel leaves no file.
class TestLedgerVolumeDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    QTemporaryDir m_dir;

    std::unique_ptr<LedgerVolumeDialog> dialog(const QString& file)
    {
        auto d = std::make_unique<LedgerVolumeDialog>(**m_ledger, *m_roster);
        d->setScope(ScopeRef::group(vf::groupId(**m_ledger, "G01")));
        d->setYear(2026);
        d->setFileName(file);
        d->show();
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setToday(Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        QVERIFY(vf::Builder(**m_ledger).build());
        m_roster = std::make_unique<RosterService>(**m_ledger);
    }
    void cleanupTestCase()
    {
        MessageBoxes::setAutoAnswer(std::nullopt);
        Clock::setToday({});
    }

    void writesTheVolumeOffTheGuiThread()
    {
        const QString file = m_dir.filePath(QStringLiteral("G01.pdf"));
        auto d = dialog(file);
        QVERIFY(d->writeButton()->isEnabled());
        QSignalSpy done(d.get(), &LedgerVolumeDialog::done);
        // The event loop turns while the volume is written: a timer keeps firing.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        d->writeButton()->click();
        QVERIFY(clock.elapsed() < 500); // the click returns at once
        QVERIFY(d->isRunning());
        QVERIFY(d->busyBar()->isVisible());
        QVERIFY(!d->writeButton()->isEnabled());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY2(ticks > 3, qPrintable(QString::number(ticks)));
        QVERIFY(!d->busyBar()->isVisible());
        QVERIFY2(d->statusText().contains(QStringLiteral("12")), qPrintable(d->statusText()));
        QVERIFY(d->statusText().contains(QStringLiteral("G01.pdf")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        f.close();
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdftext::squeezed(pdftext::text(file));
            QVERIFY(text.contains(QStringLiteral("学习组：学习组G01")));
            QCOMPARE(text.count(QStringLiteral("第12次")), qsizetype(1));
        }

        // Writing again over the file asks first; No keeps the file.
        const QByteArray before = [&] {
            QFile g(file);
            return g.open(QIODevice::ReadOnly) ? g.readAll() : QByteArray();
        }();
        MessageBoxes::setNextAnswer(QMessageBox::No);
        d->writeButton()->click();
        QVERIFY(!d->isRunning());
        QFile g(file);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), before);
    }

    void cancelLeavesNoFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        auto d = dialog(file);
        QSignalSpy done(d.get(), &LedgerVolumeDialog::done);
        d->writeButton()->click();
        QVERIFY(d->isRunning());
        d->busyBar()->cancelButton()->click();
        QVERIFY(!d->isRunning());
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(d->statusText().contains(QStringLiteral("Cancelled")));
        // The worker stops at its next check and its result is dropped.
        QTest::qWait(3000);
        QVERIFY(!QFile::exists(file));
        QVERIFY(d->writeButton()->isEnabled());
    }

    void aRefusedVolumeSaysWhy()
    {
        const QString file = m_dir.filePath(QStringLiteral("refused.pdf"));
        auto d = dialog(file);
        d->setYear(2000); // within the spin box, the volume of an empty year is still written
        d->setFileName(m_ledger->path()); // onto the ledger itself
        QSignalSpy done(d.get(), &LedgerVolumeDialog::done);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        d->writeButton()->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY2(d->statusText().contains(QStringLiteral("open ledger")),
                 qPrintable(d->statusText()));
    }
};

QTEST_MAIN(TestLedgerVolumeDialog)
#include "TestLedgerVolumeDialog.moc"
