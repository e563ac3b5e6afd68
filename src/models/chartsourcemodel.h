// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class UsageTableModel;

/**
 * A chart's table model that follows a UsageTableModel: rebuilt from the rows it shows whenever they change. Those
 * change only through a reset (a new result, a filter); a re-sort moves them (layoutChanged) and changes nothing a
 * chart shows.
 */
class ChartSourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSourceModel(UsageTableModel* source);
    UsageTableModel* sourceModel() const { return m_source; }

protected:
    /** Computes the model from sourceModel() (which may be null) within a reset of its own. */
    virtual void rebuild() = 0;

    QPointer<UsageTableModel> m_source;
};
