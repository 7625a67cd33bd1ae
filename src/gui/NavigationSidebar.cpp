#include "gui/NavigationSidebar.h"

#include <QShortcut>

namespace sl {

namespace {

// The digit key of the area at `index`: 1 … 9, then 0.
Qt::Key keyOf(int index)
{
    return index < 9 ? Qt::Key(Qt::Key_1 + index) : Qt::Key_0;
}

constexpr int areaIdRole = Qt::UserRole + 1;
// Wide enough for the English labels on one line ("Organisations and members").
constexpr int maxTextWidth = 200;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationListWidget"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setSpacing(2);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit areaChosen(item(row)->data(areaIdRole).toString());
    });
    // Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth area.
    for (int i = 0; i < 10; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | keyOf(i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < count())
                setCurrentRow(i);
        });
    }
}

void NavigationSidebar::addArea(const QString& id, const QString& label, const QIcon& icon)
{
    auto* it = new QListWidgetItem(icon, label, this);
    it->setData(areaIdRole, id);
    // Long labels (English) wrap onto a second line rather than widen the sidebar.
    const int lines = fontMetrics().horizontalAdvance(label) > maxTextWidth ? 2 : 1;
    it->setSizeHint(QSize(0, lines * fontMetrics().lineSpacing() + 16));
    const int index = count() - 1;
    if (index < 10)
        it->setToolTip(QStringLiteral("%1 (%2)").arg(
            label, QKeySequence(Qt::CTRL | keyOf(index)).toString(QKeySequence::NativeText)));
}

QString NavigationSidebar::currentArea() const
{
    const QListWidgetItem* it = currentItem();
    return it ? it->data(areaIdRole).toString() : QString();
}

bool NavigationSidebar::setCurrentArea(const QString& id)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(areaIdRole).toString() == id) {
            setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString NavigationSidebar::label(const QString& id) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(areaIdRole).toString() == id)
            return item(i)->text();
    }
    return {};
}

QStringList NavigationSidebar::areas() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->data(areaIdRole).toString();
    return out;
}

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i)
        width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()));
    return {std::max(std::min(width, maxTextWidth) + 40, 120), QListWidget::sizeHint().height()};
}

} // namespace sl
