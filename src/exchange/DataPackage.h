#pragma once

#include "domain/PackageRecords.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace sl {

// One part of a data package: a table file of one kind ("sessions" in "sessions.csv"), its
// rows and the SHA-256 of its bytes (lower-case hex).
struct PackagePart
{
    QString kind;
    int rows = 0;
    QString sha256;

    QString fileName() const { return kind + QStringLiteral(".csv"); }
};

// The manifest.json of a data package: what it is, where it comes from, what it holds and what
// it refers to (docs/formats.md "Data packages").
struct PackageManifest
{
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("studyledger-package"); }

    int formatVersion = kFormatVersion;
    QString programVersion;
    QDateTime createdAt; // UTC
    PackageRef source;   // the organisation whose subtree the package holds
    int year = 0;        // 0: every year
    std::vector<PackagePart> parts;
    std::vector<PackageRef> organisations; // referred to by the parts, with the source's names
    std::vector<PackageRef> members;

    const PackagePart* part(const QString& kind) const;

    QByteArray toJson() const;
    // Refuses (Invalid, naming the field) anything but a manifest of this format: another
    // format name, a newer format version, a missing or malformed field, an unknown or repeated
    // part.
    static Result<PackageManifest> fromJson(const QByteArray& json);
};

// The package file: a zip holding manifest.json and the parts. It is written whole or not at
// all (OutputFile) and never onto a ledger; reading checks every part against its checksum.
class DataPackage
{
public:
    // The kinds a package may hold, in the order they are imported.
    static const QStringList& partKinds();

    // Writes the package at `path` from the part files `dir`/KIND.csv of the manifest's parts,
    // setting each part's checksum in `manifest`.
    static Status write(const QString& path, PackageManifest& manifest, const QString& dir);
    // Zips `manifest` (as it is: its checksums are not computed) and its parts from `dir` into
    // `path`, whole or not at all; write() after computing the checksums.
    static Status pack(const QString& path, const PackageManifest& manifest, const QString& dir);
    // The manifest of the package at `path`.
    static Result<PackageManifest> readManifest(const QString& path);
    // Extracts every part of `manifest` into `dir` (as KIND.csv), refusing a part that is
    // missing, altered or truncated (its checksum does not match) and a file the manifest does
    // not list.
    static Status extract(const QString& path, const PackageManifest& manifest, const QString& dir);
};

} // namespace sl
