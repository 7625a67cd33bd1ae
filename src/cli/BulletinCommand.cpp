// bulletin of studyledger-cli: the settings of an issuing organisation, the list of its issued
// bulletins and the reprint of one (its stored PDF, byte for byte).
#include "CliApp.h"

#include "files/OutputFile.h"
#include "services/BulletinService.h"
#include "services/Ledger.h"
#include "services/RosterService.h"

#include <QFile>

#include <cstdio>

namespace sl::cli {

namespace {

const char* const bulletinUsage =
    "bulletin takes settings --org ID [--organ TEXT] [--prefix TEXT] [--addressee TEXT] "
    "[--names on|off] [--closing TEXT], issued --org ID, or reprint --id N -o FILE";

QString onOff(bool value)
{
    return value ? QStringLiteral("on") : QStringLiteral("off");
}

// One `key: value` line a field; a text of several lines continues indented.
QString settingsText(const Organisation& org, const BulletinSettings& s)
{
    auto line = [](const char* key, const QString& value) {
        QString text = value;
        text.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        const QString head = QString::fromLatin1(key) + QLatin1Char(':');
        return (text.isEmpty() ? head : head + QLatin1Char(' ') + text) + QLatin1Char('\n');
    };
    return line("organisation", org.extId + QLatin1Char(' ') + org.name) +
           line("organ_name", s.organName) + line("number_prefix", s.numberPrefix) +
           line("addressee", s.addressee) + line("names_in_problems", onOff(s.namesInProblems)) +
           line("closing_text", s.closingText);
}

} // namespace

int CliApp::bulletin(const CliArgs& args)
{
    const QString sub = args.positional(0);
    if (args.positional().size() != 1)
        return usage(QString::fromLatin1(bulletinUsage));
    if (sub == QLatin1String("settings"))
        return bulletinSettings(args);
    if (sub == QLatin1String("issued"))
        return bulletinIssued(args);
    if (sub == QLatin1String("reprint"))
        return bulletinReprint(args);
    return usage(QString::fromLatin1(bulletinUsage));
}

int CliApp::bulletinSettings(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args,
                      {QStringLiteral("org"), QStringLiteral("organ"), QStringLiteral("prefix"),
                       QStringLiteral("addressee"), QStringLiteral("names"),
                       QStringLiteral("closing")},
                      &code))
        return code;
    const auto orgRef = args.option(QStringLiteral("org"));
    if (!orgRef)
        return usage(QStringLiteral("bulletin settings needs --org ID"));
    const auto names = args.option(QStringLiteral("names"));
    if (names && *names != QLatin1String("on") && *names != QLatin1String("off"))
        return usage(QStringLiteral("--names takes on or off, not \"%1\"").arg(*names));

    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto org = RosterService(*ledger).resolveOrg(*orgRef);
    if (!org)
        return fail(org.error());
    BulletinService service(*ledger);
    auto stored = service.settings(org->id);
    if (!stored)
        return fail(stored.error());
    BulletinSettings settings = *stored;
    bool changed = false;
    auto set = [&](const char* option, QString* field) {
        if (const auto value = args.option(QString::fromLatin1(option))) {
            *field = *value;
            changed = true;
        }
    };
    set("organ", &settings.organName);
    set("prefix", &settings.numberPrefix);
    set("addressee", &settings.addressee);
    set("closing", &settings.closingText);
    if (names) {
        settings.namesInProblems = *names == QLatin1String("on");
        changed = true;
    }
    if (changed) {
        if (Status s = service.setSettings(settings); !s)
            return fail(s.error());
        stored = service.settings(org->id);
        if (!stored)
            return fail(stored.error());
        settings = *stored;
    }
    m_out << settingsText(*org, settings);
    m_out.flush();
    return ExitOk;
}

int CliApp::bulletinIssued(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {QStringLiteral("org")}, &code))
        return code;
    const auto orgRef = args.option(QStringLiteral("org"));
    if (!orgRef)
        return usage(QStringLiteral("bulletin issued needs --org ID"));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto org = RosterService(*ledger).resolveOrg(*orgRef);
    if (!org)
        return fail(org.error());
    auto issued = BulletinService(*ledger).issued(org->id);
    if (!issued)
        return fail(issued.error());
    if (issued->empty()) {
        m_out << "no bulletins issued by " << org->extId << ' ' << org->name << '\n';
        m_out.flush();
        return ExitOk;
    }
    // Tab-separated, newest first; the id is what reprint takes.
    m_out << "id\tnumber\tissued_on\ttitle\tscope\tperiod\n";
    for (const IssuedBulletin& b : *issued)
        m_out << b.id << '\t' << b.number << '\t' << dates::toIso(b.issuedOn) << '\t' << b.title
              << '\t' << b.scopeName << '\t' << b.period.label() << '\n';
    m_out.flush();
    return ExitOk;
}

int CliApp::bulletinReprint(const CliArgs& args)
{
    int code = ExitOk;
    if (rejectUnknown(args, {QStringLiteral("id"), QStringLiteral("o")}, &code))
        return code;
    QString error;
    const auto id = args.intOption(QStringLiteral("id"), &error);
    if (!error.isEmpty())
        return usage(error);
    const auto target = args.option(QStringLiteral("o"));
    if (!id || !target)
        return usage(QStringLiteral("bulletin reprint needs --id N -o FILE"));
    auto ledger = openLedger(false, &code);
    if (!ledger)
        return code;
    auto bulletin = BulletinService(*ledger).issuedBulletin(*id);
    if (!bulletin)
        return fail(bulletin.error());
    if (*target == QLatin1String("-")) {
        m_out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            out.write(bulletin->pdf) != bulletin->pdf.size() || !out.flush())
            return fail(
                OutputFile::writeError(QStringLiteral("standard output"), out.errorString()));
        return ExitOk;
    }
    // OutputFile refuses the open ledger and its journal files as a target.
    if (Status s = OutputFile::writeAll(*target, bulletin->pdf, QStringLiteral("o")); !s)
        return fail(s.error());
    m_out << "wrote " << bulletin->number << ' ' << bulletin->title << " to " << *target << '\n';
    return ExitOk;
}

} // namespace sl::cli
