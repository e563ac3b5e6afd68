// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

/** A small bar chart of how many requests fall in each of ten equal cost ranges, cheapest on the left. */
class CostHistogram : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kBins = 10;

    explicit CostHistogram(QWidget* parent = nullptr);

    /** Costs in nano-USD; requests without a cost are left out. */
    void setCosts(const QList<qint64>& costs);
    /** Requests per range, kBins of them (empty without costs). */
    const QList<int>& bins() const { return m_bins; }
    qint64 minimum() const { return m_min; }
    qint64 maximum() const { return m_max; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> m_bins;
    qint64 m_min = 0;
    qint64 m_max = 0;
};
