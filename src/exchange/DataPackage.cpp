#include "DataPackage.h"

#include "files/LedgerFiles.h"
#include "files/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace sl {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sl::DataPackage)
};

const QString manifestName = QStringLiteral("manifest.json");
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxManifest = 64 << 20; // the references of a district fit many times over

Error invalid(const QString& where, const QString& message)
{
    return Error{ErrorCode::Invalid, QString(), where + QStringLiteral(": ") + message};
}

Error manifestError(const QString& field, const QString& message)
{
    return invalid(manifestName + QStringLiteral(": ") + field, message);
}

QJsonArray refsToJson(const std::vector<PackageRef>& refs)
{
    QJsonArray out;
    for (const PackageRef& r : refs)
        out.append(QJsonObject{{QStringLiteral("id"), r.extId}, {QStringLiteral("name"), r.name}});
    return out;
}

Result<std::vector<PackageRef>> refsFromJson(const QJsonObject& root, const QString& field)
{
    const QJsonValue value = root.value(field);
    if (!value.isArray())
        return manifestError(field, Text::tr("is missing or not a list"));
    std::vector<PackageRef> out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!v.isObject() || id.trimmed().isEmpty() || !o.value(QStringLiteral("name")).isString())
            return manifestError(field, Text::tr("every entry needs an id and a name"));
        out.push_back({id, o.value(QStringLiteral("name")).toString()});
    }
    return out;
}

Result<PackagePart> partFromJson(const QJsonValue& v)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonObject o = v.toObject();
    PackagePart part;
    part.kind = o.value(QStringLiteral("kind")).toString();
    part.sha256 = o.value(QStringLiteral("sha256")).toString();
    const QJsonValue rows = o.value(QStringLiteral("rows"));
    if (!DataPackage::partKinds().contains(part.kind))
        return manifestError(QStringLiteral("parts"),
                             Text::tr("unknown part %1").arg(part.kind.left(40)));
    if (o.value(QStringLiteral("file")).toString() != part.fileName())
        return manifestError(
            QStringLiteral("parts"),
            Text::tr("part %1 must be the file %2").arg(part.kind, part.fileName()));
    if (!hex.match(part.sha256).hasMatch())
        return manifestError(QStringLiteral("parts"),
                             Text::tr("part %1 has no valid sha256").arg(part.kind));
    if (!rows.isDouble() || rows.toDouble() < 0 || rows.toDouble() != rows.toInt())
        return manifestError(QStringLiteral("parts"),
                             Text::tr("part %1 has no valid row count").arg(part.kind));
    part.rows = rows.toInt();
    return part;
}

// The SHA-256 of a file on disk, lower-case hex.
Result<QString> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return OutputFile::writeError(path, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return OutputFile::writeError(path, file.errorString());
    return QString::fromLatin1(hash.result().toHex());
}

// Copies `from` into `to` (OutputFile: whole or not at all).
Status copyWhole(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return OutputFile::writeError(from, in.errorString());
    OutputFile out(to, QStringLiteral("o"));
    if (Status s = out.open(); !s)
        return s;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFile::NoError)
            return OutputFile::writeError(from, in.errorString());
        if (Status s = out.write(chunk); !s)
            return s;
    }
    return out.commit();
}

Status addEntry(QuaZip& zip, const QString& name, QIODevice& source)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return Error{ErrorCode::Io, {}, Text::tr("cannot add %1 to the package").arg(name)};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (entry.write(chunk) != chunk.size())
            return Error{ErrorCode::Io, {}, Text::tr("cannot add %1 to the package").arg(name)};
    }
    entry.close();
    if (entry.getZipError() != ZIP_OK)
        return Error{ErrorCode::Io, {}, Text::tr("cannot add %1 to the package").arg(name)};
    return {};
}

Error damaged(const QString& path, const QString& what)
{
    return invalid(QFileInfo(path).fileName(),
                   Text::tr("%1: the package is damaged or incomplete").arg(what));
}

} // namespace

const QStringList& DataPackage::partKinds()
{
    static const QStringList kinds{QStringLiteral("groups"),     QStringLiteral("group-members"),
                                   QStringLiteral("plans"),      QStringLiteral("sessions"),
                                   QStringLiteral("attendance"), QStringLiteral("speeches"),
                                   QStringLiteral("selfstudy"),  QStringLiteral("writings"),
                                   QStringLiteral("adjustments")};
    return kinds;
}

const PackagePart* PackageManifest::part(const QString& kind) const
{
    for (const PackagePart& p : parts) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

QByteArray PackageManifest::toJson() const
{
    QJsonArray partArray;
    for (const PackagePart& p : parts)
        partArray.append(QJsonObject{{QStringLiteral("kind"), p.kind},
                                     {QStringLiteral("file"), p.fileName()},
                                     {QStringLiteral("rows"), p.rows},
                                     {QStringLiteral("sha256"), p.sha256}});
    QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), formatVersion},
        {QStringLiteral("program_version"), programVersion},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("id"), source.extId}, {QStringLiteral("name"), source.name}}},
        {QStringLiteral("year"), year > 0 ? QJsonValue(year) : QJsonValue()},
        {QStringLiteral("parts"), partArray},
        {QStringLiteral("organisations"), refsToJson(organisations)},
        {QStringLiteral("members"), refsToJson(members)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<PackageManifest> PackageManifest::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(manifestName, Text::tr("not valid JSON (%1 at byte %2)")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        return manifestError(QStringLiteral("format"), Text::tr("not a StudyLedger data package"));
    PackageManifest m;
    const QJsonValue version = root.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt())
        return manifestError(QStringLiteral("format_version"), Text::tr("is not a version"));
    m.formatVersion = version.toInt();
    if (m.formatVersion > kFormatVersion)
        return manifestError(
            QStringLiteral("format_version"),
            Text::tr("the package is of format version %1, newer than this program reads (%2); "
                     "update StudyLedger to import it")
                .arg(m.formatVersion)
                .arg(kFormatVersion));
    m.programVersion = root.value(QStringLiteral("program_version")).toString();
    m.createdAt =
        QDateTime::fromString(root.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    if (!m.createdAt.isValid())
        return manifestError(QStringLiteral("created_at"), Text::tr("is not a date and time"));
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    m.source = {source.value(QStringLiteral("id")).toString(),
                source.value(QStringLiteral("name")).toString()};
    if (m.source.extId.trimmed().isEmpty())
        return manifestError(QStringLiteral("source"), Text::tr("names no organisation"));
    const QJsonValue year = root.value(QStringLiteral("year"));
    if (!year.isNull() && (!year.isDouble() || year.toInt() < 1900 || year.toInt() > 9999))
        return manifestError(QStringLiteral("year"), Text::tr("is not a year"));
    m.year = year.isNull() ? 0 : year.toInt();
    QSet<QString> seen;
    for (const QJsonValue& v : root.value(QStringLiteral("parts")).toArray()) {
        auto part = partFromJson(v);
        if (!part)
            return part.error();
        if (seen.contains(part->kind))
            return manifestError(QStringLiteral("parts"),
                                 Text::tr("part %1 is listed twice").arg(part->kind));
        seen.insert(part->kind);
        m.parts.push_back(*part);
    }
    auto orgs = refsFromJson(root, QStringLiteral("organisations"));
    if (!orgs)
        return orgs.error();
    auto members = refsFromJson(root, QStringLiteral("members"));
    if (!members)
        return members.error();
    m.organisations = std::move(orgs).value();
    m.members = std::move(members).value();
    return m;
}

Status DataPackage::write(const QString& path, PackageManifest& manifest, const QString& dir)
{
    if (Status target = LedgerFiles::checkOutputTarget(path, QStringLiteral("o")); !target)
        return target;
    for (PackagePart& part : manifest.parts) {
        auto sum = sha256Of(QDir(dir).filePath(part.fileName()));
        if (!sum)
            return sum.error();
        part.sha256 = *sum;
    }
    return pack(path, manifest, dir);
}

Status DataPackage::pack(const QString& path, const PackageManifest& manifest, const QString& dir)
{
    QTemporaryDir work;
    if (!work.isValid())
        return OutputFile::writeError(path, work.errorString());
    const QString zipPath = work.filePath(QStringLiteral("package.zip"));
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return OutputFile::writeError(zipPath, Text::tr("cannot start the package"));
    QByteArray manifestBytes = manifest.toJson();
    QBuffer manifestBuffer(&manifestBytes);
    manifestBuffer.open(QIODevice::ReadOnly);
    if (Status s = addEntry(zip, manifestName, manifestBuffer); !s)
        return s;
    for (const PackagePart& part : manifest.parts) {
        QFile file(QDir(dir).filePath(part.fileName()));
        if (!file.open(QIODevice::ReadOnly))
            return OutputFile::writeError(file.fileName(), file.errorString());
        if (Status s = addEntry(zip, part.fileName(), file); !s)
            return s;
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return OutputFile::writeError(zipPath, Text::tr("cannot finish the package"));
    return copyWhole(zipPath, path);
}

Result<PackageManifest> DataPackage::readManifest(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{ErrorCode::Invalid, QString(), Text::tr("%1: no such package file").arg(path)};
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return invalid(info.fileName(),
                       Text::tr("not a StudyLedger data package (not a zip file, or cut short)"));
    if (!zip.setCurrentFile(manifestName))
        return invalid(info.fileName(),
                       Text::tr("not a StudyLedger data package (no manifest.json)"));
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return damaged(path, manifestName);
    const QByteArray bytes = entry.read(kMaxManifest + 1);
    entry.close();
    if (entry.getZipError() != UNZ_OK || bytes.size() > kMaxManifest)
        return damaged(path, manifestName);
    auto manifest = PackageManifest::fromJson(bytes);
    if (!manifest)
        return invalid(info.fileName(), manifest.error().message);
    return manifest;
}

Status DataPackage::extract(const QString& path, const PackageManifest& manifest,
                            const QString& dir)
{
    const QString name = QFileInfo(path).fileName();
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return damaged(path, name);
    QSet<QString> listed{manifestName};
    for (const PackagePart& part : manifest.parts)
        listed.insert(part.fileName());
    for (const QString& file : zip.getFileNameList()) {
        if (!listed.contains(file))
            return invalid(name, Text::tr("%1 is not listed in the manifest").arg(file.left(80)));
    }
    for (const PackagePart& part : manifest.parts) {
        const QString where = name + QLatin1Char(':') + part.fileName();
        if (!zip.setCurrentFile(part.fileName()))
            return invalid(where, Text::tr("the part is missing from the package"));
        QuaZipFile entry(&zip);
        QFile out(QDir(dir).filePath(part.fileName()));
        if (!entry.open(QIODevice::ReadOnly))
            return damaged(path, part.fileName());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return OutputFile::writeError(out.fileName(), out.errorString());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool readFailed = false;
        while (!entry.atEnd()) {
            const QByteArray chunk = entry.read(kChunk);
            if (chunk.isEmpty()) {
                readFailed = true;
                break;
            }
            hash.addData(chunk);
            if (out.write(chunk) != chunk.size())
                return OutputFile::writeError(out.fileName(), out.errorString());
        }
        entry.close();
        out.close();
        if (readFailed || entry.getZipError() != UNZ_OK ||
            QString::fromLatin1(hash.result().toHex()) != part.sha256)
            return invalid(where, Text::tr("the checksum does not match: the part was altered or "
                                           "damaged; nothing was imported"));
    }
    return {};
}

} // namespace sl
