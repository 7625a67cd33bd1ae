#include "gui/common/TranslationFiles.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sl;

// Where the program finds its catalogues: an installed one beside the program
// (PREFIX/bin/../share/studyledger/translations), Qt's, then the one compiled in (:/i18n).
class TestTranslationFiles : public QObject
{
    Q_OBJECT

    const QString m_name = QStringLiteral("studyledger_zh_CN.qm");

private slots:
    void theInstalledFolderComesFirst()
    {
        const QStringList dirs = ui::translationDirs(QStringLiteral("/opt/sl/bin"));
        QCOMPARE(dirs.first(), QStringLiteral("/opt/sl/share/studyledger/translations"));
        QVERIFY(dirs.contains(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCOMPARE(dirs.last(), QStringLiteral(":/i18n"));
        // Without a program folder (no application): the other two only.
        QCOMPARE(ui::translationDirs(QString()).size(), dirs.size() - 1);
    }

    void theCompiledCatalogueIsTheFallback()
    {
        // A program that is not installed (the build tree): nothing in PREFIX/share.
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        const QStringList dirs = ui::translationDirs(prefix.filePath(QStringLiteral("bin")));
        QCOMPARE(ui::findCatalogue(m_name, dirs), QStringLiteral(":/i18n/") + m_name);
        QTranslator translator;
        QVERIFY(translator.load(ui::findCatalogue(m_name, dirs)));
        QVERIFY(!translator.isEmpty());
        QVERIFY(ui::findCatalogue(QStringLiteral("nothing_zh_CN.qm"), dirs).isEmpty());
    }

    void anInstalledCatalogueIsFound()
    {
        // PREFIX/bin/studyledger finds PREFIX/share/studyledger/translations/…, as installed by
        // `cmake --install` (cmake/Packaging.cmake); a copy of the compiled-in catalogue.
        QTemporaryDir prefix;
        const QString share = prefix.filePath(QStringLiteral("share/studyledger/translations"));
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        QVERIFY(QDir().mkpath(share));
        QVERIFY(QFile::copy(QStringLiteral(":/i18n/") + m_name, share + QLatin1Char('/') + m_name));
        const QStringList dirs = ui::translationDirs(prefix.filePath(QStringLiteral("bin")));
        const QString found = ui::findCatalogue(m_name, dirs);
        QCOMPARE(found, share + QLatin1Char('/') + m_name);
        QTranslator translator;
        QVERIFY(translator.load(found));
        QCOMPARE(translator.translate("sl::AboutDialog", "About StudyLedger"),
                 QStringLiteral("关于学习台账"));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
