#include "storage/Database.h"
#include "storage/MemberRepository.h"
#include "storage/Migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sl;
using namespace Qt::StringLiterals;

// MemberRepository::insertNew binds through SQLite's own API (the import's path), insert through
// QSqlQuery: the two must store the same values, NULLs and empty texts alike, and insertNew
// must leave an existing number alone.
class TestMemberInsertNew : public QObject
{
    Q_OBJECT

    // Every stored column of a member as "type:value", so that NULL, '' and text differ.
    static QStringList stored(Database& db, const QString& extId)
    {
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT typeof(name) || ':' || name, typeof(gender) || ':' || "
                  "coalesce(gender, ''), typeof(birth_date) || ':' || coalesce(birth_date, ''), "
                  "typeof(join_date) || ':' || coalesce(join_date, ''), typeof(category) || ':' "
                  "|| coalesce(category, ''), typeof(org_id) || ':' || org_id, typeof(position) "
                  "|| ':' || position, typeof(cadre_level) || ':' || cadre_level, "
                  "typeof(phone) || ':' || phone, typeof(name_initials) || ':' || "
                  "coalesce(name_initials, ''), typeof(left_on) || ':' || coalesce(left_on, ''), "
                  "typeof(leave_reason) || ':' || coalesce(leave_reason, ''), "
                  "typeof(leave_note) || ':' || leave_note FROM members WHERE ext_id = ?"_s);
        q.addBindValue(extId);
        QStringList out;
        if (!q.exec() || !q.next())
            return {u"<none>"_s};
        for (int c = 0; c < 13; ++c)
            out << q.value(c).toString();
        return out;
    }

    static Member sample(const QString& extId, bool full)
    {
        Member m;
        m.extId = extId;
        m.name = full ? u"欧阳𠀾Anna"_s : u"王五"_s;
        m.orgId = 1;
        if (full) {
            m.gender = Gender::Female;
            m.birthDate = Date(1961, 2, 3);
            m.joinDate = Date(1999, 12, 31);
            m.category = MemberCategory::Probationary;
            m.position = u"支部书记"_s;
            m.cadreLevel = CadreLevel::Section;
            m.phone = u"13800000000"_s;
            m.leftOn = Date(2026, 1, 9);
            m.leaveReason = LeaveReason::TransferredOut;
            m.leaveNote = u"调往外市"_s;
        }
        return m;
    }

private slots:
    void storesWhatInsertStores()
    {
        QTemporaryDir dir;
        auto opened =
            Database::open(dir.filePath(u"l.sqlite"_s), Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        Database& db = **opened;
        QVERIFY(Migrator::migrate(db).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO organisations (id, ext_id, name, kind) "
                       "VALUES (1, 'B01', '第一党支部', 'branch')"_s));
        MemberRepository repo(db);
        for (bool full : {false, true}) {
            const QString a = full ? u"A2"_s : u"A1"_s;
            const QString b = full ? u"B2"_s : u"B1"_s;
            QVERIFY(repo.insert(sample(a, full)).ok());
            auto added = repo.insertNew(sample(b, full));
            QVERIFY(added.ok());
            QVERIFY(*added > 0);
            QCOMPARE(stored(db, b), stored(db, a));
        }
        QVERIFY(stored(db, u"B2"_s).contains(u"text:1961-02-03"_s));
        QVERIFY(stored(db, u"B1"_s).contains(u"null:"_s));
        QVERIFY(stored(db, u"B1"_s).contains(u"text:"_s)); // position '' not NULL

        // An existing number: nothing inserted, nothing changed, 0 returned; the statement is
        // reused for the next row.
        Member again = sample(u"B1"_s, true);
        const QStringList before = stored(db, u"B1"_s);
        auto none = repo.insertNew(again);
        QVERIFY(none.ok());
        QCOMPARE(*none, qint64(0));
        QCOMPARE(stored(db, u"B1"_s), before);
        auto next = repo.insertNew(sample(u"C1"_s, false));
        QVERIFY(next.ok());
        QVERIFY(*next > 0);
        QCOMPARE(stored(db, u"C1"_s), stored(db, u"A1"_s));

        // A refused row reports SQLite's own message and leaves the statement usable.
        Member orphan = sample(u"D1"_s, false);
        orphan.orgId = 99; // no such organisation
        auto refused = repo.insertNew(orphan);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"FOREIGN KEY"_s),
                 qPrintable(refused.error().message));
        QVERIFY(repo.insertNew(sample(u"E1"_s, false)).ok());
    }
};

QTEST_GUILESS_MAIN(TestMemberInsertNew)
#include "TestMemberInsertNew.moc"
