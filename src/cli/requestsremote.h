// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <QCommandLineParser>

#include <vector>

/** The remote sources of the requests command: Helicone's REST API and a ClickHouse server. */
namespace Cli {

/** Adds the options of --source api (as in query) and --source clickhouse (as in clickhouse, --clickhouse-user). */
void addRemoteRequestOptions(QCommandLineParser& parser);

/** The query's requests from POST /v1/request/query-clickhouse, sorted and limited; returns the exit code. */
int fetchApiRequests(const QCommandLineParser& parser, const Usage::Requests::RequestsQuery& query,
    std::vector<Usage::Requests::RequestRow>& rows);

/** The query's requests from a ClickHouse server; returns the exit code. */
int fetchClickHouseRequests(const QCommandLineParser& parser, const Usage::Requests::RequestsQuery& query,
    std::vector<Usage::Requests::RequestRow>& rows);

} // namespace Cli
