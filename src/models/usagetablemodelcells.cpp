// SPDX-License-Identifier: MIT
// UsageTableModel's column titles and tooltips, the cells of its comparison columns and its alert highlight.
#include "models/changecell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace {

/** The window colour when there is a window (light or dark palette), else a light one. */
QColor windowColor()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance())
        ? QGuiApplication::palette().color(QPalette::Window)
        : QColor(Qt::white);
}

} // namespace

void UsageTableModel::setAlertRule(const Usage::AlertRule& rule)
{
    if (rule == m_alerts)
        return;
    m_alerts = rule;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, AlertRole });
    Q_EMIT alertsChanged();
}

qsizetype UsageTableModel::alertCount() const
{
    if (!m_alerts.any())
        return 0;
    return std::count_if(m_result.rows.cbegin(), m_result.rows.cend(),
        [this](const Usage::GroupUsage& row) { return m_alerts.crosses(row); });
}

QVariant UsageTableModel::alertBackground()
{
    // a soft amber that keeps the text readable on light and dark palettes
    return windowColor().lightnessF() < 0.5 ? QColor(0x5a, 0x44, 0x10) : QColor(0xff, 0xe8, 0xb0);
}

QVariant UsageTableModel::comparisonData(
    int column, const Usage::Totals& current, const Usage::Totals& previous, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return ChangeCell::display(column, current, previous);
    case Qt::ToolTipRole:
        return ChangeCell::toolTip(column, current, previous);
    case RawValueRole:
        return ChangeCell::raw(column, current, previous);
    case Qt::ForegroundRole: {
        const QColor color = ChangeCell::foreground(column, current, previous, windowColor());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QString UsageTableModel::columnTitle(int column, const Usage::GroupBy& groupBy)
{
    switch (column) {
    case UsageColumn::Id:
        switch (groupBy.key) {
        case Usage::GroupKey::User:
            return tr("User");
        case Usage::GroupKey::Model:
            return tr("Model");
        case Usage::GroupKey::Provider:
            return tr("Provider");
        case Usage::GroupKey::Property:
            return groupBy.property;
        }
        Q_UNREACHABLE();
    case UsageColumn::Requests:
        return tr("Requests");
    case UsageColumn::PromptTokens:
        return tr("Prompt tokens");
    case UsageColumn::CompletionTokens:
        return tr("Completion tokens");
    case UsageColumn::TotalTokens:
        return tr("Total tokens");
    case UsageColumn::Cost:
        return tr("Cost");
    case UsageColumn::CostShare:
        return tr("Share");
    case UsageColumn::CostPerRequest:
        return tr("Cost/request");
    case UsageColumn::RequestsWithoutCost:
        return tr("Without cost");
    case UsageColumn::CacheReadTokens:
        return tr("Cache read");
    case UsageColumn::CacheWriteTokens:
        return tr("Cache write");
    case UsageColumn::ReasoningTokens:
        return tr("Reasoning");
    case UsageColumn::FirstRequest:
        return tr("First request");
    case UsageColumn::LastRequest:
        return tr("Last request");
    case UsageColumn::PreviousRequests:
        return tr("Previous requests");
    case UsageColumn::PreviousCost:
        return tr("Previous cost");
    case UsageColumn::CostChange:
        return tr("Cost change");
    case UsageColumn::CostChangeRatio:
        return tr("Change");
    case UsageColumn::CountChange:
        return tr("Requests change");
    }
    return {};
}

QString UsageTableModel::columnToolTip(int column, const Usage::GroupBy& groupBy)
{
    switch (column) {
    case UsageColumn::Id:
        switch (groupBy.key) {
        case Usage::GroupKey::User:
            return tr("The end user's id (Helicone-User-Id); \"(none)\" gathers requests without one");
        case Usage::GroupKey::Model:
            return tr("The model that answered the requests");
        case Usage::GroupKey::Provider:
            return tr("The provider that served the requests");
        case Usage::GroupKey::Property:
            return tr("The value of the custom property \"%1\"").arg(groupBy.property);
        }
        Q_UNREACHABLE();
    case UsageColumn::Requests:
        return tr("Number of requests");
    case UsageColumn::PromptTokens:
        return tr("Sum of prompt (input) tokens");
    case UsageColumn::CompletionTokens:
        return tr("Sum of completion (output) tokens");
    case UsageColumn::TotalTokens:
        return tr("Prompt tokens plus completion tokens");
    case UsageColumn::Cost:
        return tr("Sum of the requests' cost in US dollars (hover a cell for the exact value)");
    case UsageColumn::CostShare:
        return tr("This row's part of the cost of all rows of the result");
    case UsageColumn::CostPerRequest:
        return tr("Average cost of one request: cost divided by requests");
    case UsageColumn::RequestsWithoutCost:
        return tr("Requests that had no cost recorded (counted, but adding nothing to the cost)");
    case UsageColumn::CacheReadTokens:
        return tr("Prompt tokens read from the provider's prompt cache");
    case UsageColumn::CacheWriteTokens:
        return tr("Prompt tokens written to the provider's prompt cache");
    case UsageColumn::ReasoningTokens:
        return tr("Completion tokens spent on reasoning");
    case UsageColumn::FirstRequest:
        return tr("Time of the first request, in the selected time zone");
    case UsageColumn::LastRequest:
        return tr("Time of the last request, in the selected time zone");
    case UsageColumn::PreviousRequests:
        return tr("Number of requests in the comparison range");
    case UsageColumn::PreviousCost:
        return tr("Cost in the comparison range");
    case UsageColumn::CostChange:
        return tr("Cost minus the comparison range's cost (▲ more, ▼ less)");
    case UsageColumn::CostChangeRatio:
        return tr("Cost change as a part of the comparison range's cost; \"new\" for groups without requests then");
    case UsageColumn::CountChange:
        return tr("Requests minus the comparison range's requests");
    }
    return {};
}
