// SPDX-License-Identifier: MIT
#include "core/export/exportcolumn.h"

#include <array>

namespace Usage::Export {
namespace {

    struct NamedColumn
    {
        Column column;
        const char* name;
    };

    // The group column has no fixed name; every other column's name is fixed.
    constexpr std::array<NamedColumn, 26> kNamed = { {
        { Column::BucketStart, "bucket_start" },
        { Column::Count, "count" },
        { Column::PromptTokens, "prompt_tokens" },
        { Column::CompletionTokens, "completion_tokens" },
        { Column::Cost, "cost" },
        { Column::TotalTokens, "total_tokens" },
        { Column::CacheReadTokens, "cache_read_tokens" },
        { Column::CacheWriteTokens, "cache_write_tokens" },
        { Column::ReasoningTokens, "reasoning_tokens" },
        { Column::RequestsWithoutCost, "requests_without_cost" },
        { Column::FirstRequest, "first_request" },
        { Column::LastRequest, "last_request" },
        { Column::CostShare, "cost_share" },
        { Column::CostPerRequest, "cost_per_request" },
        { Column::PreviousCount, "previous_count" },
        { Column::PreviousPromptTokens, "previous_prompt_tokens" },
        { Column::PreviousCompletionTokens, "previous_completion_tokens" },
        { Column::PreviousCost, "previous_cost" },
        { Column::CostChange, "cost_change" },
        { Column::CostChangeRatio, "cost_change_ratio" },
        { Column::CountChange, "count_change" },
        { Column::RecordedCost, "recorded_cost" },
        { Column::ComputedCost, "computed_cost" },
        { Column::CostDifference, "cost_difference" },
        { Column::UnpricedRequests, "unpriced_requests" },
        { Column::WhatIfCost, "whatif_cost" },
    } };

} // namespace

QList<Column> defaultColumns()
{
    return { Column::Group, Column::Count, Column::PromptTokens, Column::CompletionTokens, Column::Cost };
}

QList<Column> defaultComparisonColumns()
{
    return { Column::Group, Column::Count, Column::Cost, Column::PreviousCount, Column::PreviousCost,
        Column::CostChange };
}

QString columnName(Column column, const GroupBy& groupBy)
{
    if (column == Column::Group)
        return groupBy.columnName();
    for (const NamedColumn& n : kNamed) {
        if (n.column == column)
            return QLatin1String(n.name);
    }
    Q_UNREACHABLE();
}

QStringList knownColumnNames()
{
    QStringList names { QStringLiteral("group") };
    for (const NamedColumn& n : kNamed)
        names.append(QLatin1String(n.name));
    return names;
}

std::optional<QList<Column>> parseColumns(const QString& list, const GroupBy& groupBy, QString* error)
{
    QList<Column> columns;
    for (const QString& part : list.split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            *error = QStringLiteral("--columns: empty column name in \"%1\"").arg(list);
            return std::nullopt;
        }
        std::optional<Column> column;
        for (const NamedColumn& n : kNamed) {
            if (name == QLatin1String(n.name))
                column = n.column;
        }
        // a fixed name wins over a property that happens to share it; "group" always means the group column
        if (!column && (name == QLatin1String("group") || name == groupBy.columnName()))
            column = Column::Group;
        if (!column) {
            *error = QStringLiteral("--columns: unknown column %1 (known: %2)")
                         .arg(name, knownColumnNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (columns.contains(*column)) {
            *error = QStringLiteral("--columns: %1 is listed twice").arg(name);
            return std::nullopt;
        }
        columns.append(*column);
    }
    return columns;
}

bool isNumeric(Column column)
{
    switch (column) {
    case Column::Group:
    case Column::BucketStart:
    case Column::FirstRequest:
    case Column::LastRequest:
        return false;
    case Column::Count:
    case Column::PromptTokens:
    case Column::CompletionTokens:
    case Column::Cost:
    case Column::TotalTokens:
    case Column::CacheReadTokens:
    case Column::CacheWriteTokens:
    case Column::ReasoningTokens:
    case Column::RequestsWithoutCost:
    case Column::CostShare:
    case Column::CostPerRequest:
    case Column::PreviousCount:
    case Column::PreviousPromptTokens:
    case Column::PreviousCompletionTokens:
    case Column::PreviousCost:
    case Column::CostChange:
    case Column::CostChangeRatio:
    case Column::CountChange:
    case Column::RecordedCost:
    case Column::ComputedCost:
    case Column::CostDifference:
    case Column::UnpricedRequests:
    case Column::WhatIfCost:
        return true;
    }
    Q_UNREACHABLE();
}

bool isPricingColumn(Column column)
{
    return column == Column::RecordedCost || column == Column::ComputedCost || column == Column::CostDifference
        || column == Column::UnpricedRequests || column == Column::WhatIfCost;
}

} // namespace Usage::Export
