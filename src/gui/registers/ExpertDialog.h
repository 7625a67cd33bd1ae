#pragma once

#include "domain/Registers.h"

#include <QDialog>

#include <memory>

namespace sl {

namespace Ui {
class ExpertDialog;
}

// A new or an edited expert of the pool (专家资源库): name, title, affiliation and fields. The
// dialog does not save: the registers view does, through the expert service.
class ExpertDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExpertDialog(QWidget* parent = nullptr);
    ~ExpertDialog() override;

    // Shows an expert of the pool for editing.
    void setExpert(const Expert& expert);
    // The expert as the fields describe it (id 0: new).
    Expert expert() const;

private:
    std::unique_ptr<Ui::ExpertDialog> m_ui;
    qint64 m_id = 0;
};

} // namespace sl
