// SPDX-License-Identifier: MIT
// usage-explorer-cli's clickhouse command alone, for tst_clickhousecommand: the same function the real program
// dispatches "clickhouse" to, in a program of its own so the test does not depend on how main() registers it.
#include "cli/clickhousecommand.h"
#include "cli/clicommon.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.takeFirst() != QLatin1String("clickhouse")) {
        Cli::printError(QStringLiteral("expected: clickhouse [options]"));
        return Cli::UsageError;
    }
    return Cli::runClickHouse(args);
}
