// SPDX-License-Identifier: MIT
// The column titles and header tooltips of UsageTableModel.
#include "models/pricingcell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

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
    default:
        return PricingCell::title(column);
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
    default:
        return PricingCell::headerToolTip(column);
    }
    return {};
}
