#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace sl {

class MemberContext;
class RosterService;

// Chooses the member of a MemberContext: type a name, number or phone and pick from the
// matches (RosterService::memberPage with a filter, so it stays fast for a district). For a
// member account it only shows the own member.
class MemberPicker : public QWidget
{
    Q_OBJECT

public:
    MemberPicker(RosterService& roster, MemberContext& context, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    // The matches of the last search (for tests): "name (number, organisation)".
    QStringList matches() const;

    // Runs the search for the typed text now (normally after a short pause in typing).
    void search();
    // Chooses the n-th match of the last search.
    bool choose(int row);

private:
    void showCurrent();

    RosterService& m_roster;
    MemberContext& m_context;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer* m_timer;
};

} // namespace sl
