// SPDX-License-Identifier: MIT
#include "ui/clipboardrows.h"

#include "core/export/exportcell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QStringList>

namespace ClipboardRows {

Usage::Export::Column exportColumn(int usageColumn)
{
    using Usage::Export::Column;
    switch (UsageColumn::Column(usageColumn)) {
    case UsageColumn::Id:
        return Column::Group;
    case UsageColumn::Requests:
        return Column::Count;
    case UsageColumn::PromptTokens:
        return Column::PromptTokens;
    case UsageColumn::CompletionTokens:
        return Column::CompletionTokens;
    case UsageColumn::TotalTokens:
        return Column::TotalTokens;
    case UsageColumn::Cost:
        return Column::Cost;
    case UsageColumn::CostShare:
        return Column::CostShare;
    case UsageColumn::CostPerRequest:
        return Column::CostPerRequest;
    case UsageColumn::RequestsWithoutCost:
        return Column::RequestsWithoutCost;
    case UsageColumn::CacheReadTokens:
        return Column::CacheReadTokens;
    case UsageColumn::CacheWriteTokens:
        return Column::CacheWriteTokens;
    case UsageColumn::ReasoningTokens:
        return Column::ReasoningTokens;
    case UsageColumn::FirstRequest:
        return Column::FirstRequest;
    case UsageColumn::LastRequest:
        return Column::LastRequest;
    case UsageColumn::Count:
        break;
    }
    Q_UNREACHABLE();
}

QString text(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns)
{
    QStringList titles;
    for (int column : columns)
        titles.append(model.headerData(column, Qt::Horizontal).toString());
    QByteArray out = titles.join(QLatin1Char('\t')).toUtf8() + '\n';
    // the share divides by the cost of every row of the result, as the table's Share column does
    const Usage::Export::CellContext context(model.result());
    for (int row : rows) {
        const Usage::GroupUsage& group = model.groupAt(row);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += '\t';
            Usage::Export::appendCell(out, context, group, group.totals, exportColumn(columns[i]));
        }
        out += '\n';
    }
    return QString::fromUtf8(out);
}

} // namespace ClipboardRows
