#include "PackageAdjustments.h"

#include "exchange/CsvFileWriter.h"

#include "services/PackageService.h"

#include <QCoreApplication>
#include <QLocale>

namespace sl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::PackageAdjustments)
};

const QString groupScope = QStringLiteral("学习组");
const QString orgScope = QStringLiteral("党组织");

ColumnSpec col(const char* key, const char* zh, bool required)
{
    return {QString::fromUtf8(key), QString::fromUtf8(zh), QString::fromUtf8(key), required};
}

PackageAdjustment readRow(RowParser& p)
{
    PackageAdjustment a;
    const QString kind = p.text(QStringLiteral("scope_kind"), true);
    if (kind == orgScope || kind.compare(QLatin1String("org"), Qt::CaseInsensitive) == 0)
        a.orgScope = true;
    else if (!kind.isEmpty() && kind != groupScope &&
             kind.compare(QLatin1String("group"), Qt::CaseInsensitive) != 0)
        p.fail(QStringLiteral("scope_kind"),
               Text::tr("must be %1 or %2").arg(groupScope, orgScope));
    a.scopeExtId = p.key(QStringLiteral("scope_id"), true);
    a.memberExtId = p.key(QStringLiteral("member_id"), true);
    bool ok = false;
    const QString year = p.text(QStringLiteral("year"), true);
    a.year = year.toInt(&ok);
    if (!year.isEmpty() && (!ok || a.year < 1900 || a.year > 9999))
        p.fail(QStringLiteral("year"), Text::tr("is not a year"));
    const QString delta = p.text(QStringLiteral("delta"), true);
    a.delta = delta.toDouble(&ok);
    if (!delta.isEmpty() && !ok)
        p.fail(QStringLiteral("delta"), Text::tr("is not a number"));
    a.reason = p.text(QStringLiteral("reason"), true);
    const QString madeAt = p.text(QStringLiteral("made_at"));
    a.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
    if (!madeAt.isEmpty() && !a.madeAt.isValid())
        p.fail(QStringLiteral("made_at"), Text::tr("is not a date and time"));
    return a;
}

} // namespace

const std::vector<ColumnSpec>& PackageAdjustments::columns()
{
    static const std::vector<ColumnSpec> columns{
        col("scope_kind", "范围类型", true), col("scope_id", "范围编号", true),
        col("year", "年度", true),           col("member_id", "党员编号", true),
        col("delta", "调整分", true),        col("reason", "理由", true),
        col("made_at", "调整时间", false)};
    return columns;
}

Status PackageAdjustments::write(const QString& path, const std::vector<PackageAdjustment>& rows)
{
    QStringList header;
    for (const ColumnSpec& c : columns())
        header << c.zh;
    CsvFileWriter out(path);
    if (Status s = out.open(header); !s)
        return s;
    for (const PackageAdjustment& a : rows) {
        if (Status s = out.add({a.orgScope ? orgScope : groupScope, a.scopeExtId,
                                QString::number(a.year), a.memberExtId,
                                QString::number(a.delta, 'g', QLocale::FloatingPointShortest),
                                a.reason, a.madeAt.toUTC().toString(Qt::ISODate)});
            !s)
            return s;
    }
    return out.commit();
}

Result<FileImportResult> PackageAdjustments::importFile(PackageImport& import, const QString& path)
{
    return TableFile::importWith(path, columns(), [&](TableStream& file) -> Result<ImportReport> {
        std::vector<ImportRow<PackageAdjustment>> rows;
        std::vector<RowError> errors;
        if (!collectRows<PackageAdjustment>(file, readRow, rows, errors))
            return Error::invalid(QString(), QStringLiteral("the file is at fault"));
        return import.importAdjustments(rows, errors);
    });
}

} // namespace sl
