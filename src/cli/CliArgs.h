#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sl::cli {

// The words of one command after the global options: positional arguments and `--name value`
// options. Unknown or missing values are usage errors that the command reports.
class CliArgs
{
public:
    // Splits `args`; `flags` are options that take no value.
    CliArgs(const QStringList& args, const QStringList& flags = {});

    const QStringList& positional() const { return m_positional; }
    QString positional(int i) const { return m_positional.value(i); }
    std::optional<QString> option(const QString& name) const;
    bool flag(const QString& name) const { return m_flags.contains(name); }
    // An integer option; `error` gets a message when present but not a number.
    std::optional<int> intOption(const QString& name, QString* error) const;
    // Options that the command does not know (usage error).
    QStringList unknownOptions(const QStringList& known) const;
    const QString& error() const { return m_error; }

private:
    QStringList m_positional;
    QList<QPair<QString, QString>> m_options;
    QStringList m_flags;
    QString m_error;
};

} // namespace sl::cli
