#include "support/GuiSessionLedger.h"
#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/attendance/AttendanceSheetView.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/sessions/MaterialsPanel.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/sessions/SpeechesPanel.h"

#include "services/SessionService.h"
#include "services/SpeechService.h"

#include <QFile>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// A session's parts (issue 14 item 4): speeches added, changed and removed, and materials
// attached and removed, are undone and redone — speeches on the speeches panel's stack, the
// materials on the session editor's; each read back through the services. A removed material
// comes back with its file's content.
class TestSessionPartsUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_session = 0;

    QStringList speechTitles()
    {
        QStringList out;
        const auto rows = SpeechService(**m_ledger).speeches(m_session);
        for (const SpeechRow& r : *rows)
            out << r.memberName + QLatin1Char('/') + r.speech.title;
        return out;
    }

    std::vector<SessionMaterial> materials()
    {
        return *SessionService(**m_ledger).materials(m_session);
    }

    QByteArray content(const SessionMaterial& m)
    {
        QFile f(SessionService(**m_ledger).materialPath(m));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(openGuiSessionLedger(m_ledger, m_roster));
        m_session = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        QVERIFY(m_session != 0);
        MessageBoxes::setAutoAnswer(QMessageBox::Yes); // the removal questions; warnings
    }

    void speechesAreAddedChangedAndRemovedUndoably()
    {
        AttendanceSheetView view(**m_ledger, *m_roster);
        QVERIFY(view.openSession(m_session));
        SpeechesPanel* panel = view.speeches();
        QUndoStack* undo = panel->undoStack();
        const qint64 zhang = memberId(**m_ledger, "M001");
        const qint64 wang = memberId(**m_ledger, "M003");

        QVERIFY(panel->addSpeech(zhang, QStringLiteral("坚持人民至上")));
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("张三/坚持人民至上")});
        undo->undo();
        QVERIFY(speechTitles().isEmpty());
        QCOMPARE(panel->count(), 0);
        undo->redo();
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("张三/坚持人民至上")});
        QCOMPARE(panel->count(), 1);

        // Change member and title of the chosen speech (as re-added by the redo).
        panel->list()->setCurrentRow(0);
        QVERIFY(panel->changeCurrent(wang, QStringLiteral("自我革命")));
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("王五/自我革命")});
        undo->undo();
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("张三/坚持人民至上")});
        undo->redo();
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("王五/自我革命")});

        // Remove: back on undo, gone again on redo.
        panel->list()->setCurrentRow(0);
        QVERIFY(panel->removeCurrent());
        QVERIFY(speechTitles().isEmpty());
        undo->undo();
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("王五/自我革命")});
        QCOMPARE(panel->texts(), QStringList{QStringLiteral("王五 — 自我革命")});
        undo->redo();
        QVERIFY(speechTitles().isEmpty());
        // The whole way back: the change is undone on the speech as the removal's undo made it.
        undo->undo();
        undo->undo();
        QCOMPARE(speechTitles(), QStringList{QStringLiteral("张三/坚持人民至上")});
        undo->undo();
        QVERIFY(speechTitles().isEmpty());
        // Speeches never make the sheet look unsaved.
        QVERIFY(!view.isModified());
    }

    void aRemovedMaterialComesBackWithItsContent()
    {
        auto stored = SessionService(**m_ledger).session(m_session);
        QVERIFY(stored.ok() && stored->has_value());
        SessionEditor editor(**m_ledger, *m_roster, **stored);
        QUndoStack* undo = editor.undoStack();
        const QString file = m_ledger->file(QStringLiteral("党章学习提纲.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("第一章 党员\n");
        }
        QVERIFY(editor.attachMaterial(file));
        QCOMPARE(materials().size(), size_t(1));
        QFile::remove(file); // the user's file is gone: the redo uses the command's copy
        undo->undo();
        QVERIFY(materials().empty());
        QCOMPARE(editor.materials()->list()->count(), 0);
        undo->redo();
        QCOMPARE(materials().size(), size_t(1));
        QCOMPARE(content(materials().front()), QByteArray("第一章 党员\n"));

        editor.materials()->list()->setCurrentRow(0);
        QVERIFY(editor.materials()->removeCurrent());
        QVERIFY(materials().empty());
        undo->undo();
        QCOMPARE(materials().size(), size_t(1));
        QCOMPARE(materials().front().fileName, QStringLiteral("党章学习提纲.txt"));
        QCOMPARE(content(materials().front()), QByteArray("第一章 党员\n"));
        QCOMPARE(editor.materials()->list()->count(), 1);
        undo->redo();
        QVERIFY(materials().empty());
        // Back to the start: no material, and the session's fields were never changed.
        undo->undo();
        undo->undo();
        QVERIFY(materials().empty());
        QVERIFY(!editor.isModified());
    }
};

QTEST_MAIN(TestSessionPartsUndo)
#include "TestSessionPartsUndo.moc"
