#pragma once

#include "services/ProgressService.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace sl {

class Ledger;
class MakeupOwedModel;
class MemberContext;
class MemberPicker;
class ProgressMeter;
class RecordTableView;
class RosterService;

// 我的年度: where a member stands in the year — four bars (hours = collective + self-study,
// notes, speeches, writing units) against the year's targets, each with its figures and the
// part due by today ("18.5 / 32 学时（按进度应达 28.7）"), and the make-up study still owed.
class MyYearView : public QWidget
{
    Q_OBJECT

public:
    enum Item
    {
        Hours,
        Notes,
        Speeches,
        Writings,
        ItemCount
    };

    MyYearView(Ledger& ledger, RosterService& roster, MemberContext& context,
               QWidget* parent = nullptr);

    ProgressMeter* meter(Item item) const { return m_rows[item].meter; }
    QString figuresText(Item item) const;
    QString detailText(Item item) const;
    QString headlineText() const;
    MakeupOwedModel* makeupModel() const { return m_makeup; }
    MemberPicker* memberPicker() const { return m_picker; }
    QSpinBox* yearSpin() const { return m_year; }
    // The progress shown, when a member is shown.
    const std::optional<MemberProgress>& progress() const { return m_progress; }

public slots:
    // Reads the figures again (the records may have changed in another view).
    void reload();

private:
    struct Row
    {
        QLabel* name = nullptr;
        ProgressMeter* meter = nullptr;
        QLabel* figures = nullptr;
        QLabel* detail = nullptr;
    };
    void addRow(QGridLayout* grid, Item item, const QString& name);
    void showProgress(const MemberProgress& progress);
    void showItem(Item item, const ProgressItem& value, const QString& figures,
                  const QString& detail);

    ProgressService m_service;
    RosterService& m_roster;
    MemberContext& m_context;
    std::optional<MemberProgress> m_progress;
    MemberPicker* m_picker = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_headline = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    Row m_rows[ItemCount];
    QLabel* m_makeupTitle = nullptr;
    MakeupOwedModel* m_makeup;
    RecordTableView* m_makeupTable = nullptr;
    QLabel* m_noMakeup = nullptr;
};

} // namespace sl
