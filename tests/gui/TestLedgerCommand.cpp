#include "gui/common/IdAliases.h"
#include "gui/common/LedgerCommand.h"
#include "gui/common/MergeId.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace sl;

namespace {

// A command whose edit each way is a function (a service call in the application).
class FakeCommand : public LedgerCommand
{
public:
    FakeCommand(std::shared_ptr<Context> context, std::function<Status()> apply,
                std::function<Status()> revert, bool alreadyDone = false,
                MergeId mergeId = MergeId::None)
        : LedgerCommand(std::move(context), QStringLiteral("fake"), alreadyDone, mergeId),
          m_apply(std::move(apply)), m_revert(std::move(revert))
    {
    }

protected:
    Status apply() override { return m_apply(); }
    Status revert() override { return m_revert(); }

private:
    std::function<Status()> m_apply;
    std::function<Status()> m_revert;
};

Status refused()
{
    return Error::invalid(QStringLiteral("topic"), QStringLiteral("refused"));
}

} // namespace

// The one undo base: the first redo of a done edit is skipped, a failure is reported and the
// command dropped, the merge id comes from the one enum, the aliases lead to re-created records.
class TestLedgerCommand : public QObject
{
    Q_OBJECT

private slots:
    void appliesAndReverts()
    {
        auto context = std::make_shared<LedgerCommand::Context>();
        QUndoStack stack;
        int value = 0;
        stack.push(new FakeCommand(
            context, [&] { return ++value, Status(); }, [&] { return --value, Status(); }));
        QCOMPARE(value, 1);
        stack.undo();
        QCOMPARE(value, 0);
        stack.redo();
        QCOMPARE(value, 1);
        // Done before the push: the push's redo changes nothing.
        stack.push(new FakeCommand(
            context, [&] { return ++value, Status(); }, [&] { return --value, Status(); }, true));
        QCOMPARE(value, 1);
        stack.undo();
        QCOMPARE(value, 0);
        QCOMPARE(stack.command(0)->id(), -1);
    }

    void aFailureIsReportedAndTheCommandDropped()
    {
        auto context = std::make_shared<LedgerCommand::Context>();
        QStringList reports;
        context->report = [&](const Error& e) { reports << e.message; };
        QUndoStack stack;
        stack.push(new FakeCommand(context, refused, refused));
        QVERIFY(context->failed);
        QCOMPARE(stack.count(), 0); // a first redo that fails is not kept
        QCOMPARE(reports, QStringList{QStringLiteral("refused")});

        bool undoWorks = false;
        stack.push(new FakeCommand(
            context, [] { return Status(); }, [&] { return undoWorks ? Status() : refused(); }));
        QVERIFY(!context->failed);
        QCOMPARE(stack.count(), 1);
        stack.undo(); // refused (changed elsewhere meanwhile): told, and dropped
        QVERIFY(context->failed);
        QCOMPARE(reports.size(), 2);
        QCOMPARE(stack.count(), 0);
    }

    void mergesByTheOneEnum()
    {
        auto context = std::make_shared<LedgerCommand::Context>();
        FakeCommand field(
            context, [] { return Status(); }, [] { return Status(); }, true, MergeId::SessionField);
        QCOMPARE(field.id(), int(MergeId::SessionField));
        QVERIFY(int(MergeId::AttendanceField) != int(MergeId::SessionField));
        QVERIFY(int(MergeId::AttendanceField) >= 0);
    }

    void aliasesFollowTheRecreations()
    {
        IdAliases aliases;
        QCOMPARE(aliases.resolve(5), qint64(5));
        aliases.alias(5, 7); // removed, restored as 7
        aliases.alias(7, 9); // and again as 9
        QCOMPARE(aliases.resolve(5), qint64(9));
        QCOMPARE(aliases.resolve(7), qint64(9));
        QCOMPARE(aliases.resolve(9), qint64(9));
        // The database hands out 5 again for the record that was 9: 5 names itself now, and the
        // chain cannot loop.
        aliases.alias(9, 5);
        QCOMPARE(aliases.resolve(5), qint64(5));
        QCOMPARE(aliases.resolve(7), qint64(5));
        QCOMPARE(aliases.resolve(9), qint64(5));
        aliases.clear();
        QCOMPARE(aliases.resolve(7), qint64(7));
    }
};

QTEST_MAIN(TestLedgerCommand)
#include "TestLedgerCommand.moc"
