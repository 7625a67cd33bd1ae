#pragma once

#include <QListWidget>

namespace sl {

// The areas of the application (PRODUCT.md), one per line; only the areas that are built are
// added. Ctrl+1 … Ctrl+9 choose the first nine.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    void addArea(const QString& id, const QString& label, const QIcon& icon = {});
    QString currentArea() const;
    bool setCurrentArea(const QString& id);
    QStringList areas() const;
    // The label of area `id` (empty when it is not listed).
    QString label(const QString& id) const;

    QSize sizeHint() const override;

signals:
    void areaChosen(const QString& id);
};

} // namespace sl
