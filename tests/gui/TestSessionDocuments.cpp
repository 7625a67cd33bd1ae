#include "support/LedgerBookFixture.h"
#include "support/TempLedger.h"

#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/sessions/SessionsView.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace sl;

// The sign-in sheet from the sessions view and the record from the session editor, exported
// through the file dialog's seam.
class TestSessionDocuments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    ledger_book_fixture::Ids m_ids;

    static QByteArray bytes(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    StudySession stored(qint64 id)
    {
        auto s = SessionService(**m_ledger).session(id);
        return s.ok() && *s ? **s : StudySession{};
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2026, 12, 20));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(m_ledger->isOpen());
        m_roster = std::make_unique<RosterService>(**m_ledger);
        m_ids = ledger_book_fixture::build(**m_ledger, m_ledger->file(QString()));
        QVERIFY(m_ids.held && m_ids.planned);
    }
    void cleanupTestCase() { Clock::setToday({}); }
    void init()
    {
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        FileDialogs::setNextFileName(QString());
    }

    void signinSheetOfTheSelectedSession()
    {
        SessionsView view(**m_ledger, *m_roster);
        QVERIFY(view.selectSession(m_ids.planned));
        const QString file = m_ledger->file(QStringLiteral("签到表.pdf"));
        FileDialogs::setNextFileName(file);
        view.exportSigninAction()->trigger();
        QVERIFY(bytes(file).startsWith("%PDF"));
        // Cancelled: nothing written.
        const QString other = m_ledger->file(QStringLiteral("other.pdf"));
        FileDialogs::setNextFileName(QString());
        QVERIFY(!view.exportSigninSheet());
        QVERIFY(!QFile::exists(other));
    }

    void recordOfAHeldSession()
    {
        SessionEditor editor(**m_ledger, *m_roster, stored(m_ids.held));
        QVERIFY(editor.recordButton()->isEnabled());
        QVERIFY(editor.recordButton()->menu() &&
                editor.recordButton()->menu()->actions().size() == 4);
        for (DocumentFormat format :
             {DocumentFormat::Pdf, DocumentFormat::Odt, DocumentFormat::Html}) {
            const QString file =
                m_ledger->file(QStringLiteral("record.") + DocumentWriter::extension(format));
            FileDialogs::setNextFileName(file);
            QVERIFY(editor.exportRecord(format));
            QVERIFY(!bytes(file).isEmpty());
        }
        QVERIFY(QString::fromUtf8(bytes(m_ledger->file(QStringLiteral("record.html"))))
                    .contains(QStringLiteral("记录人签字")));
        QVERIFY(bytes(m_ledger->file(QStringLiteral("record.odt"))).startsWith("PK"));
    }

    void plannedOrNewSessionHasNoRecord()
    {
        SessionEditor planned(**m_ledger, *m_roster, stored(m_ids.planned));
        QVERIFY(!planned.recordButton()->isEnabled());
        const QString file = m_ledger->file(QStringLiteral("planned.pdf"));
        FileDialogs::setNextFileName(file);
        QVERIFY(!planned.exportRecord(DocumentFormat::Pdf));
        QVERIFY(!QFile::exists(file));
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("计划")),
                 qPrintable(MessageBoxes::lastText()));

        StudySession fresh = stored(m_ids.held);
        fresh.id = 0;
        fresh.extId.clear();
        SessionEditor editor(**m_ledger, *m_roster, fresh);
        QVERIFY(!editor.recordButton()->isEnabled());
    }
};

QTEST_MAIN(TestSessionDocuments)
#include "TestSessionDocuments.moc"
