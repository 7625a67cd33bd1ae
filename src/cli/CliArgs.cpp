#include "CliArgs.h"

namespace sl::cli {

CliArgs::CliArgs(const QStringList& args, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QLatin1String("--")) ||
            (a.startsWith(QLatin1Char('-')) && a.size() == 2)) {
            QString name = a.startsWith(QLatin1String("--")) ? a.mid(2) : a.mid(1);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (flags.contains(name)) {
                m_flags << name;
                continue;
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                m_error = QStringLiteral("option %1 needs a value").arg(a);
                continue;
            }
            m_options.append({name, value});
        } else {
            m_positional << a;
        }
    }
}

std::optional<QString> CliArgs::option(const QString& name) const
{
    for (const auto& [key, value] : m_options) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

std::optional<int> CliArgs::intOption(const QString& name, QString* error) const
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--%1 takes a whole number, not \"%2\"").arg(name, *text);
        return std::nullopt;
    }
    return value;
}

QStringList CliArgs::unknownOptions(const QStringList& known) const
{
    QStringList out;
    for (const auto& option : m_options) {
        if (!known.contains(option.first))
            out << QStringLiteral("--") + option.first;
    }
    for (const QString& f : m_flags) {
        if (!known.contains(f))
            out << QStringLiteral("--") + f;
    }
    return out;
}

} // namespace sl::cli
