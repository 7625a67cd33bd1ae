#include "ChildRun.h"

#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

namespace bench {

ChildRun runChild(const QString& program, const QStringList& arguments, const QString& outputFile,
                  const QStringList& environment)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString& a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> env;
    for (const QString& e : environment)
        env.push_back(e.toLocal8Bit());
    const QByteArray outPath = outputFile.toLocal8Bit();

    int pipeFds[2] = {-1, -1};
    if (outputFile.isEmpty() && pipe(pipeFds) != 0)
        return {};
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        int fd = -1;
        if (outputFile.isEmpty()) {
            close(pipeFds[0]);
            fd = pipeFds[1];
        } else {
            fd = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        }
        if (fd < 0)
            _exit(127);
        dup2(fd, STDOUT_FILENO);
        const int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, STDERR_FILENO);
        for (QByteArray& e : env)
            putenv(e.data());
        execvp(argv[0], argv.data());
        _exit(127);
    }
    if (outputFile.isEmpty()) {
        close(pipeFds[1]);
        char buffer[65536];
        ssize_t n = 0;
        while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
            run.output.append(buffer, n);
        close(pipeFds[0]);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace bench
