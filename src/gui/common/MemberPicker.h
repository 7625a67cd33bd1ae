#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;

namespace sl {

class MemberContext;
class MemberSearchField;
class RosterService;

// Chooses the member of a MemberContext: type a name, number or phone and pick from the
// matches (MemberSearchField: at most a few, from the database as one types, so it stays fast
// for a district). For a member account it only shows the own member.
class MemberPicker : public QWidget
{
    Q_OBJECT

public:
    MemberPicker(RosterService& roster, MemberContext& context, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const;
    QCompleter* completer() const;
    // The matches of the last search (for tests): "name (number, organisation)".
    QStringList matches() const;

    // Runs the search for the typed text now (normally after a short pause in typing).
    void search();
    // Chooses the n-th match of the last search.
    bool choose(int row);
    // Whether members who left (停用) are among the matches: for the views that look back (the
    // archive, a year), not for those that record new entries (MemberSearchField).
    void setOffersInactive(bool offers);

private:
    MemberContext& m_context;
    MemberSearchField* m_field;
};

} // namespace sl
