#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/RubricRepository.h"
#include "support/MigratedDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sl;

class TestRubricRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        m_db = migratedDatabase(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(m_db);
    }

    void defaultsWhenNoRowIsStored()
    {
        RubricRepository repo(*m_db);
        auto r = repo.forYear(2026);
        QVERIFY(r.ok());
        QCOMPARE(*r, Rubric::defaults(2026));
        QCOMPARE(*repo.exists(2026), false);
    }

    void schemaDefaultsEqualDomainDefaults()
    {
        // A row stored with every column at its schema default reads back as the defaults.
        RubricRepository repo(*m_db);
        QVERIFY(repo.save(Rubric::defaults(2024)).ok());
        QCOMPARE(*repo.forYear(2024), Rubric::defaults(2024));
    }

    void saveAndReplace()
    {
        RubricRepository repo(*m_db);
        Rubric r = Rubric::defaults(2027);
        r.attendanceMax = 30;
        r.hoursMax = 35;
        r.pointsMakeup = 0.5;
        r.hoursTarget = 40;
        r.hoursTargetCadre = 60.5;
        r.notesTarget = 8000;
        r.notesTargetCadre = 12000;
        r.speechesTarget = 3;
        r.writingsTarget = 4;
        r.bonusPerAward = 1;
        r.bonusMax = 3;
        r.gradeExcellent = 92;
        r.gradePass = 75;
        r.gradeBasicPass = 61;
        QVERIFY(repo.save(r).ok());
        QCOMPARE(*repo.exists(2027), true);
        QCOMPARE(*repo.forYear(2027), r);

        r.published = true;
        r.veto = false;
        r.speechesTarget = 5;
        QVERIFY(repo.save(r).ok());
        QCOMPARE(*repo.forYear(2027), r);
        // Other years are untouched.
        QCOMPARE(*repo.forYear(2028), Rubric::defaults(2028));
    }

    void databaseRefusesWhatTheSchemaForbids()
    {
        Rubric r = Rubric::defaults(2029);
        r.hoursTarget = 0;
        QVERIFY(!RubricRepository(*m_db).save(r).ok());
    }
};

QTEST_GUILESS_MAIN(TestRubricRepository)
#include "TestRubricRepository.moc"
