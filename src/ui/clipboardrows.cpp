// SPDX-License-Identifier: MIT
#include "ui/clipboardrows.h"

#include "core/export/exportcell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QMimeData>
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
    case UsageColumn::PreviousRequests:
        return Column::PreviousCount;
    case UsageColumn::PreviousCost:
        return Column::PreviousCost;
    case UsageColumn::CostChange:
        return Column::CostChange;
    case UsageColumn::CostChangeRatio:
        return Column::CostChangeRatio;
    case UsageColumn::CountChange:
        return Column::CountChange;
    case UsageColumn::RecordedCost:
        return Column::RecordedCost;
    case UsageColumn::ComputedCost:
        return Column::ComputedCost;
    case UsageColumn::CostDifference:
        return Column::CostDifference;
    case UsageColumn::UnpricedRequests:
        return Column::UnpricedRequests;
    case UsageColumn::WhatIfCost:
        return Column::WhatIfCost;
    case UsageColumn::Count:
        break;
    }
    Q_UNREACHABLE();
}

namespace {

    /** The titles, then each row's export cells, as UTF-8 strings. */
    QList<QStringList> cells(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns)
    {
        QList<QStringList> out;
        QStringList titles;
        for (int column : columns)
            titles.append(model.headerData(column, Qt::Horizontal).toString());
        out.append(titles);
        // the share divides by the cost of every row of the result, as the table's Share column does
        const Usage::Export::CellContext context(model.result());
        QByteArray cell;
        for (int row : rows) {
            const Usage::GroupUsage& group = model.groupAt(row);
            QStringList line;
            for (int column : columns) {
                cell.clear();
                Usage::Export::appendCell(cell, context, group, group.totals, exportColumn(column));
                line.append(QString::fromUtf8(cell));
            }
            out.append(line);
        }
        return out;
    }

} // namespace

QString text(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns)
{
    QString out;
    for (const QStringList& line : cells(model, rows, columns))
        out += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

QString html(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns)
{
    const QList<QStringList> lines = cells(model, rows, columns);
    QString out = QStringLiteral("<table>\n");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QLatin1String tag = i == 0 ? QLatin1String("th") : QLatin1String("td");
        out += QLatin1String("<tr>");
        for (const QString& cell : lines[i])
            out += QLatin1Char('<') + tag + QLatin1Char('>') + cell.toHtmlEscaped() + QLatin1String("</") + tag
                + QLatin1Char('>');
        out += QLatin1String("</tr>\n");
    }
    return out + QLatin1String("</table>\n");
}

QMimeData* mimeData(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns)
{
    auto* data = new QMimeData;
    data->setText(text(model, rows, columns));
    data->setHtml(html(model, rows, columns));
    return data;
}

} // namespace ClipboardRows
