#pragma once

#include "domain/Bulletin.h"

#include <QWidget>

class QPlainTextEdit;

namespace sl {

// The secretary's prose of a bulletin draft: 主要做法和成效 (after the generated highlights) and
// 下一步工作要求 (empty: the organisation's default). What is typed is kept per ledger file,
// scope and period (QSettings) as it is typed, so that closing the window loses none of it and
// the prose of one draft never shows in another.
class BulletinProsePane : public QWidget
{
    Q_OBJECT

public:
    explicit BulletinProsePane(QWidget* parent = nullptr);

    QPlainTextEdit* practicesEdit() const { return m_practices; }
    QPlainTextEdit* nextStepsEdit() const { return m_nextSteps; }

    // Shows the prose kept for the draft of `scope` and `period` in the ledger at `ledgerPath`;
    // later edits are kept for it.
    void showDraftOf(const QString& ledgerPath, const ScopeRef& scope, const Period& period);
    // The prose as typed, trimmed.
    BulletinProse prose() const;
    void setReadOnly(bool readOnly);

signals:
    // The user changed the prose (not showDraftOf).
    void edited();

private:
    void keep();

    QPlainTextEdit* m_practices;
    QPlainTextEdit* m_nextSteps;
    QString m_key; // the QSettings group of the draft shown; empty: none yet
    bool m_loading = false;
};

} // namespace sl
