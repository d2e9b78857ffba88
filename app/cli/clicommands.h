#pragma once
// The subcommands of marginalia-cli. Exit status: 0 clean, 1 findings of
// minor or major severity, 2 usage or input error (message on stderr).

#include <QStringList>

namespace Marginalia::Cli {

enum ExitCode { Clean = 0, Problems = 1, UsageError = 2 };

int run(const QStringList &arguments);

} // namespace Marginalia::Cli
