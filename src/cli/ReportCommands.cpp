// report and assess of studyledger-cli.
#include "CliApp.h"

namespace sl::cli {

int CliApp::report(const CliArgs&)
{
    return usage(QStringLiteral("report is not available in this build"));
}

int CliApp::assess(const CliArgs&)
{
    return usage(QStringLiteral("assess is not available in this build"));
}

} // namespace sl::cli
