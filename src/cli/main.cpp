// SPDX-License-Identifier: MIT
#include "cli/aggregatecommand.h"
#include "cli/clickhousecommand.h"
#include "cli/clicommon.h"
#include "cli/pricescommand.h"
#include "cli/querycommand.h"
#include "cli/requestscommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char kUsage[] = "Usage: usage-explorer-cli COMMAND [options]\n"
                      "\n"
                      "Per-user cost and token totals of LLM requests logged by Helicone.\n"
                      "\n"
                      "Commands:\n"
                      "  aggregate   Aggregate log dumps (JSON Lines, JSON, CSV) on this machine.\n"
                      "  query       Ask Helicone's REST API (POST /v1/user/query).\n"
                      "  clickhouse  Aggregate in a ClickHouse server (Helicone's request_response_rmt).\n"
                      "  prices      Show the price that applies to a model, or the unpriced models of dumps.\n"
                      "  requests    List the requests of one user, model, provider or property value.\n"
                      "\n"
                      "Options:\n"
                      "  -h, --help     Show this help; COMMAND --help shows a command's options.\n"
                      "  -v, --version  Show the version.\n";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usage-explorer-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UE_VERSION_STRING));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        std::fputs(kUsage, stderr);
        return Cli::UsageError;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return Cli::Success;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::printf("usage-explorer-cli %s\n", UE_VERSION_STRING);
        return Cli::Success;
    }
    if (command == QLatin1String("aggregate"))
        return Cli::runAggregate(args);
    if (command == QLatin1String("query"))
        return Cli::runQuery(args);
    if (command == QLatin1String("clickhouse"))
        return Cli::runClickHouse(args);
    if (command == QLatin1String("prices"))
        return Cli::runPrices(args);
    if (command == QLatin1String("requests"))
        return Cli::runRequests(args);
    Cli::printError(QStringLiteral("unknown command '%1' (see --help)").arg(command));
    return Cli::UsageError;
}
