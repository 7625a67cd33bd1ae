#include "FontChain.h"

#include <QFontDatabase>

namespace sl {

QStringList FontChain::candidates(Role role)
{
    switch (role) {
    case Role::Body:
        return {QStringLiteral("cwTeXFangSong"), QStringLiteral("AR PL UMing CN"),
                QStringLiteral("AR PL SungtiL GB"), QStringLiteral("Noto Serif CJK SC")};
    case Role::Heading:
        return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Zen Hei"),
                QStringLiteral("AR PL UMing CN")};
    case Role::Kai:
        return {QStringLiteral("AR PL UKai CN"), QStringLiteral("LXGW WenKai"),
                QStringLiteral("AR PL UMing CN")};
    case Role::Title:
        return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN")};
    }
    return {};
}

QString FontChain::pick(Role role, const QStringList& installed)
{
    for (const QString& family : candidates(role)) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QString FontChain::pickInstalled(Role role)
{
    return pick(role, QFontDatabase::families());
}

} // namespace sl
