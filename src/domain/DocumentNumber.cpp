#include "DocumentNumber.h"

namespace sl {

QString documentNumber(const QString& prefix, int year, int serial)
{
    return prefix + QStringLiteral("〔%1〕%2号").arg(year).arg(serial);
}

} // namespace sl
