#pragma once

#include <QString>
#include <QTextStream>

namespace bench {

// The files the benchmark works on, made once in one folder and reused by later runs: the
// district (100,000 members by default), the 80-member demo of the same year, the district's
// exports, and the import targets: a ledger holding the organisations only, and one holding
// the organisations and the members.
class DistrictFiles
{
public:
    DistrictFiles(const QString& folder, const QString& cli, int members, int year);

    // Builds what is missing; false (after printing why) when a step failed.
    bool prepare(QTextStream& log);

    QString district() const { return m_folder + QStringLiteral("/district.sqlite"); }
    QString demo() const { return m_folder + QStringLiteral("/demo.sqlite"); }
    QString exported(const QString& kind) const;
    QString orgsOnly() const { return m_folder + QStringLiteral("/orgs-only.sqlite"); }
    QString roster() const { return m_folder + QStringLiteral("/roster.sqlite"); }
    // A scratch path in the folder; any file already there (with -wal, -shm) is removed.
    QString scratch(const QString& name) const;
    // A fresh copy of `ledger` at scratch(name); empty when the copy failed.
    QString copyOf(const QString& ledger, const QString& name) const;

    QString cli() const { return m_cli; }
    int year() const { return m_year; }

private:
    bool cliStep(QTextStream& log, const QString& db, const QStringList& arguments);

    QString m_folder;
    QString m_cli;
    int m_members;
    int m_year;
};

} // namespace bench
