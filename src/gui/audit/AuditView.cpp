#include "gui/audit/AuditView.h"

#include "gui/audit/AuditTableModel.h"
#include "gui/common/ColumnState.h"
#include "gui/common/DatabaseSort.h"
#include "gui/common/DateField.h"
#include "gui/common/EmptyState.h"
#include "gui/common/FileDialogs.h"
#include "gui/common/MessageBoxes.h"
#include "gui/common/RecordTableView.h"
#include "gui/common/TableExportAction.h"
#include "gui/common/ViewHeader.h"
#include "gui/common/ViewRefresher.h"

#include "exchange/AuditExport.h"
#include "services/AuditService.h"
#include "services/Ledger.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sl {

namespace {

constexpr qint64 everyone = -1;

} // namespace

AuditView::AuditView(Ledger& ledger, QWidget* parent)
    : QWidget(parent), m_ledger(ledger), m_service(std::make_unique<AuditService>(ledger)),
      m_model(new AuditTableModel(*m_service, this)), m_table(new QTableView(this)),
      m_person(new QComboBox(this)), m_entity(new QComboBox(this)), m_from(new DateField(this)),
      m_to(new DateField(this)), m_count(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_filterTimer(new QTimer(this)), m_exportButton(new QPushButton(tr("Export CSV…"), this)),
      m_export(new QAction(tr("Export CSV…"), this))
{
    auto* header = new ViewHeader(tr("Audit trail"), this);
    header->addWidget(m_exportButton);

    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter->setObjectName(QStringLiteral("auditFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter: person, record, name or initials…"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &AuditView::applyFilters);
    m_from->lineEdit()->setPlaceholderText(tr("from"));
    m_to->lineEdit()->setPlaceholderText(tr("to"));

    auto* filters = new QHBoxLayout;
    auto* personLabel = new QLabel(tr("&Person:"), this);
    personLabel->setBuddy(m_person);
    auto* entityLabel = new QLabel(tr("&Record:"), this);
    entityLabel->setBuddy(m_entity);
    auto* periodLabel = new QLabel(tr("Peri&od:"), this);
    periodLabel->setBuddy(m_from->lineEdit());
    filters->addWidget(personLabel);
    filters->addWidget(m_person);
    filters->addSpacing(12);
    filters->addWidget(entityLabel);
    filters->addWidget(m_entity);
    filters->addSpacing(12);
    filters->addWidget(periodLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_count);

    m_table->setModel(m_model);
    RecordTableView::setUpFixedRows(m_table);
    // Newest first, page by page; a header click sorts every page in the database (names and
    // details in Chinese order).
    DatabaseSort::install(
        m_table, AuditTableModel::Time, Qt::DescendingOrder, [](int) { return true; },
        [this](int column, Qt::SortOrder order) {
            AuditQuery q = m_model->query();
            q.sortKey = static_cast<AuditQuery::SortKey>(column);
            q.ascending = order == Qt::AscendingOrder;
            m_model->setQuery(q);
        });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    TableExportAction::install(m_table, tr("audit"));
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Time,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(AuditTableModel::Person, 110);
    m_table->setColumnWidth(AuditTableModel::Action, 90);
    m_table->setColumnWidth(AuditTableModel::Entity, 110);
    m_table->setColumnWidth(AuditTableModel::Key, 70);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    ColumnState::install(m_table);
    EmptyState::install(m_table, tr("No entries match — change the person, record, period or "
                                    "filter above."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    connect(m_from, &DateField::edited, this, &AuditView::applyFilters);
    connect(m_to, &DateField::edited, this, &AuditView::applyFilters);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditView::exportRows);
    connect(m_export, &QAction::triggered, this, &AuditView::exportRows);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(m_export);
        TableExportAction::addTo(menu, m_table);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);

    // Every committed change writes a row: follow them all.
    auto* refresher = new ViewRefresher(ledger.events(), this, [this] { reload(); });
    LedgerEvents& events = ledger.events();
    connect(&events, &LedgerEvents::sessionsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::attendanceChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::memberRecordsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::planChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::rosterChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::registersChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::assessmentChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::settingsChanged, refresher, &ViewRefresher::touch);
    connect(&events, &LedgerEvents::bulletinsChanged, refresher, &ViewRefresher::touch);

    reload();
}

AuditView::~AuditView() = default;

void AuditView::fillChoices()
{
    const QSignalBlocker blockPerson(m_person);
    const QSignalBlocker blockEntity(m_entity);
    const QVariant person = m_person->currentData();
    const QVariant entity = m_entity->currentData();
    m_person->clear();
    m_person->addItem(tr("Everyone"), everyone);
    m_person->addItem(tr("Single-user mode"), qint64(0));
    if (auto people = m_service->people()) {
        for (const auto& [id, name] : *people) {
            if (id != 0)
                m_person->addItem(name.isEmpty() ? QStringLiteral("#%1").arg(id) : name, id);
        }
    }
    m_entity->clear();
    m_entity->addItem(tr("All records"), QString());
    if (auto entities = m_service->entities()) {
        for (const QString& e : *entities)
            m_entity->addItem(audit::entityLabel(e), e);
    }
    if (person.isValid())
        m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    if (entity.isValid())
        m_entity->setCurrentIndex(std::max(0, m_entity->findData(entity)));
}

AuditQuery AuditView::query() const
{
    AuditQuery q;
    const qint64 person = m_person->currentData().toLongLong();
    if (m_person->currentIndex() > 0 && person != everyone)
        q.accountId = person;
    q.entity = m_entity->currentData().toString();
    q.from = m_from->date().value_or(Date());
    q.to = m_to->date().value_or(Date());
    q.text = m_filter->text().trimmed();
    q.sortKey = m_model->query().sortKey;
    q.ascending = m_model->query().ascending;
    return q;
}

void AuditView::reload()
{
    fillChoices();
    m_model->setQuery(query());
}

void AuditView::applyFilters()
{
    // A date being typed is left out until it reads as one.
    if (!m_from->date() || !m_to->date())
        return;
    m_model->setQuery(query());
}

void AuditView::updateCount()
{
    if (!m_model->error().isEmpty()) {
        m_count->setText(m_model->error());
        return;
    }
    m_count->setText(tr("%n entries match", nullptr, int(m_model->matching())));
}

Result<int> AuditView::exportTo(const QString& path)
{
    return exportAuditCsv(m_ledger, m_model->query(), path);
}

void AuditView::exportRows()
{
    const QString title = tr("Export CSV");
    const QString suggested = QFileInfo(m_ledger.path()).absolutePath() + QLatin1Char('/') +
                              tr("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = FileDialogs::saveFileName(this, title, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = exportTo(path);
    if (!written) {
        MessageBoxes::critical(this, title, written.error().text());
        return;
    }
    MessageBoxes::information(
        this, title,
        tr("Wrote %n row(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}

} // namespace sl
