#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace sl {

class BulletinService;
class IssuedBulletinModel;
class RecordTableView;

// The bulletins an organisation has issued (签发), newest first, under the bulletin's prose:
// each reprints unchanged from its stored PDF (open, or save to a file). With none issued yet the
// table says how a draft becomes one.
class IssuedBulletinsPane : public QWidget
{
    Q_OBJECT

public:
    IssuedBulletinsPane(BulletinService& service, QWidget* parent = nullptr);

    IssuedBulletinModel* model() const { return m_model; }
    RecordTableView* table() const { return m_table; }
    QLabel* titleLabel() const { return m_title; }

    // Lists the bulletins issued by organisation `org` (named `orgName`).
    void showIssuedBy(qint64 org, const QString& orgName);
    // Writes the stored PDF of the bulletin in `row` of the model to `path`.
    bool saveIssued(int row, const QString& path);

    // Where the last bulletin was saved or exported (QSettings key), the next dialog's folder.
    static QString exportDirKey();

private:
    void saveIssuedAs(int row);
    int currentSourceRow() const;

    BulletinService& m_service;
    IssuedBulletinModel* m_model;
    RecordTableView* m_table;
    QLabel* m_title;
};

} // namespace sl
