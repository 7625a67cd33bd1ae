#include "BulletinSettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace sl {

Result<std::optional<BulletinSettings>> BulletinSettingsRepository::find(qint64 orgId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT organ_name, number_prefix, addressee, names_in_problems, "
                             "closing_text FROM bulletin_settings WHERE org_id = ?"));
    q.addBindValue(orgId);
    if (Status s = sqlv::exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<BulletinSettings>();
    BulletinSettings s;
    s.orgId = orgId;
    s.organName = q.value(0).toString();
    s.numberPrefix = q.value(1).toString();
    s.addressee = q.value(2).toString();
    s.namesInProblems = q.value(3).toInt() != 0;
    s.closingText = q.value(4).toString();
    return std::optional<BulletinSettings>(s);
}

Status BulletinSettingsRepository::save(const BulletinSettings& s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO bulletin_settings (org_id, organ_name, number_prefix, addressee, "
        "names_in_problems, closing_text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_id) DO "
        "UPDATE SET organ_name = excluded.organ_name, number_prefix = excluded.number_prefix, "
        "addressee = excluded.addressee, names_in_problems = excluded.names_in_problems, "
        "closing_text = excluded.closing_text"));
    q.addBindValue(s.orgId);
    q.addBindValue(sqlv::text(s.organName));
    q.addBindValue(sqlv::text(s.numberPrefix));
    q.addBindValue(sqlv::text(s.addressee));
    q.addBindValue(s.namesInProblems ? 1 : 0);
    q.addBindValue(sqlv::text(s.closingText));
    return sqlv::exec(q);
}

} // namespace sl
