#include "gui/assessment/ChineseOrder.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace sl {

std::vector<int> ChineseOrder::places(const std::vector<QString>& texts)
{
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(texts.size());
    for (const QString& t : texts)
        keys.push_back(collator.sortKey(t));
    std::vector<int> byText(texts.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::stable_sort(byText.begin(), byText.end(), [&keys](int a, int b) {
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    std::vector<int> out(texts.size());
    int place = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && keys[size_t(byText[i - 1])].compare(keys[size_t(byText[i])]) != 0)
            place = int(i);
        out[size_t(byText[i])] = place;
    }
    return out;
}

} // namespace sl
