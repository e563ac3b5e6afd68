// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"

#include <QChartView>
#include <QPointer>

class QAbstractBarSeries;
class QAreaSeries;
class QPieSlice;
class QTimer;
class QValueAxis;
class UsageTableModel;

/**
 * One chart of the charts panel. It rebuilds its QChart when its data changed and it is on show (or is asked for
 * it), in the palette's colours, and saves or copies what it shows. Hover and click are wired here: a subclass only
 * says what an item's figures are (itemText()) and what a click on it does (activateItem()).
 */
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setTable(UsageTableModel* table);
    /** The rows selected in the table (indices into the result's rows). */
    void setSelectedRows(const QList<int>& resultRows);

    /** The chart on show, rebuilt first when its data changed. */
    QChart* upToDateChart();
    /** Writes the chart as PNG, or as SVG when path ends in .svg; false with error set when it fails. */
    bool save(const QString& path, QString* error);
    /** Puts the chart on the clipboard as an image. */
    void copyToClipboard();

Q_SIGNALS:
    /** Text for the readout under the chart: the exact figures under the pointer, or what a click did. */
    void readout(const QString& text);
    /** An item that stands for a row was clicked (index into the result's rows). */
    void rowActivated(int resultRow);

protected:
    /** The chart of the current data; called only when the table has a result. */
    virtual QChart* build() = 0;
    /** The figures of item (a bar, slice or step, in the data's order); empty for none. */
    virtual QString itemText(int item) const = 0;
    /** What a click on item does: nothing unless overridden. */
    virtual void activateItem(int item);

    /** Marks the chart out of date; it is rebuilt once for a burst of changes, when on show. */
    void invalidate();
    void showReadout(const QString& text);
    UsageTableModel* table() const;
    const QList<int>& selectedRows() const { return m_selected; }

    /** Hover and click on bar i of series stand for item count - 1 - i: horizontal bars are drawn bottom up. */
    void wireBars(QAbstractBarSeries* series, int count);
    void wireSlice(QPieSlice* slice, int item);
    /** Hover on the area stands for the step nearest the pointer (x is the step's index). */
    void wireArea(QAreaSeries* area, int count);

    QChart* emptyChart(const QString& message) const;
    /** A cost axis from 0 to a little over max, in dollars with as many decimals as its ticks need. */
    static QValueAxis* moneyAxis(double max);
    static double usd(Usage::Sum nanos) { return double(nanos) / 1e9; }

    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();

    QPointer<UsageTableModel> m_table;
    QList<int> m_selected;
    QTimer* m_rebuildTimer;
    bool m_dirty = true;
};
