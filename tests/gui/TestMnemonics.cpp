// The mnemonics of the forms in ui/ (Alt+letter), in English and in Chinese ("主题(&T)："):
// within a form no two share a letter, a label's mnemonic has a buddy to go to, and in a dialog
// a label with a buddy has a mnemonic, so that every field can be reached from the keyboard.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourceRoot()
{
    return QDir(QStringLiteral(SL_TEST_DATA_DIR "/../..")).canonicalPath();
}

// The letter after a single '&' (lower case), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

struct Text
{
    QString widget;
    QString widgetClass;
    QString text;
    bool hasBuddy = false;
};

struct Form
{
    QString context;
    QString topClass; // QDialog, QWidget …
    QList<Text> texts;
};

bool isButtonOrLabel(const QString& cls)
{
    return cls == QLatin1String("QLabel") || cls == QLatin1String("QPushButton") ||
           cls == QLatin1String("QCheckBox") || cls == QLatin1String("QRadioButton") ||
           cls == QLatin1String("QToolButton") || cls == QLatin1String("QGroupBox");
}

Form readForm(const QString& path)
{
    Form form;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return form;
    QXmlStreamReader xml(&file);
    QList<Text> stack; // the widgets open at this point
    QString property;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("class") && form.context.isEmpty())
                form.context = xml.readElementText();
            else if (name == QLatin1String("widget")) {
                if (form.topClass.isEmpty())
                    form.topClass = xml.attributes().value(QLatin1String("class")).toString();
                stack.append({xml.attributes().value(QLatin1String("name")).toString(),
                              xml.attributes().value(QLatin1String("class")).toString(),
                              {},
                              false});
            } else if (name == QLatin1String("property") || name == QLatin1String("attribute"))
                property = xml.attributes().value(QLatin1String("name")).toString();
            else if (name == QLatin1String("string") && !stack.isEmpty()) {
                const bool notr =
                    xml.attributes().value(QLatin1String("notr")) == QLatin1String("true");
                const QString text = xml.readElementText();
                if (!notr &&
                    (property == QLatin1String("text") || property == QLatin1String("title"))) {
                    if (property == QLatin1String("title") &&
                        stack.last().widgetClass != QLatin1String("QGroupBox"))
                        form.texts.append({stack.last().widget, QStringLiteral("tab"), text});
                    else
                        stack.last().text = text;
                }
            } else if (name == QLatin1String("cstring") && property == QLatin1String("buddy") &&
                       !stack.isEmpty())
                stack.last().hasBuddy = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("widget") &&
                   !stack.isEmpty()) {
            const Text done = stack.takeLast();
            if (isButtonOrLabel(done.widgetClass) && !done.text.isEmpty())
                form.texts.append(done);
        }
    }
    return form;
}

// context → source → translation
QHash<QString, QHash<QString, QString>> readTranslations()
{
    QHash<QString, QHash<QString, QString>> out;
    QFile file(sourceRoot() + QStringLiteral("/resources/translations/studyledger_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            out[context][source] = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

QStringList formPaths()
{
    QStringList out;
    const QDir dir(sourceRoot() + QStringLiteral("/ui"));
    for (const QString& f : dir.entryList({QStringLiteral("*.ui")}, QDir::Files))
        out << dir.filePath(f);
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    QHash<QString, QHash<QString, QString>> m_ts;

private slots:
    void initTestCase()
    {
        m_ts = readTranslations();
        QVERIFY(m_ts.size() > 50);
        QVERIFY(formPaths().size() >= 20);
    }

    void mnemonicsAreUniqueInEachForm()
    {
        QStringList clashes;
        for (const QString& path : formPaths()) {
            const Form form = readForm(path);
            QVERIFY2(!form.context.isEmpty(), qPrintable(path));
            for (const bool chinese : {false, true}) {
                QHash<QChar, QString> seen;
                for (const Text& t : form.texts) {
                    const QString shown = chinese ? m_ts[form.context].value(t.text) : t.text;
                    const QChar letter = mnemonic(shown);
                    if (letter.isNull())
                        continue;
                    if (seen.contains(letter))
                        clashes << QStringLiteral("%1 (%2): Alt+%3 on %4 and %5")
                                       .arg(form.context,
                                            chinese ? QStringLiteral("zh") : QStringLiteral("en"))
                                       .arg(letter.toUpper())
                                       .arg(seen[letter], t.widget);
                    seen[letter] = t.widget;
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void everyLabelMnemonicHasABuddyAndEveryBuddyAMnemonic()
    {
        QStringList problems;
        for (const QString& path : formPaths()) {
            const Form form = readForm(path);
            for (const Text& t : form.texts) {
                if (t.widgetClass != QLatin1String("QLabel"))
                    continue;
                const QString zh = m_ts[form.context].value(t.text);
                if (!mnemonic(t.text).isNull() && !t.hasBuddy)
                    problems << form.context + QStringLiteral(": ") + t.widget +
                                    QStringLiteral(" has a mnemonic but no buddy");
                // In a dialog every field is reached by its label's letter (the pages of the
                // settings have too many fields for letters of their own).
                if (form.topClass == QLatin1String("QDialog") && t.hasBuddy &&
                    mnemonic(t.text).isNull())
                    problems << form.context + QStringLiteral(": ") + t.widget +
                                    QStringLiteral(" has a buddy but no mnemonic");
                if (mnemonic(t.text).isNull() != mnemonic(zh).isNull())
                    problems << form.context + QStringLiteral(": ") + t.widget +
                                    QStringLiteral(" has a mnemonic in one language only");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check finds a clash: it is not vacuous.
    void theCheckFindsAClash()
    {
        QCOMPARE(mnemonic(QStringLiteral("&Topic:")), QLatin1Char('t'));
        QCOMPARE(mnemonic(QStringLiteral("主题(&T)：")), QLatin1Char('t'));
        QVERIFY(mnemonic(QStringLiteral("Tom && Jerry")).isNull());
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
