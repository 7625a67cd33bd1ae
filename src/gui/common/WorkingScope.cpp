#include "gui/common/WorkingScope.h"

#include "gui/common/ScopeComboBox.h"

#include "services/Clock.h"
#include "services/Ledger.h"
#include "services/WorkingScopeService.h"

#include <QFileInfo>
#include <QSettings>
#include <QSpinBox>

namespace sl {

namespace {

const QString kindKey = QStringLiteral("workingScope/kind");
const QString idKey = QStringLiteral("workingScope/id");
const QString yearKey = QStringLiteral("workingScope/year");
// The scope is saved with its ledger: the ids of another ledger mean other things.
const QString databaseKey = QStringLiteral("workingScope/database");

QString databaseOf(const Ledger* ledger)
{
    return ledger ? QFileInfo(ledger->path()).absoluteFilePath() : QString();
}

} // namespace

WorkingScope::WorkingScope(bool persistent, QObject* parent)
    : QObject(parent), m_persistent(persistent), m_year(int(Clock::today().year()))
{
}

void WorkingScope::setLedger(Ledger* ledger)
{
    m_ledger = ledger;
    const ScopeRef oldScope = m_scope;
    const int oldYear = m_year;
    ScopeRef saved;
    int savedYear = 0;
    if (m_persistent && m_ledger) {
        const QSettings settings;
        if (settings.value(databaseKey).toString() == databaseOf(m_ledger)) {
            saved.kind = settings.value(kindKey).toString() == QLatin1String("group")
                             ? ScopeKind::Group
                             : ScopeKind::Organisation;
            saved.id = settings.value(idKey).toLongLong();
            savedYear = settings.value(yearKey).toInt();
        }
    }
    m_scope = {};
    m_choosesScope = false;
    m_year = int(Clock::today().year());
    if (m_ledger) {
        const WorkingScopeService service(*m_ledger);
        m_choosesScope = service.choosesScope();
        m_scope = service.maySee(saved) ? saved : service.defaultScope();
        m_year = service.defaultYear(savedYear);
    }
    if (m_scope != oldScope)
        emit scopeChanged(m_scope);
    if (m_year != oldYear)
        emit yearChanged(m_year);
    emit changed();
}

bool WorkingScope::setScope(const ScopeRef& scope)
{
    if (scope == m_scope)
        return true;
    if (!m_ledger || !WorkingScopeService(*m_ledger).maySee(scope))
        return false;
    m_scope = scope;
    save();
    emit scopeChanged(m_scope);
    emit changed();
    return true;
}

void WorkingScope::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    save();
    emit yearChanged(m_year);
    emit changed();
}

void WorkingScope::bindYear(QSpinBox* year)
{
    year->setValue(m_year);
    connect(this, &WorkingScope::yearChanged, year, &QSpinBox::setValue);
    connect(year, &QSpinBox::valueChanged, this, &WorkingScope::setYear);
}

void WorkingScope::bindScope(ScopeComboBox* scope)
{
    scope->setScope(m_scope);
    connect(this, &WorkingScope::scopeChanged, scope, &ScopeComboBox::setScope);
    connect(scope, &QComboBox::currentIndexChanged, this, [this, scope] {
        if (scope->scope().isValid() && !setScope(scope->scope()))
            scope->setScope(m_scope);
    });
}

void WorkingScope::save() const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(kindKey,
                      m_scope.isGroup() ? QStringLiteral("group") : QStringLiteral("organisation"));
    settings.setValue(idKey, m_scope.id);
    settings.setValue(yearKey, m_year);
    settings.setValue(databaseKey, databaseOf(m_ledger));
}

} // namespace sl
