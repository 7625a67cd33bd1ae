#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using namespace Qt::StringLiterals;

// Schema 7: members.name_initials, filled by the migration for the members already there and
// written with every insert and rename; the members filter finds a name by its initials.
class TestNameInitials : public QObject
{
    Q_OBJECT

    static QString initialsOf(Database& db, const QString& extId)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT name_initials FROM members WHERE ext_id = ?"_s);
        q.addBindValue(extId);
        if (!q.exec() || !q.next())
            return u"<none>"_s;
        return q.value(0).toString();
    }

    static QStringList namesFound(Database& db, const QString& filter)
    {
        MemberQuery query;
        query.filter = filter;
        query.sortKey = MemberQuery::SortKey::Name;
        auto rows = MemberRepository(db).page(query, 0, 100);
        if (!rows.ok())
            return {rows.error().text()};
        QStringList names;
        for (const MemberRow& r : *rows)
            names << r.member.name;
        return names;
    }

private slots:
    void migrationFillsExistingMembers()
    {
        QTemporaryDir dir;
        auto opened =
            Database::open(dir.filePath(u"old.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(Migrator::migrate(db, 6).ok());
        QCOMPARE(db.schemaVersion(), 6);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO organisations (id, ext_id, name, kind) "
                       "VALUES (1, 'B01', '第一党支部', 'branch')"_s));
        QVERIFY(q.exec(u"INSERT INTO members (ext_id, name, org_id) VALUES "
                       "('M1', '张伟', 1), ('M2', '李娜', 1), ('M3', '欧阳Anna', 1)"_s));

        auto report = Migrator::migrate(db);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().text()));
        QCOMPARE(report->fromVersion, 6);
        QVERIFY(report->toVersion >= 7);
        QCOMPARE(initialsOf(db, u"M1"_s), u"zw"_s);
        QCOMPARE(initialsOf(db, u"M2"_s), u"ln"_s);
        QCOMPARE(initialsOf(db, u"M3"_s), u"oyanna"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                       "name = 'members_name_initials'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        auto problems = db.check();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    void insertAndRenameWriteTheInitials()
    {
        QTemporaryDir dir;
        auto opened =
            Database::open(dir.filePath(u"new.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(Migrator::migrate(db).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO organisations (id, ext_id, name, kind) "
                       "VALUES (1, 'B01', '第一党支部', 'branch')"_s));
        MemberRepository repo(db);
        Member m;
        m.extId = u"A1"_s;
        m.name = u"张伟"_s;
        m.orgId = 1;
        auto id = repo.insert(m);
        QVERIFY(id.ok());
        QCOMPARE(initialsOf(db, u"A1"_s), u"zw"_s);
        for (const auto& [ext, name] :
             {std::pair{u"A2"_s, u"张文"_s}, {u"A3"_s, u"李伟"_s}, {u"A4"_s, u"赵小伟"_s}}) {
            Member other = m;
            other.extId = ext;
            other.name = name;
            QVERIFY(repo.insertNew(other).ok());
        }

        // Initials from the first: zw finds 张伟 and 张文, not 李伟 or 赵小伟 (zxw); the text
        // is still matched anywhere; upper case is the same.
        QCOMPARE(namesFound(db, u"zw"_s), (QStringList{u"张伟"_s, u"张文"_s}));
        QCOMPARE(namesFound(db, u"ZW"_s), (QStringList{u"张伟"_s, u"张文"_s}));
        QCOMPARE(namesFound(db, u"伟"_s), (QStringList{u"李伟"_s, u"张伟"_s, u"赵小伟"_s}));
        QCOMPARE(namesFound(db, u"zxw"_s), QStringList{u"赵小伟"_s});
        QCOMPARE(namesFound(db, u"x"_s), QStringList());

        m.id = *id;
        m.name = u"王芳"_s;
        QVERIFY(repo.update(m).ok());
        QCOMPARE(initialsOf(db, u"A1"_s), u"wf"_s);
        QCOMPARE(namesFound(db, u"wf"_s), QStringList{u"王芳"_s});
        QCOMPARE(namesFound(db, u"zw"_s), QStringList{u"张文"_s});
    }
};

QTEST_GUILESS_MAIN(TestNameInitials)
#include "TestNameInitials.moc"
