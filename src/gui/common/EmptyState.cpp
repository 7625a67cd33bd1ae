#include "gui/common/EmptyState.h"

#include "gui/common/TableSortProxy.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace sl {

namespace {

const char* const emptyStateProperty = "sl_emptyState";

} // namespace

EmptyState* EmptyState::install(QAbstractItemView* view, const QString& text)
{
    if (EmptyState* existing = of(view)) {
        existing->setText(text);
        return existing;
    }
    auto* state = new EmptyState(view, text);
    view->setProperty(emptyStateProperty, QVariant::fromValue<QObject*>(state));
    return state;
}

EmptyState* EmptyState::of(const QAbstractItemView* view)
{
    return qobject_cast<EmptyState*>(view->property(emptyStateProperty).value<QObject*>());
}

EmptyState::EmptyState(QAbstractItemView* view, const QString& text)
    : QObject(view), m_view(view), m_label(new QLabel(view->viewport())), m_text(text)
{
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setMargin(24);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    watchModel();
    update();
}

void EmptyState::setText(const QString& text)
{
    m_text = text;
    update();
}

QString EmptyState::shownText() const
{
    return m_label && m_label->isVisibleTo(m_view) ? m_label->text() : QString();
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (m_view && m_label && watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_label->setGeometry(m_view->viewport()->rect());
    return QObject::eventFilter(watched, event);
}

void EmptyState::watchModel()
{
    for (auto& c : m_modelConnections)
        disconnect(c);
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    const auto refresh = [this] { update(); };
    m_modelConnections[0] = connect(model, &QAbstractItemModel::modelReset, this, refresh);
    m_modelConnections[1] = connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
    m_modelConnections[2] = connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    m_modelConnections[3] = connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
    update();
}

void EmptyState::update()
{
    if (!m_view || !m_label)
        return;
    const QAbstractItemModel* model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    QString text = m_text;
    const auto* proxy = qobject_cast<const TableSortProxy*>(model);
    if (empty && proxy && !proxy->filterText().isEmpty() && proxy->sourceModel() &&
        proxy->sourceModel()->rowCount() > 0)
        text = tr("No row matches “%1”.").arg(proxy->filterText());
    m_label->setText(text);
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(empty && !text.isEmpty());
}

} // namespace sl
