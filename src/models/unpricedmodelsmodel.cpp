// SPDX-License-Identifier: MIT
#include "models/unpricedmodelsmodel.h"

#include "models/displayformat.h"
#include "models/rawnumber.h"

UnpricedModelsModel::UnpricedModelsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

UnpricedModelsModel::~UnpricedModelsModel() = default;

void UnpricedModelsModel::setModels(const QList<Usage::UnpricedModel>& models)
{
    beginResetModel();
    m_models = models;
    endResetModel();
}

int UnpricedModelsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int UnpricedModelsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant UnpricedModelsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Usage::UnpricedModel& m = m_models[index.row()];
    QVariant raw;
    switch (index.column()) {
    case Provider:
        raw = m.provider;
        break;
    case Model:
        raw = m.model;
        break;
    case Requests:
        raw = rawNumber(m.requests);
        break;
    case PromptTokens:
        raw = rawNumber(m.promptTokens);
        break;
    case CompletionTokens:
        raw = rawNumber(m.completionTokens);
        break;
    default:
        return {};
    }
    const bool text = index.column() == Provider || index.column() == Model;
    switch (role) {
    case RawValueRole:
        return raw;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (text)
            return raw.toString().isEmpty() ? tr("(none)") : raw.toString();
        return DisplayFormat::count(raw.toLongLong());
    case Qt::TextAlignmentRole:
        if (text)
            return {};
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant UnpricedModelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Requests:
        return tr("Requests");
    case PromptTokens:
        return tr("Prompt tokens");
    case CompletionTokens:
        return tr("Completion tokens");
    }
    return {};
}
