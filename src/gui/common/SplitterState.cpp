#include "gui/common/SplitterState.h"

#include <QSettings>
#include <QSplitter>

namespace sl::splitterstate {

namespace {

template <class Visit> void forEachSplitter(const QWidget* view, Visit visit)
{
    const QList<QSplitter*> splitters = view->findChildren<QSplitter*>();
    for (int i = 0; i < splitters.size(); ++i) {
        QSplitter* s = splitters.at(i);
        const QString name = s->objectName().isEmpty() ? QString::number(i) : s->objectName();
        visit(s, QStringLiteral("splitters/%1/%2").arg(view->objectName(), name));
    }
}

} // namespace

void save(QSettings& settings, const QWidget* view)
{
    forEachSplitter(view, [&settings](QSplitter* s, const QString& key) {
        settings.setValue(key, s->saveState());
    });
}

void restore(const QSettings& settings, QWidget* view)
{
    forEachSplitter(view, [&settings](QSplitter* s, const QString& key) {
        const QByteArray state = settings.value(key).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    });
}

} // namespace sl::splitterstate
