// The forms of ui/: every dialog of the GUI has one, named after its class (so that uic
// translates its strings in the class's context), and each widget's object name ends in its
// widget class ("topicLineEdit", "dateField", "buttonBox"); buddies and tab stops name
// widgets of the form.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(SL_TEST_DATA_DIR "/../..")).canonicalPath();
}

QString formPath(const QString& name)
{
    return sourceRoot() + QStringLiteral("/ui/") + name + QStringLiteral(".ui");
}

// The endings a name of this class may have: the class without its Q and namespace, down to its
// last two words ("sl::DateField" → {"DateField"}; "QDialogButtonBox" → {"DialogButtonBox",
// "ButtonBox"}; "QLabel" → {"Label"}).
QStringList classSuffixes(QString widgetClass)
{
    widgetClass = widgetClass.section(QStringLiteral("::"), -1);
    if (widgetClass.size() > 1 && widgetClass[0] == QLatin1Char('Q') && widgetClass[1].isUpper())
        widgetClass.remove(0, 1);
    QStringList words;
    for (int i = 0; i < widgetClass.size(); ++i) {
        if (widgetClass[i].isUpper())
            words << widgetClass.mid(i);
    }
    return words.size() <= 2 ? words.mid(0, 1) : words.mid(0, words.size() - 1);
}

bool endsInClass(const QString& name, const QString& widgetClass)
{
    for (const QString& suffix : classSuffixes(widgetClass)) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return true;
        // the name may be the class itself in lower camel case ("dateField", "buttonBox")
        if (name.size() == suffix.size() && name.mid(1) == suffix.mid(1) &&
            name[0] == suffix[0].toLower())
            return true;
    }
    return false;
}

struct Form
{
    QString className;
    QString topName;
    QList<std::pair<QString, QString>> widgets; // (class, name) below the top
    QStringList buddies;
    QStringList tabStops;
    QString error;
};

Form readForm(const QString& path)
{
    Form form;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        form.error = QStringLiteral("cannot read ") + path;
        return form;
    }
    QXmlStreamReader xml(&file);
    QString property;
    int widgetDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("class") && widgetDepth == 0 && form.className.isEmpty()) {
                form.className = xml.readElementText();
            } else if (name == QLatin1String("widget")) {
                const QString cls = xml.attributes().value(QLatin1String("class")).toString();
                const QString objectName = xml.attributes().value(QLatin1String("name")).toString();
                if (widgetDepth == 0)
                    form.topName = objectName;
                else
                    form.widgets.append({cls, objectName});
                ++widgetDepth;
            } else if (name == QLatin1String("property")) {
                property = xml.attributes().value(QLatin1String("name")).toString();
            } else if (name == QLatin1String("cstring") && property == QLatin1String("buddy")) {
                form.buddies << xml.readElementText();
            } else if (name == QLatin1String("tabstop")) {
                form.tabStops << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("widget")) {
            --widgetDepth;
        }
    }
    if (xml.hasError())
        form.error = path + QStringLiteral(": ") + xml.errorString();
    return form;
}

// The classes of src/gui that derive from QDialog, and the pages that are laid out in forms.
QStringList formClasses()
{
    QStringList out{QStringLiteral("RubricPage"), QStringLiteral("SettingsView")};
    static const QRegularExpression dialog(QStringLiteral("class (\\w+) : public QDialog\\b"));
    QDirIterator it(sourceRoot() + QStringLiteral("/src/gui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const auto& m : dialog.globalMatch(text))
            out << m.captured(1);
    }
    out.sort();
    return out;
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void theRuleReadsClassNames()
    {
        QVERIFY(endsInClass(QStringLiteral("topicLineEdit"), QStringLiteral("QLineEdit")));
        QVERIFY(endsInClass(QStringLiteral("dateField"), QStringLiteral("sl::DateField")));
        QVERIFY(endsInClass(QStringLiteral("buttonBox"), QStringLiteral("QDialogButtonBox")));
        QVERIFY(!endsInClass(QStringLiteral("topic"), QStringLiteral("QLineEdit")));
        QVERIFY(!endsInClass(QStringLiteral("topicEdit"), QStringLiteral("QComboBox")));
        QVERIFY(!endsInClass(QStringLiteral("topicEdit"), QStringLiteral("QLineEdit")));
        QVERIFY(!endsInClass(QStringLiteral("saveButton"), QStringLiteral("QPushButton")));
    }

    void everyDialogHasAForm_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList classes = formClasses();
        // The dialogs of issue 8 at least: a regex that found nothing must not pass.
        for (const char* expected :
             {"MemberDialog", "SessionEditor", "SeriesDialog", "PlanItemDialog", "SelfStudyDialog",
              "WritingDialog", "ExpertDialog", "ModelUnitDialog"})
            QVERIFY2(classes.contains(QLatin1String(expected)), expected);
        for (const QString& c : classes)
            QTest::newRow(qPrintable(c)) << c;
    }

    void everyDialogHasAForm()
    {
        QFETCH(QString, name);
        const Form form = readForm(formPath(name));
        QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
        // uic translates in the context of the form's class: the class's own tr context.
        QCOMPARE(form.className, QStringLiteral("sl::") + name);
        QCOMPARE(form.topName, name.left(1).toLower() + name.mid(1));
    }

    void objectNamesEndInTheirClass_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList forms =
            QDir(sourceRoot() + QStringLiteral("/ui")).entryList({QStringLiteral("*.ui")});
        QVERIFY(forms.size() >= 10);
        for (const QString& f : forms)
            QTest::newRow(qPrintable(f)) << sourceRoot() + QStringLiteral("/ui/") + f;
    }

    void objectNamesEndInTheirClass()
    {
        QFETCH(QString, path);
        const Form form = readForm(path);
        QVERIFY2(form.error.isEmpty(), qPrintable(form.error));
        QVERIFY(!form.widgets.isEmpty());
        QSet<QString> names;
        for (const auto& [cls, name] : form.widgets) {
            QVERIFY2(endsInClass(name, cls), qPrintable(name + QStringLiteral(" is a ") + cls));
            names.insert(name);
        }
        for (const QString& buddy : form.buddies)
            QVERIFY2(names.contains(buddy), qPrintable(buddy));
        for (const QString& stop : form.tabStops)
            QVERIFY2(names.contains(stop), qPrintable(stop));
    }
};

QTEST_GUILESS_MAIN(TestForms)
#include "TestForms.moc"
