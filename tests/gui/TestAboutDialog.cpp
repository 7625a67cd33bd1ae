#include "gui/GuiFixture.h"

#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/ApplicationIcon.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace sl;

// Help › About StudyLedger: the version of project(VERSION …) in the top CMakeLists.txt, the Qt
// versions and the licence, under the application icon compiled into the program.
class TestAboutDialog : public QObject
{
    Q_OBJECT

    static QString declaredVersion()
    {
        QFile file(QStringLiteral(SL_TEST_DATA_DIR "/../../CMakeLists.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression project(
            QStringLiteral("project\\(StudyLedger\\s+VERSION\\s+(\\d+\\.\\d+\\.\\d+)"));
        return project.match(QString::fromUtf8(file.readAll())).captured(1);
    }

    static QString labelText(const QWidget* dialog, const char* name)
    {
        const auto* label = dialog->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

private slots:
    void theIconHasEverySize()
    {
        const QList<int> sizes = ui::applicationIconSizes();
        QVERIFY2(sizes.contains(16) && sizes.contains(256),
                 qPrintable(QString::number(sizes.size())));
        const QIcon icon = ui::applicationIcon();
        QVERIFY(!icon.isNull());
        for (int size : sizes)
            QCOMPARE(icon.pixmap(QSize(size, size)).size(), QSize(size, size));
        // Not a blank square: the red cover, and the gold star in its upper middle.
        const QImage image = icon.pixmap(QSize(256, 256)).toImage();
        const QColor cover = image.pixelColor(200, 40);
        QVERIFY2(cover.red() > 150 && cover.green() < 90, qPrintable(cover.name()));
        const QColor star = image.pixelColor(140, 100);
        QVERIFY2(star.red() > 200 && star.green() > 150 && star.blue() < 120,
                 qPrintable(star.name()));
    }

    void showsVersionQtAndLicence()
    {
        const QString version = declaredVersion();
        QVERIFY(!version.isEmpty());
        AboutDialog dialog;
        QCOMPARE(labelText(&dialog, "versionLabel"), QStringLiteral("Version %1").arg(version));
        const QString qt = labelText(&dialog, "qtVersionLabel");
        QVERIFY2(qt.contains(QLatin1String(qVersion())), qPrintable(qt));
        QVERIFY2(qt.contains(QLatin1String(QT_VERSION_STR)), qPrintable(qt));
        const QString licence = labelText(&dialog, "licenseLabel");
        QVERIFY2(licence.startsWith(QLatin1String("Licence: ")) && licence.size() > 12,
                 qPrintable(licence));
        QCOMPARE(labelText(&dialog, "nameLabel"), QStringLiteral("StudyLedger"));
        const auto* icon = dialog.findChild<QLabel*>(QStringLiteral("iconLabel"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
    }

    void theHelpMenuOpensItInChinese()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        GuiFixture fixture;
        auto ledger = Ledger::open(fixture.ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        MainWindow window(std::move(ledger).value(), false);
        window.show();
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("关于学习台账(&A)"));
        about->trigger();
        auto* dialog = window.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("关于学习台账"));
        const QString version = labelText(dialog, "versionLabel");
        QVERIFY2(version.contains(declaredVersion()), qPrintable(version));
        QVERIFY2(!version.startsWith(QLatin1String("Version")), qPrintable(version));
        QVERIFY(!labelText(dialog, "licenseLabel").startsWith(QLatin1String("Licence")));
        dialog->reject(); // deletes itself on close
        QTRY_VERIFY(!window.findChild<AboutDialog*>());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
