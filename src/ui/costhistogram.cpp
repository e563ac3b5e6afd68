// SPDX-License-Identifier: MIT
#include "ui/costhistogram.h"

#include "models/displayformat.h"

#include <QPainter>

#include <algorithm>

CostHistogram::CostHistogram(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CostHistogram::setCosts(const QList<qint64>& costs)
{
    m_bins.clear();
    m_min = m_max = 0;
    if (!costs.isEmpty()) {
        const auto [low, high] = std::minmax_element(costs.begin(), costs.end());
        m_min = *low;
        m_max = *high;
        m_bins = QList<int>(kBins, 0);
        const double width = double(m_max - m_min) / kBins;
        for (qint64 cost : costs) {
            const int bin = width > 0 ? int(double(cost - m_min) / width) : 0;
            ++m_bins[std::clamp(bin, 0, kBins - 1)];
        }
    }
    setToolTip(costs.isEmpty() ? tr("No request has a cost.")
                               : tr("Requests by cost, from %1 to %2")
                                     .arg(DisplayFormat::money(double(m_min)), DisplayFormat::money(double(m_max))));
    update();
}

QSize CostHistogram::sizeHint() const
{
    return { 200, fontMetrics().height() * 4 };
}

void CostHistogram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRect area = rect().adjusted(1, 1, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_bins.isEmpty())
        return;
    const int highest = std::max(1, *std::max_element(m_bins.begin(), m_bins.end()));
    const double barWidth = double(area.width()) / kBins;
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::Highlight));
    for (int i = 0; i < kBins; ++i) {
        const int h = int(double(area.height()) * m_bins[i] / highest);
        p.drawRect(QRectF(area.left() + i * barWidth + 1, area.bottom() - h, barWidth - 2, h));
    }
}
