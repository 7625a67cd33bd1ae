// The interface language switches live (设置 › 语言 and View › Interface Language): the menus,
// the sidebar and every area are in the new language at once, with no string left in the other
// one; the switch asks first (保存 / 不保存 / 取消) while an area holds unsaved edits.
#include "gui/GuiFixture.h"

#include "gui/AreaViews.h"
#include "gui/MainWindow.h"
#include "gui/NavigationSidebar.h"
#include "gui/common/LocalisedFileModel.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/UiLanguage.h"
#include "gui/settings/LanguagePage.h"
#include "gui/settings/RubricPage.h"
#include "gui/settings/SettingsView.h"

#include <QAbstractButton>
#include <QAbstractFileIconProvider>
#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace sl;

namespace {

bool hasCjk(const QString& text)
{
    static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{30ff}\\x{4e00}-\\x{9fff}"
                                                       "\\x{ff00}-\\x{ffef}]"));
    return cjk.match(text).hasMatch();
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

// The sources of the messages with a number (%n) in a translation file.
QSet<QString> numerusSources(const QString& fileName)
{
    QSet<QString> out;
    QFile file(QStringLiteral(SL_TEST_DATA_DIR "/../../resources/translations/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.isStartElement() && xml.name() == QLatin1String("source") && numerus)
            out << xml.readElementText();
    }
    return out;
}

// The English sources of the translation that have a Chinese translation of their own.
QSet<QString> translatedSources()
{
    QSet<QString> out;
    QFile file(
        QStringLiteral(SL_TEST_DATA_DIR "/../../resources/translations/studyledger_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source && hasCjk(translation) &&
                plain(source).size() > 1)
                out << plain(source);
        }
    }
    return out;
}

// The texts the user sees in the window: labels, buttons, group boxes, tabs, table headers,
// the sidebar and the menus (each with where it was found). Texts marked "languageName" (中文,
// English) are each language's own name.
QList<std::pair<QString, QString>> visibleTexts(MainWindow& window)
{
    QList<std::pair<QString, QString>> out;
    auto add = [&out](const QObject* where, const QString& text) {
        if (!text.trimmed().isEmpty() && !where->property("languageName").toBool())
            out.append({where->objectName() + QStringLiteral(" (") +
                            QString::fromLatin1(where->metaObject()->className()) +
                            QStringLiteral(")"),
                        text});
    };
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            add(label, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            add(box, box->title());
        else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs, tabs->tabText(i));
        } else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    add(header, header->model()->headerData(i, header->orientation()).toString());
            }
        }
    }
    for (int i = 0; i < window.sidebar()->count(); ++i)
        add(window.sidebar(), window.sidebar()->item(i)->text());
    for (QAction* menu : window.menuBar()->actions()) {
        add(menu, menu->text());
        if (menu->menu()) {
            for (QAction* a : menu->menu()->actions())
                add(a, a->text());
        }
    }
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    // The data of the fixture, which keeps its language: organisation and member names.
    QStringList m_data;

    QString withoutData(QString text) const
    {
        for (const QString& d : m_data)
            text.remove(d);
        return text;
    }

    void switchInSettings(UiLanguage language)
    {
        QVERIFY(m_window->showArea(AreaViews::settingsArea));
        LanguagePage* page = m_window->settingsView()->languagePage();
        page->button(language)->click();
        QCoreApplication::processEvents(); // the switch is queued: it rebuilds the page
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(ui::installTranslations(UiLanguage::Chinese));
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_fixture = std::make_unique<GuiFixture>();
        m_fixture->addNamedMembers();
        m_data = {QStringLiteral("机关党委"), QStringLiteral("第一党支部"),
                  QStringLiteral("第二党支部"), QStringLiteral("第一党小组"),
                  QStringLiteral("张伟华"), QStringLiteral("张伟"), QStringLiteral("王芳"),
                  QStringLiteral("科员"),
                  // The bulletin is a Chinese document in either language: its fixed headings.
                  QStringLiteral("二、主要做法和成效"), QStringLiteral("五、下一步工作要求")};
        auto ledger = Ledger::open(m_fixture->ledger.path(), OpenMode::MustExist);
        QVERIFY(ledger.ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger).value(), false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        ui::installTranslations(UiLanguage::Chinese);
    }

    void switchesToEnglishWithoutARestart()
    {
        QVERIFY(m_window->showArea(AreaViews::membersArea));
        QCOMPARE(m_window->sidebar()->label(AreaViews::membersArea), QStringLiteral("组织与党员"));
        switchInSettings(UiLanguage::English);
        QCOMPARE(ui::language(), UiLanguage::English);
        // The area shown stays, the sidebar and the menus are in English.
        QCOMPARE(m_window->currentArea(), AreaViews::settingsArea);
        QCOMPARE(m_window->sidebar()->label(AreaViews::membersArea),
                 QStringLiteral("Organisations and members"));
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY(m_window->settingsView()->languagePage()->button(UiLanguage::English)->isChecked());
        // English plurals, not "member(s)".
        QVERIFY(m_window->showArea(AreaViews::membersArea));
        QCOMPARE(m_window->memberCountText(), QStringLiteral("12 members"));
    }

    void everyNumberMessageHasItsEnglishPlurals()
    {
        const QSet<QString> chinese = numerusSources(QStringLiteral("studyledger_zh_CN.ts"));
        const QSet<QString> english = numerusSources(QStringLiteral("studyledger_en.ts"));
        QVERIFY(chinese.size() > 20);
        const QSet<QString> missing = chinese - english;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.values()).join(u'\n')));
    }

    void noChineseLeftInAnyAreaInEnglish()
    {
        QCOMPARE(ui::language(), UiLanguage::English);
        QStringList leaks;
        for (const QString& area : m_window->areas()) {
            QVERIFY(m_window->showArea(area));
            QCoreApplication::processEvents();
            for (const auto& [where, text] : visibleTexts(*m_window)) {
                if (hasCjk(withoutData(text)))
                    leaks << area + QStringLiteral(": ") + where + QStringLiteral(": ") + text;
            }
        }
        leaks.removeDuplicates();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void switchesBackToChineseWithNoEnglishSourceLeft()
    {
        const QAction* chinese = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->property("languageName").toBool() && hasCjk(a->text()))
                chinese = a;
        }
        QVERIFY(chinese);
        const_cast<QAction*>(chinese)->trigger(); // View › Interface Language › 中文
        QCOMPARE(ui::language(), UiLanguage::Chinese);
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        const QSet<QString> sources = translatedSources();
        QVERIFY(sources.size() > 500);
        QStringList leaks;
        for (const QString& area : m_window->areas()) {
            QVERIFY(m_window->showArea(area));
            QCoreApplication::processEvents();
            for (const auto& [where, text] : visibleTexts(*m_window)) {
                if (sources.contains(plain(text)))
                    leaks << area + QStringLiteral(": ") + where + QStringLiteral(": ") + text;
            }
            // A tool button shows no mnemonic it cannot act on ("新建条目(N)…").
            static const QRegularExpression dead(QStringLiteral("\\([A-Z]\\)"));
            for (const QToolButton* b : m_window->findChildren<QToolButton*>()) {
                if (b->isVisible() && dead.match(b->text()).hasMatch())
                    leaks << area + QStringLiteral(": dead mnemonic on ") + b->text();
            }
        }
        leaks.removeDuplicates();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void asksBeforeUnsavedEditsAreDropped()
    {
        QVERIFY(m_window->showArea(AreaViews::settingsArea));
        RubricPage* rubric = m_window->settingsView()->rubricPage();
        QDoubleSpinBox* hours = rubric->field(QStringLiteral("hours_target"));
        QVERIFY(hours);
        const double stored = hours->value();
        hours->setValue(stored + 1);
        QVERIFY(rubric->isModified());
        // 取消: nothing is rebuilt, the edit is still there, the page shows the language kept.
        MessageBoxes::setAutoAnswer(QMessageBox::Cancel);
        switchInSettings(UiLanguage::English);
        QCOMPARE(ui::language(), UiLanguage::Chinese);
        QCOMPARE(m_window->settingsView()->rubricPage(), rubric);
        QVERIFY(rubric->isModified());
        QVERIFY(m_window->settingsView()->languagePage()->button(UiLanguage::Chinese)->isChecked());
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("尚未保存")));
        // 不保存: the switch goes on and the page shows the stored value again.
        MessageBoxes::setAutoAnswer(QMessageBox::Discard);
        switchInSettings(UiLanguage::English);
        QCOMPARE(ui::language(), UiLanguage::English);
        rubric = m_window->settingsView()->rubricPage();
        QVERIFY(!rubric->isModified());
        QCOMPARE(rubric->field(QStringLiteral("hours_target"))->value(), stored);
        // 保存: the edit is written, then the switch goes on.
        QVERIFY(m_window->showArea(AreaViews::settingsArea));
        rubric->field(QStringLiteral("hours_target"))->setValue(stored + 2);
        MessageBoxes::setAutoAnswer(QMessageBox::Save);
        switchInSettings(UiLanguage::Chinese);
        QCOMPARE(ui::language(), UiLanguage::Chinese);
        rubric = m_window->settingsView()->rubricPage();
        QVERIFY(!rubric->isModified());
        QCOMPARE(rubric->field(QStringLiteral("hours_target"))->value(), stored + 2);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void fileDialogsSpeakChinese()
    {
        // Qt's own catalogue lacks the file dialog's type column; ours fills it.
        QTemporaryDir dir;
        QCOMPARE(QAbstractFileIconProvider().type(QFileInfo(dir.path())), QStringLiteral("文件夹"));
        // Their dates follow the interface's locale, not the system's (C here).
        QFile file(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QFileSystemModel files;
        LocalisedFileModel model;
        model.setSourceModel(&files);
        QSignalSpy loaded(&files, &QFileSystemModel::directoryLoaded);
        const QModelIndex root = files.setRootPath(dir.path());
        QVERIFY(loaded.wait(5000) || files.rowCount(root) > 0);
        const QModelIndex row = model.mapFromSource(files.index(file.fileName(), 0));
        QVERIFY(row.isValid());
        const QString shown =
            model.index(row.row(), LocalisedFileModel::dateColumn, row.parent()).data().toString();
        const QDateTime modified = QFileInfo(file.fileName()).lastModified();
        QCOMPARE(
            shown,
            QLocale(QLocale::Chinese, QLocale::China).toString(modified, QLocale::ShortFormat));
        QVERIFY(shown != QLocale::system().toString(modified, QLocale::ShortFormat));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "TestLanguageSwitch.moc"
