#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;
class QLabel;

namespace sl {

// The text a table shows in place of rows when it has none: what to do next ("还没有学习计划 —
// 新建或从 Excel 导入"), or, when a filter hides every row, that nothing matches it. A label over
// the table's viewport, shown and hidden as the rows come and go.
class EmptyState : public QObject
{
    Q_OBJECT

public:
    // After the view has its model (a view given another model calls watchModel()).
    static EmptyState* install(QAbstractItemView* view, const QString& text);
    static EmptyState* of(const QAbstractItemView* view);

    void setText(const QString& text);
    // The text shown now; empty while the table has rows.
    QString shownText() const;
    void watchModel();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QAbstractItemView* view, const QString& text);
    void update();

    QPointer<QAbstractItemView> m_view;
    QPointer<QLabel> m_label; // a child of the viewport: gone first when the view goes
    QString m_text;
    QMetaObject::Connection m_modelConnections[4];
};

} // namespace sl
