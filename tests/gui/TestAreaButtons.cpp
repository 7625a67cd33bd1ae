// Every area at the smallest window the program supports (1280×720, UX.md), in Chinese: no
// button of an area is squeezed below the width its text needs (a cut text, or a menu arrow
// drawn over the text), and no filter field is narrower than its placeholder.
#include "gui/DemoGuiFixture.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace sl;

class TestAreaButtons : public QObject
{
    Q_OBJECT

    std::unique_ptr<DemoGuiFixture> m_demo;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_demo = std::make_unique<DemoGuiFixture>();
        QVERIFY(m_demo->built);
        auto ledger = Ledger::open(m_demo->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger);
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1280, 720));
    }

    void cleanupTestCase() { m_window.reset(); }

    void nothingIsSqueezedAt1280()
    {
        QStringList squeezed;
        int filters = 0;
        for (const QString& area : m_window->areas()) {
            QVERIFY(m_window->showArea(area));
            QWidget* view = m_window->areaViews()->view(area);
            QCoreApplication::processEvents();
            for (QAbstractButton* b : view->findChildren<QAbstractButton*>()) {
                if (!b->isVisible() || b->text().isEmpty() || b->width() <= 0)
                    continue;
                // A text-only tool button leaves its menu arrow out of its size: drawn over the
                // text.
                if (auto* tool = qobject_cast<QToolButton*>(b);
                    tool && tool->menu() && tool->toolButtonStyle() == Qt::ToolButtonTextOnly)
                    squeezed << QStringLiteral("%1: the menu arrow of %2 is drawn over its text")
                                    .arg(area, b->text());
                if (b->width() < b->minimumSizeHint().width() ||
                    b->width() < b->sizeHint().width() - 2)
                    squeezed << QStringLiteral("%1: button %2 is %3 px wide of %4")
                                    .arg(area, b->text())
                                    .arg(b->width())
                                    .arg(b->sizeHint().width());
            }
            for (QLineEdit* e : view->findChildren<QLineEdit*>()) {
                if (!e->isVisible() || e->placeholderText().isEmpty() ||
                    !e->objectName().endsWith(QStringLiteral("FilterLineEdit")))
                    continue;
                ++filters;
                const int needed = e->fontMetrics().horizontalAdvance(e->placeholderText());
                if (e->width() < needed)
                    squeezed << QStringLiteral("%1: filter %2 is %3 px wide of %4")
                                    .arg(area, e->placeholderText())
                                    .arg(e->width())
                                    .arg(needed);
            }
        }
        QVERIFY2(squeezed.isEmpty(), qPrintable(squeezed.join(QLatin1Char('\n'))));
        QVERIFY(filters >= 2); // self-study's and writings' at least were measured
    }
};

QTEST_MAIN(TestAreaButtons)
#include "TestAreaButtons.moc"
