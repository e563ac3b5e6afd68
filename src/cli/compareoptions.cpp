// SPDX-License-Identifier: MIT
#include "cli/compareoptions.h"

#include "core/comparerange.h"
#include "core/decimal.h"
#include "core/export/exportcell.h"
#include "core/timeparse.h"

#include <cstdio>

namespace Cli {
namespace {

    QString opt(const char* name)
    {
        return QString::fromLatin1(name);
    }

    /** A non-negative decimal in units of 1e-9, or nullopt. */
    std::optional<std::int64_t> parseThreshold(const QString& text)
    {
        const QByteArray utf8 = text.trimmed().toUtf8();
        const auto nanos = Usage::Decimal::parseNanos(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!nanos || *nanos < 0)
            return std::nullopt;
        return nanos;
    }

} // namespace

void addCompareOptions(QCommandLineParser& parser)
{
    parser.addOption({ opt("compare"),
        opt("Also aggregate a comparison range and add its figures to each row: previous (the period of the same "
            "length just before --from) or previous-year (--from and --to one calendar year earlier in "
            "--time-zone). Needs --from and --to. Default columns then: "
            "group,count,cost,previous_count,previous_cost,cost_change; also previous_prompt_tokens, "
            "previous_completion_tokens, cost_change_ratio (cost / previous_cost - 1, 9 decimals, empty when "
            "previous_cost is 0), count_change."),
        opt("previous|previous-year") });
    parser.addOption(
        { opt("compare-from"), opt("Start of a custom comparison range, inclusive (as --from)."), opt("T") });
    parser.addOption({ opt("compare-to"), opt("End of a custom comparison range, inclusive (as --to)."), opt("T") });
    parser.addOption({ opt("alert-cost-above"),
        opt("After the output, print \"alert: ...\" on stderr for each group whose cost is above USD, and exit "
            "with code 3."),
        opt("USD") });
    parser.addOption({ opt("alert-change-above"),
        opt("The same for each group whose cost_change_ratio is above RATIO (0.5 = +50 %; a group without "
            "previous cost and with cost crosses any ratio). Needs a comparison."),
        opt("RATIO") });
}

QString alertExitCodeHelp()
{
    return opt("Exit code 3 when the output was written and a group crossed --alert-cost-above or "
               "--alert-change-above (codes 1 and 2 take precedence).");
}

std::optional<AlertSettings> compareFromOptions(
    const QCommandLineParser& parser, Usage::UsageQuery& query, Usage::Export::Settings& settings, QString* error)
{
    const bool mode = parser.isSet(opt("compare"));
    const bool from = parser.isSet(opt("compare-from"));
    const bool to = parser.isSet(opt("compare-to"));
    if (mode && (from || to)) {
        *error = opt("--compare cannot be combined with --compare-from and --compare-to");
        return std::nullopt;
    }
    if (from != to) {
        *error = opt("--compare-from and --compare-to must be given together");
        return std::nullopt;
    }
    if (mode) {
        const QString value = parser.value(opt("compare"));
        if (value == QLatin1String("previous"))
            query.compare = Usage::CompareMode::PreviousPeriod;
        else if (value == QLatin1String("previous-year"))
            query.compare = Usage::CompareMode::PreviousYear;
        else {
            *error = opt("--compare: expected previous or previous-year, not %1").arg(value);
            return std::nullopt;
        }
        if (!query.startMs || !query.endMs) {
            *error = opt("--compare needs --from and --to");
            return std::nullopt;
        }
    } else if (from) {
        query.compare = Usage::CompareMode::Custom;
        query.compareStartMs = Usage::Time::parseBoundMs(parser.value(opt("compare-from")), false);
        query.compareEndMs = Usage::Time::parseBoundMs(parser.value(opt("compare-to")), true);
        if (!query.compareStartMs || !query.compareEndMs) {
            *error = opt("--compare-from/--compare-to: not a time: %1")
                         .arg(parser.value(opt(query.compareStartMs ? "compare-to" : "compare-from")));
            return std::nullopt;
        }
        if (*query.compareEndMs < *query.compareStartMs) {
            *error = opt("--compare-to is before --compare-from");
            return std::nullopt;
        }
    }
    if (!Usage::resolveComparison(query)) {
        *error = opt("--compare: the comparison range cannot be computed");
        return std::nullopt;
    }
    const bool comparing = query.hasComparison();
    if (comparing && parser.isSet(opt("per-bucket"))) {
        *error = opt("--per-bucket cannot be combined with --compare or --compare-from/--compare-to");
        return std::nullopt;
    }
    AlertSettings alerts;
    if (parser.isSet(opt("alert-cost-above"))) {
        alerts.costAboveNanos = parseThreshold(parser.value(opt("alert-cost-above")));
        if (!alerts.costAboveNanos) {
            *error =
                opt("--alert-cost-above: expected a USD amount, not %1").arg(parser.value(opt("alert-cost-above")));
            return std::nullopt;
        }
    }
    if (parser.isSet(opt("alert-change-above"))) {
        if (!comparing) {
            *error = opt("--alert-change-above needs a comparison (--compare or --compare-from/--compare-to)");
            return std::nullopt;
        }
        alerts.changeAboveNanos = parseThreshold(parser.value(opt("alert-change-above")));
        if (!alerts.changeAboveNanos) {
            *error = opt("--alert-change-above: expected a ratio, not %1").arg(parser.value(opt("alert-change-above")));
            return std::nullopt;
        }
    }
    if (comparing && !parser.isSet(opt("columns")))
        settings.columns = Usage::Export::defaultComparisonColumns();
    return alerts;
}

bool crosses(const Usage::GroupUsage& row, const AlertSettings& alerts)
{
    return alerts.crosses(row);
}

bool reportAlerts(const Usage::UsageResult& result, const AlertSettings& alerts)
{
    if (!alerts.any())
        return false;
    const bool comparing = result.query.hasComparison();
    const QString group = result.query.groupBy.columnName();
    bool any = false;
    for (const Usage::GroupUsage& row : result.rows) {
        if (!crosses(row, alerts))
            continue;
        any = true;
        QByteArray line = "alert: " + group.toUtf8() + '=' + row.id.toUtf8()
            + " cost=" + QByteArray::fromStdString(Usage::Decimal::formatNanos(row.totals.costNanos));
        if (comparing) {
            line += " previous_cost=" + QByteArray::fromStdString(Usage::Decimal::formatNanos(row.previous.costNanos));
            line += " cost_change_ratio=";
            if (const auto ratio = Usage::Export::costChangeRatio(row.totals.costNanos, row.previous.costNanos))
                line += QByteArray::fromStdString(Usage::Decimal::formatNanos(*ratio));
        }
        line += '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    }
    std::fflush(stderr);
    return any;
}

ExitCode withAlerts(ExitCode written, const Usage::UsageResult& result, const AlertSettings& alerts)
{
    if (written != Success)
        return written;
    return reportAlerts(result, alerts) ? AlertRaised : Success;
}

} // namespace Cli
