#pragma once

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// The workbooks of tests/exchange/xlsx_fixtures.py (written by openpyxl, or hostile ones built
// with zipfile), and openpyxl's reading of a workbook, for the XLSX tests. Debian's interpreter,
// which python3-openpyxl installs into (a python3 found first on PATH may be another one).
namespace xlsx_fixtures {

inline QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStringLiteral("python3");
}

// Runs the script; its standard output, or a null string with `error` set.
inline QString run(const QString& name, const QString& path, QString* error)
{
    QProcess p;
    p.setProgram(python());
    p.setArguments({QStringLiteral(SL_TEST_DATA_DIR "/../exchange/xlsx_fixtures.py"), name, path});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()) +
                 QStringLiteral(" (is python3-openpyxl installed? scripts/setup.sh)");
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

// Writes the workbook `name` to `path`.
inline bool write(const QString& name, const QString& path, QString* error)
{
    return !run(name, path, error).isNull() && QFileInfo::exists(path);
}

// What openpyxl finds in the first sheet: {title, freeze, bold, fill, widths, rows: [[{value,
// type, format}]]}.
inline QJsonObject read(const QString& path, QString* error)
{
    const QString out = run(QStringLiteral("read"), path, error);
    return out.isNull() ? QJsonObject() : QJsonDocument::fromJson(out.toUtf8()).object();
}

} // namespace xlsx_fixtures
