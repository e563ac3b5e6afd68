// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class UsageTableModel;

/**
 * The figures behind a chart, computed from the rows a UsageTableModel shows and recomputed whenever they change.
 * Those change only through a reset (a new result, a filter); a re-sort moves them (layoutChanged) and changes
 * nothing a chart shows. Charts read the figures as plain lists: Qt Charts' model mappers cannot stack, reverse or
 * scale bars, so an item-model layer would only be copied out again.
 */
class ChartSourceModel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setSourceModel(UsageTableModel* source);
    UsageTableModel* sourceModel() const;

Q_SIGNALS:
    /** The figures were recomputed. */
    void changed();

protected:
    /** Computes the figures from sourceModel() (which may be null), then emits changed(). */
    void refresh();
    virtual void compute() = 0;

    QPointer<UsageTableModel> m_source;
};
