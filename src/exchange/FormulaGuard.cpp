#include "exchange/FormulaGuard.h"

namespace sl {

bool FormulaGuard::isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
           c == u'\'';
}

QString FormulaGuard::neutralise(const QString& cell)
{
    if (cell.isEmpty() || !isTrigger(cell.front()))
        return cell;
    return QLatin1Char('\'') + cell;
}

void FormulaGuard::restore(QString& cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isTrigger(cell.at(1)))
        cell.remove(0, 1);
}

} // namespace sl
