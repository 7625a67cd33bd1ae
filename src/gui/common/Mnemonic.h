#pragma once

#include <QString>

class QAction;

namespace sl::ui {

// A text without its mnemonic: "&Name" → "Name", "新建条目(&N)…" → "新建条目…" ("&&" stays
// a single "&").
QString withoutMnemonic(const QString& text);

// A tool button shows its action's icon text, which Qt makes by dropping the '&' only:
// "新建条目(N)…", a mnemonic that does nothing on a tool button. Gives `action` an icon text
// without it.
void plainIconText(QAction* action);

} // namespace sl::ui
