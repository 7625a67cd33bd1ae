#include "gui/assessment/ChineseOrder.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace sl {

std::vector<int> ChineseOrder::places(const std::vector<QString>& texts)
{
    // Each distinct text is collated once: a district's 100,000 members share a few thousand
    // organisations, and many of them share a name.
    QHash<QString, int> distinct;
    distinct.reserve(qsizetype(texts.size() / 4 + 16));
    std::vector<int> textOf(texts.size());
    std::vector<const QString*> unique;
    for (size_t i = 0; i < texts.size(); ++i) {
        auto it = distinct.constFind(texts[i]);
        if (it == distinct.constEnd()) {
            it = distinct.insert(texts[i], int(unique.size()));
            unique.push_back(&texts[i]);
        }
        textOf[i] = it.value();
    }
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(unique.size());
    for (const QString* t : unique)
        keys.push_back(collator.sortKey(*t));
    std::vector<int> byText(unique.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::stable_sort(byText.begin(), byText.end(), [&keys](int a, int b) {
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    // The place of a distinct text: how many texts (counted with their repeats) sort before
    // it; texts the collator holds equal share a place.
    std::vector<int> repeats(unique.size(), 0);
    for (int t : textOf)
        ++repeats[size_t(t)];
    std::vector<int> placeOf(unique.size());
    int before = 0;
    int place = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && keys[size_t(byText[i - 1])].compare(keys[size_t(byText[i])]) != 0)
            place = before;
        placeOf[size_t(byText[i])] = place;
        before += repeats[size_t(byText[i])];
    }
    std::vector<int> out(texts.size());
    for (size_t i = 0; i < texts.size(); ++i)
        out[i] = placeOf[size_t(textOf[i])];
    return out;
}

} // namespace sl
