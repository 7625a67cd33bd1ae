// Every form of ui/ lays out at its minimum size, in Chinese and in English, at 200 % (the
// scale the test runs at unless QT_SCALE_FACTOR says otherwise; ctest runs it at 100 % too):
// no label or button is cut (narrower than its minimum, or shorter than its wrapped text),
// no two widgets of a layout overlap, and the form fits 1280 × 720.
#include "gui/common/UiLanguage.h"

#include "ui_AboutDialog.h"
#include "ui_AccountsDialog.h"
#include "ui_AdjustmentDialog.h"
#include "ui_BackupSettingsPage.h"
#include "ui_BulletinSettingsDialog.h"
#include "ui_DeactivateDialog.h"
#include "ui_ExpertDialog.h"
#include "ui_ExportPackageDialog.h"
#include "ui_ImportPackageDialog.h"
#include "ui_ImportWizard.h"
#include "ui_IssueBulletinDialog.h"
#include "ui_LanguagePage.h"
#include "ui_LedgerVolumeDialog.h"
#include "ui_LoginDialog.h"
#include "ui_MakeupDialog.h"
#include "ui_MemberDialog.h"
#include "ui_MembershipDialog.h"
#include "ui_ModelStatusDialog.h"
#include "ui_ModelUnitDialog.h"
#include "ui_NewAccountDialog.h"
#include "ui_OrganisationDialog.h"
#include "ui_PasswordDialog.h"
#include "ui_PlanItemDialog.h"
#include "ui_RubricPage.h"
#include "ui_SelfStudyDialog.h"
#include "ui_SeriesDialog.h"
#include "ui_SessionEditor.h"
#include "ui_SettingsView.h"
#include "ui_StudyGroupDialog.h"
#include "ui_TransferDialog.h"
#include "ui_WritingDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// 200 % unless the environment chooses: set before the application exists.
const bool scaleSet = [] {
    if (qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
        qputenv("QT_SCALE_FACTOR", "2");
    return true;
}();

using Make = std::function<std::unique_ptr<QWidget>()>;

// A form's top widget holding its Ui object.
template <class Form, class Top> struct Holder : Top
{
    Form ui;
    Holder() { ui.setupUi(this); }
};

template <class Form, class Top> Make form()
{
    return [] { return std::unique_ptr<QWidget>(std::make_unique<Holder<Form, Top>>()); };
}

const std::vector<std::pair<QString, Make>>& forms()
{
    using namespace sl;
    static const std::vector<std::pair<QString, Make>> all = {
        {QStringLiteral("AboutDialog"), form<Ui::AboutDialog, QDialog>()},
        {QStringLiteral("AccountsDialog"), form<Ui::AccountsDialog, QDialog>()},
        {QStringLiteral("AdjustmentDialog"), form<Ui::AdjustmentDialog, QDialog>()},
        {QStringLiteral("BackupSettingsPage"), form<Ui::BackupSettingsPage, QWidget>()},
        {QStringLiteral("BulletinSettingsDialog"), form<Ui::BulletinSettingsDialog, QDialog>()},
        {QStringLiteral("ExpertDialog"), form<Ui::ExpertDialog, QDialog>()},
        {QStringLiteral("ExportPackageDialog"), form<Ui::ExportPackageDialog, QDialog>()},
        {QStringLiteral("ImportPackageDialog"), form<Ui::ImportPackageDialog, QDialog>()},
        {QStringLiteral("ImportWizard"), form<Ui::ImportWizard, QDialog>()},
        {QStringLiteral("IssueBulletinDialog"), form<Ui::IssueBulletinDialog, QDialog>()},
        {QStringLiteral("LanguagePage"), form<Ui::LanguagePage, QWidget>()},
        {QStringLiteral("LedgerVolumeDialog"), form<Ui::LedgerVolumeDialog, QDialog>()},
        {QStringLiteral("LoginDialog"), form<Ui::LoginDialog, QDialog>()},
        {QStringLiteral("MakeupDialog"), form<Ui::MakeupDialog, QDialog>()},
        {QStringLiteral("MemberDialog"), form<Ui::MemberDialog, QDialog>()},
        {QStringLiteral("MembershipDialog"), form<Ui::MembershipDialog, QDialog>()},
        {QStringLiteral("ModelStatusDialog"), form<Ui::ModelStatusDialog, QDialog>()},
        {QStringLiteral("ModelUnitDialog"), form<Ui::ModelUnitDialog, QDialog>()},
        {QStringLiteral("NewAccountDialog"), form<Ui::NewAccountDialog, QDialog>()},
        {QStringLiteral("OrganisationDialog"), form<Ui::OrganisationDialog, QDialog>()},
        {QStringLiteral("PasswordDialog"), form<Ui::PasswordDialog, QDialog>()},
        {QStringLiteral("PlanItemDialog"), form<Ui::PlanItemDialog, QDialog>()},
        {QStringLiteral("RubricPage"), form<Ui::RubricPage, QWidget>()},
        {QStringLiteral("SelfStudyDialog"), form<Ui::SelfStudyDialog, QDialog>()},
        {QStringLiteral("SeriesDialog"), form<Ui::SeriesDialog, QDialog>()},
        {QStringLiteral("SessionEditor"), form<Ui::SessionEditor, QDialog>()},
        {QStringLiteral("SettingsView"), form<Ui::SettingsView, QWidget>()},
        {QStringLiteral("StudyGroupDialog"), form<Ui::StudyGroupDialog, QDialog>()},
        {QStringLiteral("TransferDialog"), form<Ui::TransferDialog, QDialog>()},
        {QStringLiteral("DeactivateDialog"), form<Ui::DeactivateDialog, QDialog>()},
        {QStringLiteral("WritingDialog"), form<Ui::WritingDialog, QDialog>()},
    };
    return all;
}

// What is cut or overlaps in `top` as it is laid out now.
QStringList problemsOf(QWidget* top)
{
    QStringList out;
    const auto name = [](const QWidget* w) { return w->objectName(); };
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const QSize has = w->size();
        if (auto* label = qobject_cast<QLabel*>(w); label && !label->text().isEmpty()) {
            if (label->wordWrap()) {
                const int needs = label->heightForWidth(has.width());
                if (needs > has.height())
                    out << QStringLiteral("%1: %2 px high, its text needs %3")
                               .arg(name(w))
                               .arg(has.height())
                               .arg(needs);
            } else if (has.width() < label->minimumSizeHint().width()) {
                out << QStringLiteral("%1: %2 px wide, its text needs %3")
                           .arg(name(w))
                           .arg(has.width())
                           .arg(label->minimumSizeHint().width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w);
                   button && !button->text().isEmpty() &&
                   has.width() < button->minimumSizeHint().width()) {
            out << QStringLiteral("%1: %2 px wide, its text needs %3")
                       .arg(name(w))
                       .arg(has.width())
                       .arg(button->minimumSizeHint().width());
        }
    }
    // Overlaps among the widgets of each layout.
    for (QLayout* layout : top->findChildren<QLayout*>()) {
        QList<QWidget*> items;
        for (int i = 0; i < layout->count(); ++i) {
            QWidget* w = layout->itemAt(i)->widget();
            if (w && w->isVisible())
                items << w;
        }
        for (int i = 0; i < items.size(); ++i) {
            for (int j = i + 1; j < items.size(); ++j) {
                if (items[i]->geometry().intersects(items[j]->geometry()))
                    out << QStringLiteral("%1 overlaps %2").arg(name(items[i]), name(items[j]));
            }
        }
    }
    return out;
}

} // namespace

class TestFormLayout : public QObject
{
    Q_OBJECT

    void checkAll()
    {
        QStringList problems;
        for (const auto& [formName, make] : forms()) {
            std::unique_ptr<QWidget> top = make();
            top->setAttribute(Qt::WA_DontShowOnScreen);
            top->show();
            // The narrowest the form gets, as high as its wrapped texts need at that width
            // (what adjustSize gives a window of this width).
            QSize least = top->minimumSizeHint().expandedTo(top->minimumSize());
            if (top->hasHeightForWidth())
                least.setHeight(std::max(least.height(), top->heightForWidth(least.width())));
            top->resize(least);
            QCoreApplication::processEvents();
            for (const QString& p : problemsOf(top.get()))
                problems << formName + QStringLiteral(": ") + p;
            const QSize size = top->size();
            if (size.width() > 1280 || size.height() > 720)
                problems << QStringLiteral("%1: at least %2 × %3, more than 1280 × 720")
                                .arg(formName)
                                .arg(size.width())
                                .arg(size.height());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(scaleSet);
        // Every form of ui/ is in the list.
        const QDir dir(QStringLiteral(SL_TEST_DATA_DIR "/../../ui"));
        QCOMPARE(qsizetype(forms().size()),
                 dir.entryList({QStringLiteral("*.ui")}, QDir::Files).size());
    }

    void chineseFormsAreNotCut()
    {
        QVERIFY(sl::ui::installTranslations(sl::UiLanguage::Chinese));
        checkAll();
    }

    void englishFormsAreNotCut()
    {
        QVERIFY(sl::ui::installTranslations(sl::UiLanguage::English));
        checkAll();
    }

    // The check finds a cut label: it is not vacuous.
    void theCheckFindsACutLabel()
    {
        QWidget top;
        auto* label = new QLabel(QStringLiteral("A label far too long for its place"), &top);
        label->setObjectName(QStringLiteral("cutLabel"));
        label->setGeometry(0, 0, 20, 20);
        top.setAttribute(Qt::WA_DontShowOnScreen);
        top.show();
        QCOMPARE(problemsOf(&top).size(), 1);
    }
};

QTEST_MAIN(TestFormLayout)
#include "TestFormLayout.moc"
