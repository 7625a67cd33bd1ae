#include "support/SessionFixture.h"
#include "support/TempLedger.h"

#include "gui/MainWindow.h"
#include "gui/common/GroupYearBar.h"
#include "gui/common/MessageBoxes.h"
#include "gui/sessions/SessionEditor.h"
#include "gui/sessions/SessionsView.h"

#include "services/AttendanceService.h"
#include "services/SessionService.h"
#include "services/SpeechService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace sl;
using namespace session_fixture;

// The sessions list's edits (issue 14 item 4): a session saved by the editor (new or changed)
// and a session deleted from the list are undone and redone on the view's stack; a deleted
// session comes back whole — attendance, speeches and materials with their files' bytes.
class TestSessionListUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempLedger> m_ledger;
    std::unique_ptr<RosterService> m_roster;
    qint64 m_group = 0;

    std::optional<StudySession> byExtId(const QString& extId)
    {
        auto found = SessionService(**m_ledger).byExtId(extId);
        return found ? *found : std::nullopt;
    }

    // "M001:出席" … of the stored records of a session.
    QStringList attendance(qint64 sessionId)
    {
        QStringList out;
        auto sheet = AttendanceService(**m_ledger).sheet(sessionId);
        for (const SheetLine& l : sheet ? sheet->lines : std::vector<SheetLine>())
            if (l.recorded)
                out << l.memberExtId + QLatin1Char(':') + QString::number(int(l.record.status)) +
                           l.record.reason;
        return out;
    }

    QByteArray content(const SessionMaterial& m)
    {
        QFile f(SessionService(**m_ledger).materialPath(m));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        Clock::setToday(Date(2026, 6, 30));
        m_ledger = std::make_unique<TempLedger>();
        QVERIFY(buildRoster(**m_ledger));
        m_roster = std::make_unique<RosterService>(**m_ledger);
        m_group = groupId(**m_ledger, "G-C01");
        MessageBoxes::setAutoAnswer(QMessageBox::Yes); // the removal question; warnings
    }

    void theSessionsAreaStackIsEditUndoWhileShown()
    {
        QTemporaryDir dir;
        auto ledger =
            Ledger::open(dir.filePath(QStringLiteral("new.sqlite")), OpenMode::CreateIfMissing);
        QVERIFY(ledger.ok());
        MainWindow window(std::move(ledger).value(), false);
        window.show();
        QVERIFY(window.showArea(QStringLiteral("sessions")));
        auto* view = window.findChild<SessionsView*>();
        QVERIFY(view);
        QCOMPARE(window.undoGroup()->activeStack(), view->undoStack());
    }

    void aNewSessionIsUndoneAndRedone()
    {
        SessionsView view(**m_ledger, *m_roster);
        StudySession s;
        s.groupId = m_group;
        s.date = Date(2026, 4, 8);
        s.start = QTime(9, 0);
        s.minutes = 60;
        s.topic = QStringLiteral("学习新党章");
        s.status = SessionStatus::Held;
        std::unique_ptr<SessionEditor> editor(view.createEditor(s));
        editor->accept();
        const qint64 id = editor->savedId();
        QVERIFY(id != 0);
        view.pushSaved(std::nullopt, id);
        QUndoStack* undo = view.undoStack();
        QCOMPARE(undo->count(), 1);
        const QString extId = SessionService(**m_ledger).session(id)->value().extId;

        undo->undo();
        QVERIFY(!SessionService(**m_ledger).session(id)->has_value());
        QVERIFY(!byExtId(extId));
        undo->redo();
        auto back = byExtId(extId);
        QVERIFY(back);
        QCOMPARE(back->topic, QStringLiteral("学习新党章"));
        undo->undo(); // the id it came back with is found (the aliases)
        QVERIFY(!byExtId(extId));
        QCOMPARE(undo->count(), 1);
    }

    void anEditedSessionGetsItsOldTopicBack()
    {
        const qint64 id = heldSession(**m_ledger, "G-C01", Date(2026, 5, 12));
        QVERIFY(id != 0);
        SessionsView view(**m_ledger, *m_roster);
        const StudySession before = SessionService(**m_ledger).session(id)->value();
        std::unique_ptr<SessionEditor> editor(view.createEditor(id));
        StudySession changed = before;
        changed.topic = QStringLiteral("学习贯彻新思想");
        editor->applySession(changed);
        editor->accept();
        QCOMPARE(editor->savedId(), id);
        view.pushSaved(before, id);
        // Nothing changed: no step.
        view.pushSaved(SessionService(**m_ledger).session(id)->value(), id);
        QUndoStack* undo = view.undoStack();
        QCOMPARE(undo->count(), 1);

        undo->undo();
        QCOMPARE(SessionService(**m_ledger).session(id)->value().topic, before.topic);
        undo->redo();
        QCOMPARE(SessionService(**m_ledger).session(id)->value().topic,
                 QStringLiteral("学习贯彻新思想"));
    }

    void aDeletedSessionComesBackWhole()
    {
        const qint64 id = heldSession(**m_ledger, "G-C01", Date(2026, 3, 10));
        QVERIFY(id != 0);
        Attendance present;
        present.memberId = memberId(**m_ledger, "M001");
        present.status = AttendanceStatus::Present;
        Attendance excused;
        excused.memberId = memberId(**m_ledger, "M003");
        excused.status = AttendanceStatus::Excused;
        excused.reason = QStringLiteral("出差");
        QVERIFY(AttendanceService(**m_ledger).save(id, {present, excused}).ok());
        Speech speech;
        speech.sessionId = id;
        speech.memberId = memberId(**m_ledger, "M001");
        speech.title = QStringLiteral("坚持人民至上");
        QVERIFY(SpeechService(**m_ledger).save(speech).ok());
        const QString source = m_ledger->file(QStringLiteral("学习提纲.txt"));
        QByteArray bytes = QStringLiteral("第一部分\n第二部分\n").toUtf8();
        bytes.append('\0').append('\x01');
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QVERIFY(SessionService(**m_ledger).attachMaterial(id, source).ok());
        const QStringList statuses = attendance(id);
        QCOMPARE(statuses.size(), qsizetype(2));
        const StudySession session = SessionService(**m_ledger).session(id)->value();
        const SessionMaterial material = SessionService(**m_ledger).materials(id)->front();
        QCOMPARE(content(material), bytes);

        SessionsView view(**m_ledger, *m_roster);
        QVERIFY(view.groupYear()->setGroupId(m_group));
        view.groupYear()->setYear(2026);
        QVERIFY(view.selectSession(id));
        view.deleteCurrent();
        QUndoStack* undo = view.undoStack();
        QCOMPARE(undo->count(), 1);
        QVERIFY(!byExtId(session.extId));
        QVERIFY(!QFile::exists(SessionService(**m_ledger).materialPath(material)));

        undo->undo();
        auto back = byExtId(session.extId);
        QVERIFY(back);
        StudySession expected = session;
        expected.id = back->id;
        QCOMPARE(*back, expected);
        QCOMPARE(attendance(back->id), statuses);
        const auto speeches = SpeechService(**m_ledger).speeches(back->id);
        QVERIFY(speeches.ok());
        QCOMPARE(speeches->size(), size_t(1));
        QCOMPARE(speeches->front().speech.title, QStringLiteral("坚持人民至上"));
        QCOMPARE(speeches->front().memberExtId, QStringLiteral("M001"));
        const auto materials = SessionService(**m_ledger).materials(back->id);
        QVERIFY(materials.ok());
        QCOMPARE(materials->size(), size_t(1));
        QCOMPARE(materials->front().fileName, material.fileName);
        QCOMPARE(content(materials->front()), bytes);
        QTRY_VERIFY(view.selectSession(back->id)); // the list followed

        undo->redo();
        QVERIFY(!byExtId(session.extId));
        QVERIFY(!QFile::exists(SessionService(**m_ledger).materialPath(materials->front())));
        undo->undo(); // twice: the chain of new ids followed
        QVERIFY(byExtId(session.extId));
        QCOMPARE(attendance(byExtId(session.extId)->id), statuses);
    }

    void aSeriesIsOneStepUndoneOnlyWhileNothingIsRecorded()
    {
        SeriesRequest request;
        request.groupId = groupId(**m_ledger, "G-B01");
        request.rule = MonthlyRule::nthWeekday(2, Qt::Tuesday);
        request.from = Date(2026, 1, 1);
        request.to = Date(2026, 3, 31);
        request.start = QTime(14, 30);
        request.topicTemplate = QStringLiteral("{month}月主题党日");
        auto created = SessionService(**m_ledger).createSeries(request);
        QVERIFY(created.ok());
        QCOMPARE(created->size(), size_t(3));
        SessionsView view(**m_ledger, *m_roster);
        view.pushSeries(*created);
        QUndoStack* undo = view.undoStack();
        QCOMPARE(undo->count(), 1);
        const QStringList numbers = {QStringLiteral("G-B01-20260113-1"),
                                     QStringLiteral("G-B01-20260210-1"),
                                     QStringLiteral("G-B01-20260310-1")};
        auto present = [this, &numbers] {
            int n = 0;
            for (const QString& number : numbers)
                n += byExtId(number).has_value();
            return n;
        };
        QCOMPARE(present(), 3);
        undo->undo();
        QCOMPARE(present(), 0);
        undo->redo();
        QCOMPARE(present(), 3);

        // Held, with attendance: the series is no longer taken back.
        StudySession february = *byExtId(numbers[1]);
        february.status = SessionStatus::Held;
        QVERIFY(SessionService(**m_ledger).save(february).ok());
        Attendance a;
        a.memberId = memberId(**m_ledger, "M001");
        QVERIFY(AttendanceService(**m_ledger).save(february.id, {a}).ok());
        undo->undo();
        QCOMPARE(present(), 3);
        QCOMPARE(attendance(february.id).size(), qsizetype(1));
    }
};

QTEST_MAIN(TestSessionListUndo)
#include "TestSessionListUndo.moc"
