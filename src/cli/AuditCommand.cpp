// audit of studyledger-cli: the audit trail (审计日志), filtered, as CSV or JSON lines on
// standard output. Administrators only (and single-user mode); read-only.
#include "CliApp.h"

#include "exchange/CsvWriter.h"
#include "services/AuditService.h"
#include "services/Ledger.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sl::cli {

namespace {

QJsonObject jsonOf(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("at"), e.at);
    o.insert(QStringLiteral("account_id"), e.accountId ? QJsonValue(e.accountId) : QJsonValue());
    o.insert(QStringLiteral("account"), AuditService::personOf(e));
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("entity"), e.entity);
    o.insert(QStringLiteral("entity_id"), e.entityId ? QJsonValue(e.entityId) : QJsonValue());
    o.insert(QStringLiteral("detail"), e.detail);
    return o;
}

} // namespace

int CliApp::audit(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("user-name"), QStringLiteral("entity"),
                       QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format")},
                      &code))
        return code;
    if (!args.positional().isEmpty())
        return usage(QStringLiteral("audit takes no arguments"));
    const QString format = args.option(QStringLiteral("format")).value_or(QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format takes csv or json, not \"%1\"").arg(format));
    AuditQuery query;
    query.entity = args.option(QStringLiteral("entity")).value_or(QString()).trimmed();
    for (const char* name : {"from", "to"}) {
        const auto text = args.option(QString::fromLatin1(name));
        if (!text)
            continue;
        const auto day = dates::fromIso(text->trimmed());
        if (!day || !dates::isSet(*day))
            return usage(QStringLiteral("--%1 takes a date YYYY-MM-DD, not \"%2\"")
                             .arg(QString::fromLatin1(name), *text));
        (name[0] == 'f' ? query.from : query.to) = *day;
    }

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    AuditService service(*ledger);
    if (Status allowed = service.mayRead(); !allowed)
        return fail(allowed.error());
    if (const auto name = args.option(QStringLiteral("user-name"))) {
        auto id = service.accountIdByName(name->trimmed());
        if (!id)
            return fail(id.error());
        query.accountId = *id;
    }

    if (format == QLatin1String("csv"))
        m_out << CsvWriter::formatRecord(AuditService::csvHeader()) << '\n';
    Status listed = service.forEach(query, [&](const AuditEntry& e) -> Status {
        if (format == QLatin1String("csv"))
            m_out << CsvWriter::formatRecord(AuditService::csvFields(e)) << '\n';
        else
            m_out << QString::fromUtf8(QJsonDocument(jsonOf(e)).toJson(QJsonDocument::Compact))
                  << '\n';
        return {};
    });
    m_out.flush();
    if (!listed)
        return fail(listed.error());
    return ExitOk;
}

} // namespace sl::cli
