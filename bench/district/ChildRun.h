#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bench {

// One run of a program in a child process: how long it took from fork to exit, the child's
// peak resident memory (wait4's ru_maxrss) and what it printed.
struct ChildRun
{
    double seconds = 0;
    double peakMb = 0;
    int exitCode = -1;
    QByteArray output; // standard output, unless it went to a file
};

// Runs `program` with `arguments`; standard output goes to `outputFile` when one is given,
// otherwise it is captured. Standard error goes to /dev/null (the table says what failed;
// rerun the command by hand to see why). `environment` entries NAME=VALUE are added to the
// child's environment.
ChildRun runChild(const QString& program, const QStringList& arguments,
                  const QString& outputFile = QString(), const QStringList& environment = {});

} // namespace bench
