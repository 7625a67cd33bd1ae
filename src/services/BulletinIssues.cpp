// The settings of each issuing organisation and the issued bulletins of BulletinService (the
// figures and the draft are in BulletinService.cpp).
#include "BulletinService.h"

#include "Access.h"
#include "Ledger.h"
#include "LedgerWrite.h"

#include "domain/AuditRecords.h"
#include "domain/DocumentNumber.h"
#include "domain/TextRules.h"
#include "storage/AuditRepository.h"
#include "storage/BulletinSettingsRepository.h"
#include "storage/IssuedBulletinRepository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace sl {

namespace {

// The longest organ name and number prefix (发文机关标志 fits one line of the header; 机关代字 is
// a few characters) and addressee (主送机关, one line of the document).
constexpr int kMaxOrganName = 40;
constexpr int kMaxPrefix = 20;
constexpr int kMaxAddressee = 200;

// Settings and issuing: admins and secretaries of the organisation (or one above it).
Result<ScopeInfo> issuingOrg(Ledger& ledger, qint64 orgId)
{
    return Access(ledger).scopeFor(Action::BulletinWrite, ScopeRef::organisation(orgId));
}

// Reading settings and issued bulletins: whoever may read the organisation's results.
Result<ScopeInfo> readableOrg(Ledger& ledger, qint64 orgId)
{
    return Access(ledger).scopeFor(Action::BulletinRead, ScopeRef::organisation(orgId));
}

// Issued bulletin `id` with its PDF (NotFound when there is none).
Result<IssuedBulletin> storedBulletin(IssuedBulletinRepository& repo, qint64 id)
{
    auto stored = repo.byId(id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::notFound(
            QStringLiteral("id"),
            QCoreApplication::translate("sl::BulletinService", "no issued bulletin with id %1")
                .arg(id));
    return std::move(**stored);
}

// The first rule `s` breaks, naming its column.
std::optional<Error> problemOf(const BulletinSettings& s)
{
    std::vector<Error> out;
    rules::checkText(out, s.organName, QStringLiteral("organ_name"), kMaxOrganName, true,
                     rules::TextKind::Name);
    // No prefix is allowed (the number reads 〔2026〕3号): the defaults must be storable, so that
    // a change of the settings can be undone.
    rules::checkText(out, s.numberPrefix, QStringLiteral("number_prefix"), kMaxPrefix, false,
                     rules::TextKind::Line);
    if (out.empty()) {
        for (const QChar c : s.numberPrefix) {
            if (c.isSpace())
                return Error::invalid(
                    QStringLiteral("number_prefix"),
                    QCoreApplication::translate("sl::BulletinService", "must not contain spaces"));
        }
    }
    rules::checkText(out, s.addressee, QStringLiteral("addressee"), kMaxAddressee, false,
                     rules::TextKind::Line);
    rules::checkText(out, s.closingText, QStringLiteral("closing_text"),
                     std::numeric_limits<int>::max(), false, rules::TextKind::FreeText);
    if (out.empty())
        return std::nullopt;
    return out.front();
}

Status checkYear(int year)
{
    if (year >= Period::kMinYear && year <= Period::kMaxYear)
        return {};
    return Error::invalid(QStringLiteral("year"),
                          QCoreApplication::translate("sl", "must be between %1 and %2")
                              .arg(Period::kMinYear)
                              .arg(Period::kMaxYear));
}

// The stored settings of `org`, or the defaults (for the audit's before).
Result<BulletinSettings> settingsOf(Ledger& ledger, qint64 orgId, const QString& orgName)
{
    auto stored = BulletinSettingsRepository(ledger.db()).find(orgId);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    BulletinSettings defaults;
    defaults.orgId = orgId;
    defaults.organName = orgName;
    return defaults;
}

audit::Diff settingsChange(const BulletinSettings& b, const BulletinSettings& a)
{
    auto yesNo = [](bool v) { return v ? QStringLiteral("是") : QStringLiteral("否"); };
    audit::Diff d;
    d.field(QStringLiteral("发文机关"), b.organName, a.organName)
        .field(QStringLiteral("发文字号"), b.numberPrefix, a.numberPrefix)
        .field(QStringLiteral("主送机关"), b.addressee, a.addressee)
        .field(QStringLiteral("问题点名"), yesNo(b.namesInProblems), yesNo(a.namesInProblems))
        .field(QStringLiteral("下一步工作要求"), b.closingText, a.closingText);
    return d;
}

} // namespace

Result<BulletinSettings> BulletinService::settings(qint64 orgId)
{
    auto org = readableOrg(m_ledger, orgId);
    if (!org)
        return org.error();
    auto stored = BulletinSettingsRepository(m_ledger.db()).find(orgId);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    // The defaults: the organisation's name as the organ, no prefix (the number reads
    // 〔2026〕3号 until one is set), no addressee, names withheld, the document's own closing.
    BulletinSettings defaults;
    defaults.orgId = orgId;
    defaults.organName = org->name;
    return defaults;
}

Status BulletinService::setSettings(const BulletinSettings& settings)
{
    auto org = issuingOrg(m_ledger, settings.orgId);
    if (!org)
        return org.error();
    if (auto problem = problemOf(settings))
        return *problem;
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    tx.changes().bulletins(settings.orgId);
    auto before = settingsOf(m_ledger, settings.orgId, org->name); // for the audit
    if (!before)
        return before.error();
    if (Status s = BulletinSettingsRepository(m_ledger.db()).save(settings); !s)
        return s;
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("update"),
                               QStringLiteral("bulletin_settings"), settings.orgId,
                               settingsChange(*before, settings)
                                   .text(org->extId + QStringLiteral(" 通报设置")));
        !s)
        return s;
    return tx.commit();
}

Result<int> BulletinService::nextSerial(qint64 orgId, int year)
{
    if (Status s = checkYear(year); !s)
        return s.error();
    auto org = readableOrg(m_ledger, orgId);
    if (!org)
        return org.error();
    auto max = IssuedBulletinRepository(m_ledger.db()).maxSerial(orgId, year);
    if (!max)
        return max.error();
    return *max + 1;
}

Result<IssuedBulletin> BulletinService::issue(BulletinData draft, const Date& issuedOn,
                                              const Renderers& renderers)
{
    if (!renderers.pdf || !renderers.title)
        return Error::invalid(
            QStringLiteral("renderers"),
            QCoreApplication::translate("sl::BulletinService", "a PDF and a title are needed"));
    if (!draft.scope.ref.isValid())
        return Error::invalid(
            QStringLiteral("scope"),
            QCoreApplication::translate("sl::BulletinService", "the bulletin has no scope"));
    if (!dates::isSet(issuedOn))
        return Error::invalid(QStringLiteral("issued_on"),
                              QCoreApplication::translate("sl::rules", "is required"));
    const int year = int(issuedOn.year());
    if (Status s = checkYear(year); !s)
        return Error::invalid(QStringLiteral("issued_on"), s.error().message);
    const qint64 orgId = draft.settings.orgId > 0 ? draft.settings.orgId : draft.scope.orgId;
    auto org = issuingOrg(m_ledger, orgId);
    if (!org)
        return org.error();
    if (draft.settings.orgId == 0) {
        auto stored = settings(orgId);
        if (!stored)
            return stored.error();
        draft.settings = *stored;
    }

    // The serial is allocated inside the write transaction (BEGIN IMMEDIATE holds the write
    // lock), and the table's UNIQUE (org_id, year, serial) backs it: two issues never share one.
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    IssuedBulletinRepository repo(m_ledger.db());
    auto max = repo.maxSerial(orgId, year);
    if (!max)
        return max.error();
    draft.serial = *max + 1;
    draft.issuedOn = issuedOn;

    IssuedBulletin b;
    b.orgId = orgId;
    b.scope = draft.scope.ref;
    b.scopeName = draft.scope.name;
    b.period = draft.period;
    b.serial = draft.serial;
    b.number = documentNumber(draft.settings.numberPrefix, year, draft.serial);
    b.title = renderers.title(draft);
    b.issuedOn = issuedOn;
    b.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    b.prose = draft.prose;
    // A failed rendering returns before anything is stored: the write rolls back and the serial
    // stays free.
    auto pdf = renderers.pdf(draft);
    if (!pdf)
        return pdf.error();
    if (pdf->isEmpty())
        return Error{ErrorCode::Io, QStringLiteral("pdf"),
                     QCoreApplication::translate("sl::BulletinService", "the PDF came out empty")};
    b.pdf = *pdf;
    if (renderers.json)
        b.figuresJson = renderers.json(draft);

    auto id = repo.insert(b, m_ledger.actor().accountId);
    if (!id)
        return id.error();
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("issue"),
                               QStringLiteral("bulletin"), *id,
                               QStringLiteral("签发 %1《%2》").arg(b.number, b.title));
        !s)
        return s.error();
    auto stored = repo.byId(*id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error::database(QCoreApplication::translate("sl::BulletinService",
                                                           "the issued bulletin was not stored"));
    tx.changes().bulletins(orgId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::move(**stored);
}

Result<IssuedBulletin> BulletinService::withdraw(qint64 id)
{
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    IssuedBulletinRepository repo(m_ledger.db());
    auto stored = storedBulletin(repo, id);
    if (!stored)
        return stored.error();
    IssuedBulletin b = std::move(*stored);
    if (auto org = issuingOrg(m_ledger, b.orgId); !org)
        return org.error();
    auto max = repo.maxSerial(b.orgId, int(b.issuedOn.year()));
    if (!max)
        return max.error();
    if (*max != b.serial)
        return Error{ErrorCode::Conflict, QStringLiteral("serial"),
                     QCoreApplication::translate("sl::BulletinService",
                                                 "%1 cannot be withdrawn: a later bulletin of the "
                                                 "year has been issued since")
                         .arg(b.number)};
    if (Status s = repo.remove(id); !s)
        return s.error();
    if (Status s = AuditRepository(m_ledger.db())
                       .record(m_ledger.actor().accountId, QStringLiteral("withdraw"),
                               QStringLiteral("bulletin"), id,
                               QStringLiteral("撤回 %1《%2》").arg(b.number, b.title));
        !s)
        return s.error();
    tx.changes().bulletins(b.orgId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<qint64> BulletinService::reissue(const IssuedBulletin& bulletin)
{
    if (auto org = issuingOrg(m_ledger, bulletin.orgId); !org)
        return org.error();
    LedgerWrite tx(m_ledger);
    if (!tx.isActive())
        return tx.beginError();
    IssuedBulletinRepository repo(m_ledger.db());
    auto max = repo.maxSerial(bulletin.orgId, int(bulletin.issuedOn.year()));
    if (!max)
        return max.error();
    if (*max + 1 != bulletin.serial)
        return Error{ErrorCode::Conflict, QStringLiteral("serial"),
                     QCoreApplication::translate("sl::BulletinService",
                                                 "%1 cannot be issued again: the next number of "
                                                 "the year is now another")
                         .arg(bulletin.number)};
    auto id = repo.insert(bulletin, m_ledger.actor().accountId);
    if (!id)
        return id.error();
    if (Status s =
            AuditRepository(m_ledger.db())
                .record(m_ledger.actor().accountId, QStringLiteral("issue"),
                        QStringLiteral("bulletin"), *id,
                        QStringLiteral("签发 %1《%2》").arg(bulletin.number, bulletin.title));
        !s)
        return s.error();
    tx.changes().bulletins(bulletin.orgId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<std::vector<IssuedBulletin>> BulletinService::issued(qint64 orgId)
{
    auto org = readableOrg(m_ledger, orgId);
    if (!org)
        return org.error();
    return IssuedBulletinRepository(m_ledger.db()).forOrg(orgId);
}

Result<IssuedBulletin> BulletinService::issuedBulletin(qint64 id)
{
    IssuedBulletinRepository repo(m_ledger.db());
    auto stored = storedBulletin(repo, id);
    if (!stored)
        return stored.error();
    auto org = readableOrg(m_ledger, stored->orgId);
    if (!org)
        return org.error();
    return stored;
}

} // namespace sl
