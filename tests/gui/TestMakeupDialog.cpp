#include "gui/attendance/MakeupDialog.h"
#include "gui/common/DateField.h"
#include "gui/common/UiLanguage.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sl;

// The make-up dialog (issue 14 item 9) validates as typed, names the field, keeps Save disabled
// until the values are valid and never closes on values that would be refused, keeping the note.
class TestMakeupDialog : public QObject
{
    Q_OBJECT

    // The rule of the make-up service: a date not before the session of 2026-03-10.
    static std::vector<Error> check(const Date& date, const QString& note)
    {
        std::vector<Error> out;
        if (!dates::isSet(date))
            out.push_back(
                Error::invalid(QStringLiteral("makeup_date"), QStringLiteral("不能为空")));
        else if (date < Date(2026, 3, 10))
            out.push_back(
                Error::invalid(QStringLiteral("makeup_date"), QStringLiteral("早于学习活动")));
        if (note.size() > 20)
            out.push_back(Error::invalid(QStringLiteral("makeup_note"), QStringLiteral("太长")));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(UiLanguage::Chinese)); }

    void validatesAsTyped()
    {
        MakeupDialog dialog(QStringLiteral("张三"), QStringLiteral("2026-03-10 — 党章"),
                            Date(2026, 3, 1), QStringLiteral("自学了材料"), &check);
        auto* date = dialog.findChild<DateField*>(QStringLiteral("dateField"));
        auto* note = dialog.findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QVERIFY(date && note && buttons);
        QPushButton* save = buttons->button(QDialogButtonBox::Save);
        // Before the session: refused at once, the field named, Save disabled.
        QVERIFY(!dialog.canSave());
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.errorText(QStringLiteral("makeup_date")).contains(QStringLiteral("早于")),
                 qPrintable(dialog.errorText(QStringLiteral("makeup_date"))));
        QVERIFY(dialog.errorText(QStringLiteral("makeup_date")).startsWith(QStringLiteral("日期")));
        // Pressing Save anyway (Enter) does not close the dialog; the note stays.
        emit buttons->accepted();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.note(), QStringLiteral("自学了材料"));

        // Not a date: says so.
        date->lineEdit()->clear();
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2026-03-x"));
        QVERIFY(!save->isEnabled());
        QVERIFY(
            dialog.errorText(QStringLiteral("makeup_date")).contains(QStringLiteral("2026-03-05")));

        // A valid date: Save enabled, the message gone.
        date->lineEdit()->clear();
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2026-03-12"));
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.errorText(QStringLiteral("makeup_date")).isEmpty());
        // A note too long names the note.
        note->setText(note->text() + QStringLiteral("并写了一篇很长很长很长很长的心得体会"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.errorText(QStringLiteral("makeup_note")).isEmpty());
        note->setText(QStringLiteral("补学完成"));
        QVERIFY(save->isEnabled());
        emit buttons->accepted();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.date(), Date(2026, 3, 12));
        QCOMPARE(dialog.note(), QStringLiteral("补学完成"));
    }
};

QTEST_MAIN(TestMakeupDialog)
#include "TestMakeupDialog.moc"
