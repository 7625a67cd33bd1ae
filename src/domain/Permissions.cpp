#include "Permissions.h"

#include <QCoreApplication>

namespace sl::permissions {

namespace {

constexpr bool inActionOrder()
{
    for (std::size_t i = 0; i < kMatrix.size(); ++i) {
        if (std::size_t(kMatrix[i].action) != i)
            return false;
    }
    return true;
}
static_assert(inActionOrder(), "kMatrix must list the actions in the order of Action");

} // namespace

bool isWrite(Action action)
{
    const QString c = code(action);
    return !c.endsWith(QLatin1String(".read"));
}

QString code(Action action)
{
    return QString::fromLatin1(rule(action).code);
}

QString label(Action action)
{
    return QCoreApplication::translate(kContext, rule(action).label);
}

QString name(Action action)
{
    return QStringLiteral("%1 (%2)").arg(label(action), code(action));
}

QString reachCode(Reach reach)
{
    switch (reach) {
    case Reach::None:
        return QStringLiteral("none");
    case Reach::Own:
        return QStringLiteral("own");
    case Reach::Subtree:
        return QStringLiteral("subtree");
    case Reach::All:
        return QStringLiteral("all");
    }
    return {};
}

} // namespace sl::permissions
