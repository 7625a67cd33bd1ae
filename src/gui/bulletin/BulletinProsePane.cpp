#include "gui/bulletin/BulletinProsePane.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace sl {

namespace {

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit* proseEdit(const QString& name, const QString& placeholder, QLabel* label,
                          QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    return edit;
}

} // namespace

BulletinProsePane::BulletinProsePane(QWidget* parent) : QWidget(parent)
{
    auto* practicesLabel =
        caption(tr("二、主要做法和成效 — your paragraphs after the generated highlights"), this);
    m_practices =
        proseEdit(QStringLiteral("practicesPlainTextEdit"),
                  tr("One paragraph a line, e.g. what the branch did well and what came of it."),
                  practicesLabel, this);
    auto* nextLabel = caption(tr("五、下一步工作要求 — empty: the organisation's default"), this);
    m_nextSteps = proseEdit(QStringLiteral("nextStepsPlainTextEdit"), tr("One paragraph a line."),
                            nextLabel, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(practicesLabel);
    layout->addWidget(m_practices, 3);
    layout->addWidget(nextLabel);
    layout->addWidget(m_nextSteps, 2);
    connect(m_practices, &QPlainTextEdit::textChanged, this, &BulletinProsePane::keep);
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, &BulletinProsePane::keep);
}

void BulletinProsePane::showDraftOf(const QString& ledgerPath, const ScopeRef& scope,
                                    const Period& period)
{
    const QByteArray file =
        QCryptographicHash::hash(QFileInfo(ledgerPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    const QString scopeKey =
        (scope.isGroup() ? QStringLiteral("g") : QStringLiteral("o")) + QString::number(scope.id);
    m_key = QStringLiteral("bulletin/drafts/%1/%2/%3_%4/")
                .arg(QString::fromLatin1(file), scopeKey, dates::toIso(period.from),
                     dates::toIso(period.to));
    m_loading = true;
    QSettings settings;
    const QString practices = settings.value(m_key + QStringLiteral("practices")).toString();
    const QString nextSteps = settings.value(m_key + QStringLiteral("nextSteps")).toString();
    if (m_practices->toPlainText() != practices)
        m_practices->setPlainText(practices);
    if (m_nextSteps->toPlainText() != nextSteps)
        m_nextSteps->setPlainText(nextSteps);
    m_loading = false;
}

BulletinProse BulletinProsePane::prose() const
{
    return {m_practices->toPlainText().trimmed(), m_nextSteps->toPlainText().trimmed()};
}

void BulletinProsePane::setReadOnly(bool readOnly)
{
    m_practices->setReadOnly(readOnly);
    m_nextSteps->setReadOnly(readOnly);
}

void BulletinProsePane::keep()
{
    if (m_loading || m_key.isEmpty())
        return;
    QSettings settings;
    settings.setValue(m_key + QStringLiteral("practices"), m_practices->toPlainText());
    settings.setValue(m_key + QStringLiteral("nextSteps"), m_nextSteps->toPlainText());
    emit edited();
}

} // namespace sl
