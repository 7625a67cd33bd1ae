#pragma once

#include "domain/Bulletin.h"
#include "domain/CancelFlag.h"
#include "domain/Period.h"
#include "domain/Result.h"
#include "domain/ScopeRef.h"

#include <QByteArray>

#include <functional>
#include <vector>

namespace sl {

class Ledger;

// 学习通报 (BULLETIN.md): the figures of a scope and period, the data the document is written
// from, the settings of each issuing organisation, and the issued bulletins, which keep their
// number, prose, figures and PDF so that they reprint unchanged. Reading needs read access to
// the scope; settings and issuing are for admins and secretaries of the issuing organisation.
class BulletinService
{
public:
    explicit BulletinService(Ledger& ledger) : m_ledger(ledger) {}

    // How much compose() reads: the figures (and, for a calendar year, the grade counts) for the
    // JSON output, or everything the document needs.
    enum class Detail
    {
        Figures,
        Document
    };

    // Every figure of METRICS.md "Bulletin figures", by SQL aggregates.
    Result<BulletinFigures> figures(const ScopeRef& scope, const Period& period,
                                    const CancelFlag* cancel = nullptr);

    // The data of a draft bulletin: scope, period, figures, grade counts for a calendar year
    // and, with Detail::Document, the sessions and plan items the prose names, the attachment's
    // member rows, the sub-organisation table (organisation scope) and the issuing
    // organisation's settings. The prose is empty (the defaults apply) and the serial 0.
    // `progress`, when set, gets the share of the work done (0…1), from the caller's thread.
    Result<BulletinData> compose(const ScopeRef& scope, const Period& period, Detail detail,
                                 const CancelFlag* cancel = nullptr,
                                 const std::function<void(double)>& progress = {});

    // The settings of an issuing organisation; defaults (the organisation's name, no prefix,
    // names withheld) when none are stored.
    Result<BulletinSettings> settings(qint64 orgId);
    // Stores them (admins and secretaries of the organisation); the organ name
    // must not be empty (the prefix may), no field holds a control character.
    Status setSettings(const BulletinSettings& settings);

    // What issue() stores besides the data: the PDF and the JSON of the figures, rendered by
    // the caller (the report layer) from the numbered and dated bulletin, and its title
    // (关于…的通报), written by the document's code. pdf and title are required; json may be
    // unset (nothing stored).
    using Renderers = BulletinRenderers;
    // 签发: gives the draft the next serial of its issuing organisation and the issue date's
    // year, dates it `issuedOn`, renders it and stores it, all in one transaction with an
    // audit entry. Returns the issued bulletin with its PDF.
    Result<IssuedBulletin> issue(BulletinData draft, const Date& issuedOn,
                                 const Renderers& renderers);
    // Takes back issued bulletin `id` (the undo of 签发 while its view is open). Only the latest
    // of its organisation's year goes, so that the numbers keep no gap (Conflict otherwise).
    // Returns it as it was stored, PDF included, for reissue().
    Result<IssuedBulletin> withdraw(qint64 id);
    // Stores a withdrawn bulletin again as it was, number and PDF unchanged (the redo of
    // 签发); refused (Conflict) when its number is no longer the next. Returns its new id.
    Result<qint64> reissue(const IssuedBulletin& bulletin);
    // The issued bulletins of an organisation, newest first, without their PDF.
    Result<std::vector<IssuedBulletin>> issued(qint64 orgId);
    // One issued bulletin with its PDF.
    Result<IssuedBulletin> issuedBulletin(qint64 id);
    // The serial the next bulletin of the organisation issued in `year` gets.
    Result<int> nextSerial(qint64 orgId, int year);

private:
    Ledger& m_ledger;
};

} // namespace sl
