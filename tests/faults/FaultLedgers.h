#pragma once

#include "faults/FaultHarness.h"
#include "support/CliRunner.h"

#include <QTest>

// Ledgers for the fault-injection tests: stage k holds the test files of the first k import
// kinds, imported in dependency order by the CLI itself (tests/data, a few dozen rows each).
// Self-study and writings are written here with dates early in 2026: tests/data's files hold
// December dates, which an import refuses while they lie in the future.
namespace faults {

struct ImportStep
{
    const char* kind;
    const char* file;
};

// The files of a year (yearFiles()), then self-study and writings (written by StagedLedgers).
inline const QList<ImportStep>& importSteps()
{
    static const QList<ImportStep> steps = [] {
        QList<ImportStep> out;
        for (const auto& [kind, file] : yearFiles())
            out.append(ImportStep{kind, file});
        out.append(ImportStep{"selfstudy", nullptr});
        out.append(ImportStep{"writings", nullptr});
        return out;
    }();
    return steps;
}

class StagedLedgers
{
public:
    // Builds stage 0 (an empty ledger) to stage importSteps().size() (everything imported).
    bool build()
    {
        if (!m_dir.isValid() || !writeActivityFiles())
            return false;
        const QString first = stage(0);
        Run init = cli({QStringLiteral("--db"), first, QStringLiteral("init")});
        if (init.code != 0) {
            qWarning("init failed: %s", qPrintable(describe(init)));
            return false;
        }
        for (int k = 1; k <= importSteps().size(); ++k) {
            const ImportStep& step = importSteps()[k - 1];
            if (!copyDatabase(stage(k - 1), stage(k)))
                return false;
            Run run = cli({QStringLiteral("--db"), stage(k), QStringLiteral("import"),
                           QString::fromLatin1(step.kind), file(step)});
            if (run.code != 0) {
                qWarning("import %s failed: %s", step.kind, qPrintable(describe(run)));
                return false;
            }
        }
        return true;
    }

    QString stage(int k) const { return m_dir.filePath(QStringLiteral("stage-%1.sqlite").arg(k)); }
    QString full() const { return stage(importSteps().size()); }

    // The file imported for a step.
    QString file(const ImportStep& step) const
    {
        return step.file ? QStringLiteral(SL_TEST_DATA_DIR "/") + QString::fromLatin1(step.file)
                         : m_dir.filePath(QString::fromLatin1(step.kind) + QStringLiteral(".csv"));
    }

private:
    bool writeActivityFiles() const
    {
        QStringList selfStudy{QStringLiteral("党员编号,日期,时长（分钟）,学习内容,形式,笔记")};
        for (int i = 0; i < 12; ++i)
            selfStudy << QStringLiteral("M00%1,2026-0%2-1%3,%4,学习内容第%5篇,%6,笔记%5")
                             .arg(i % 4 + 1)
                             .arg(i % 9 + 1)
                             .arg(i % 9)
                             .arg(30 + i * 5)
                             .arg(i + 1)
                             .arg(i % 2 ? QStringLiteral("网络课程") : QStringLiteral("书籍"));
        QStringList writings{
            QStringLiteral("member_id,kind,title,date,chars,text,published,award")};
        for (int i = 0; i < 8; ++i)
            writings << QStringLiteral("M00%1,心得体会,学习体会第%2篇,2026-0%3-2%4,,"
                                       "\"　　通过学习，我认识到第%2点。\",,")
                            .arg(i % 4 + 1)
                            .arg(i + 1)
                            .arg(i % 9 + 1)
                            .arg(i % 9);
        for (const auto& [name, lines] : {qMakePair(QStringLiteral("selfstudy.csv"), selfStudy),
                                          qMakePair(QStringLiteral("writings.csv"), writings)}) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace faults
