// SPDX-License-Identifier: MIT
#include "cli/requestscommand.h"

#include "cli/clicommon.h"
#include "cli/pricingoptions.h"
#include "cli/requestsremote.h"
#include "core/requests/filerequests.h"
#include "core/requests/requestcolumns.h"
#include "core/timeparse.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Cli {
namespace {

    void addOptions(QCommandLineParser& parser)
    {
        parser.addOption({ QStringLiteral("user"),
            QStringLiteral("The end user whose requests to list; \"\" lists the requests without a user id."),
            QStringLiteral("ID") });
        parser.addOption({ QStringLiteral("group-by"),
            QStringLiteral("With --group: user, model, provider or property:NAME."), QStringLiteral("KEY") });
        parser.addOption({ QStringLiteral("group"), QStringLiteral("The value of --group-by whose requests to list."),
            QStringLiteral("VALUE") });
        parser.addOption({ QStringLiteral("source"),
            QStringLiteral("files (default: the dumps given as arguments), api (Helicone's POST "
                           "/v1/request/query-clickhouse) or clickhouse (a ClickHouse server)."),
            QStringLiteral("files|api|clickhouse"), QStringLiteral("files") });
        parser.addOption({ QStringLiteral("from"), QStringLiteral("Start of the range, inclusive (as in aggregate)."),
            QStringLiteral("T") });
        parser.addOption({ QStringLiteral("to"), QStringLiteral("End of the range, inclusive (as in aggregate)."),
            QStringLiteral("T") });
        parser.addOption({ QStringLiteral("time-zone"),
            QStringLiteral("Time zone of request_created_at, an IANA id (default: UTC)."), QStringLiteral("ZONE"),
            QStringLiteral("UTC") });
        parser.addOption({ QStringLiteral("dedupe"),
            QStringLiteral("List each request_id once (the copy with the newest updated_at).") });
        parser.addOption({ QStringLiteral("sort"),
            QStringLiteral("cost (default), tokens or latency, descending; time ascending. Requests without the "
                           "value come last; ties by request_id."),
            QStringLiteral("KEY"), QStringLiteral("cost") });
        parser.addOption({ QStringLiteral("limit"), QStringLiteral("At most N requests (default 1000; 0: all)."),
            QStringLiteral("N"), QStringLiteral("1000") });
        parser.addOption({ QStringLiteral("columns"),
            QStringLiteral("Comma-separated columns (default: request_id,request_created_at,model,provider,"
                           "prompt_tokens,completion_tokens,cost)."),
            QStringLiteral("LIST") });
        parser.addOption({ QStringLiteral("output-format"), QStringLiteral("csv (default) or json."),
            QStringLiteral("csv|json"), QStringLiteral("csv") });
        parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
            QStringLiteral("Write to FILE instead of standard output (replaced only when complete)."),
            QStringLiteral("FILE") });
        addRemoteRequestOptions(parser);
        addPricingOptions(parser, false);
        addCostBasisOption(parser);
    }

    /**
     * The price book and cost basis when --prices, --no-builtin-prices or --cost is given or a pricing column is
     * asked (every source lists single requests, so each can be priced); nullptr when not. false on a bad option or
     * price file (exit 2, as aggregate).
     */
    bool pricingFrom(const QCommandLineParser& parser, const QList<Usage::Requests::RequestColumn>& columns,
        std::shared_ptr<const Usage::PricingSetup>& setup, QString* error)
    {
        using Usage::Requests::RequestColumn;
        const bool pricingColumn =
            columns.contains(RequestColumn::ComputedCost) || columns.contains(RequestColumn::PriceSource);
        if (!pricingOptionGiven(parser) && !pricingColumn)
            return true;
        const auto basis = costBasisFromOptions(parser, error);
        if (!basis)
            return false;
        auto pricing = std::make_shared<Usage::PricingSetup>();
        pricing->basis = *basis;
        pricing->book = priceBookFromOptions(parser, error);
        setup = std::move(pricing);
        return setup->book != nullptr;
    }

    /** The query the options describe; nullopt and error on a usage error. */
    std::optional<Usage::Requests::RequestsQuery> queryFrom(const QCommandLineParser& parser, QString* error)
    {
        Usage::Requests::RequestsQuery q;
        const bool user = parser.isSet(QStringLiteral("user"));
        const bool group = parser.isSet(QStringLiteral("group"));
        if (user == group || (group != parser.isSet(QStringLiteral("group-by")))) {
            *error = QStringLiteral("give either --user ID or --group-by KEY --group VALUE");
            return std::nullopt;
        }
        if (group) {
            const auto by = groupByFromOption(parser.value(QStringLiteral("group-by")), error);
            if (!by)
                return std::nullopt;
            q.groupBy = *by;
            q.groupValue = parser.value(QStringLiteral("group"));
        } else {
            q.groupValue = parser.value(QStringLiteral("user"));
        }
        for (const char* name : { "from", "to" }) {
            const QString option = QLatin1String(name);
            if (!parser.isSet(option))
                continue;
            const auto ms = Usage::Time::parseBoundMs(parser.value(option), option == QLatin1String("to"));
            if (!ms) {
                *error = QStringLiteral("--%1: not a time: %2").arg(option, parser.value(option));
                return std::nullopt;
            }
            (option == QLatin1String("to") ? q.endMs : q.startMs) = ms;
        }
        if (q.startMs && q.endMs && *q.endMs < *q.startMs) {
            *error = QStringLiteral("--to is before --from");
            return std::nullopt;
        }
        const auto sort = Usage::Requests::requestSortFromString(parser.value(QStringLiteral("sort")));
        if (!sort) {
            *error = QStringLiteral("--sort: expected cost, time, tokens or latency, not %1")
                         .arg(parser.value(QStringLiteral("sort")));
            return std::nullopt;
        }
        q.sort = *sort;
        bool ok = false;
        q.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 0) {
            *error =
                QStringLiteral("--limit: expected a number >= 0, not %1").arg(parser.value(QStringLiteral("limit")));
            return std::nullopt;
        }
        q.dedupe = parser.isSet(QStringLiteral("dedupe"));
        return q;
    }

} // namespace

int runRequests(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the requests of one user (or of one model, provider or property value) in the "
                       "range: from log dumps (default), Helicone's REST API or ClickHouse. With a price book "
                       "(--prices, --no-builtin-prices, --cost, or the computed_cost or price_source column) each "
                       "request is priced at the entry in force on its date.\n"
                       "Exit code 0 on success, 1 on a failure (standard output then stays empty), 2 on a usage "
                       "error."));
    parser.addHelpOption();
    addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("Log files (with --source files)."), QStringLiteral("[FILE...]"));
    QStringList args = arguments;
    args.prepend(QStringLiteral("usage-explorer-cli requests"));
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, QStringLiteral("requests"));
        return Success;
    }
    QString error;
    const auto query = queryFrom(parser, &error);
    if (!query) {
        printError(error);
        return UsageError;
    }
    auto columns = parser.isSet(QStringLiteral("columns"))
        ? Usage::Requests::parseRequestColumns(parser.value(QStringLiteral("columns")), &error)
        : std::optional(Usage::Requests::defaultRequestColumns());
    if (!columns) {
        printError(QStringLiteral("--columns: ") + error);
        return UsageError;
    }
    std::shared_ptr<const Usage::PricingSetup> pricing;
    if (!pricingFrom(parser, *columns, pricing, &error)) {
        printError(error);
        return UsageError;
    }
    Usage::Requests::RequestsQuery priced = *query;
    priced.pricing = pricing;
    const QString format = parser.value(QStringLiteral("output-format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        printError(QStringLiteral("--output-format: expected csv or json, not %1").arg(format));
        return UsageError;
    }
    const QString zoneName = parser.value(QStringLiteral("time-zone"));
    const QTimeZone zone = zoneName == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zoneName.toUtf8());
    if (!zone.isValid()) {
        printError(QStringLiteral("--time-zone: unknown time zone: %1").arg(zoneName));
        return UsageError;
    }
    const QString source = parser.value(QStringLiteral("source"));
    const QStringList files = parser.positionalArguments();
    std::vector<Usage::Requests::RequestRow> rows;
    if (source == QLatin1String("files")) {
        if (files.isEmpty()) {
            printError(QStringLiteral("no input files (see --help)"));
            return UsageError;
        }
        const QFileInfo output(parser.value(QStringLiteral("output")));
        for (const QString& file : files) {
            if (output.exists() && output.canonicalFilePath() == QFileInfo(file).canonicalFilePath()) {
                printError(QStringLiteral("-o: %1 is an input file; choose another output").arg(file));
                return UsageError;
            }
        }
        Usage::Requests::FileRequests read = Usage::Requests::readFileRequests(files, priced);
        if (read.skippedRecords > 0)
            printError(QStringLiteral("%1 malformed record(s) skipped").arg(read.skippedRecords));
        if (!read.errors.isEmpty()) {
            for (const Usage::Diagnostic& d : std::as_const(read.errors))
                printError(d.toString());
            return Failure;
        }
        rows = std::move(read.rows);
    } else if (source == QLatin1String("api") || source == QLatin1String("clickhouse")) {
        if (!files.isEmpty()) {
            printError(QStringLiteral("--source %1 takes no file arguments").arg(source));
            return UsageError;
        }
        const int code = source == QLatin1String("api") ? fetchApiRequests(parser, priced, rows)
                                                        : fetchClickHouseRequests(parser, priced, rows);
        if (code != Success)
            return code;
    } else {
        printError(QStringLiteral("--source: expected files, api or clickhouse, not %1").arg(source));
        return UsageError;
    }
    const QByteArray data = format == QLatin1String("json") ? Usage::Requests::requestsToJson(rows, *columns, zone)
                                                            : Usage::Requests::requestsToCsv(rows, *columns, zone);
    if (!writeOutput(parser.value(QStringLiteral("output")), data, &error)) {
        printError(error);
        return Failure;
    }
    return Success;
}

} // namespace Cli
