// SPDX-License-Identifier: MIT
#include "models/modelbreakdownmodel.h"

#include "models/displayformat.h"
#include "models/pricingcell.h"
#include "models/rawnumber.h"
#include "models/usagecolumn.h"

namespace {

/** The table's column of a pricing column of the breakdown. */
int tableColumn(int column)
{
    return UsageColumn::RecordedCost + (column - ModelBreakdownModel::RecordedCost);
}

} // namespace

ModelBreakdownModel::ModelBreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ModelBreakdownModel::~ModelBreakdownModel() = default;

void ModelBreakdownModel::setModels(const QList<Usage::ModelTotals>& models, const Usage::PricingSummary& pricing)
{
    beginResetModel();
    m_models = models;
    m_pricing = pricing.enabled;
    m_pricingSources = pricing.hasSources;
    endResetModel();
}

int ModelBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pricing ? ColumnCount : RecordedCost);
}

QVariant ModelBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Usage::ModelTotals& m = m_models[index.row()];
    if (index.column() >= RecordedCost) {
        const int column = tableColumn(index.column());
        switch (role) {
        case RawValueRole:
            return PricingCell::raw(column, m.pricing, m_pricingSources);
        case Qt::DisplayRole:
            return PricingCell::display(column, m.pricing, m_pricingSources);
        case Qt::ToolTipRole:
            return PricingCell::toolTip(column, m.pricing, m_pricingSources);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    QVariant raw;
    switch (index.column()) {
    case Model:
        raw = m.model;
        break;
    case Requests:
        raw = rawNumber(m.totals.requests);
        break;
    case PromptTokens:
        raw = rawNumber(m.totals.promptTokens);
        break;
    case CompletionTokens:
        raw = rawNumber(m.totals.completionTokens);
        break;
    case Cost:
        raw = rawNumber(m.totals.costNanos);
        break;
    default:
        return {};
    }
    switch (role) {
    case RawValueRole:
        return raw;
    case Qt::DisplayRole:
        if (index.column() == Model)
            return m.model.isEmpty() ? tr("(unknown)") : m.model;
        if (index.column() == Cost)
            return DisplayFormat::money(double(m.totals.costNanos));
        return DisplayFormat::count(raw.toLongLong());
    case Qt::ToolTipRole:
        if (index.column() == Cost)
            return DisplayFormat::moneyExact(m.totals.costNanos);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == Model)
            return {};
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ModelBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= RecordedCost) {
        if (role == Qt::DisplayRole)
            return PricingCell::title(tableColumn(section));
        if (role == Qt::ToolTipRole)
            return PricingCell::headerToolTip(tableColumn(section));
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model:
            return tr("Model");
        case Requests:
            return tr("Requests");
        case PromptTokens:
            return tr("Prompt");
        case CompletionTokens:
            return tr("Completion");
        case Cost:
            return tr("Cost");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Model:
            return tr("The model that answered");
        case Requests:
            return tr("Requests answered by this model");
        case PromptTokens:
            return tr("Prompt tokens sent to this model");
        case CompletionTokens:
            return tr("Completion tokens from this model");
        case Cost:
            return tr("Cost of this model's requests in US dollars");
        }
    }
    return {};
}
