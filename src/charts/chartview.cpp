// SPDX-License-Identifier: MIT
#include "charts/chartview.h"

#include "charts/chartstyle.h"
#include "models/displayformat.h"
#include "models/usagetablemodel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QClipboard>
#include <QDir>
#include <QLegend>
#include <QPieSlice>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimer>
#include <QValueAxis>

#include <cmath>

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
    , m_rebuildTimer(new QTimer(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartView::rebuild);
}

ChartView::~ChartView() = default;

void ChartView::setTable(UsageTableModel* table)
{
    m_table = table;
    invalidate();
}

void ChartView::setSelectedRows(const QList<int>& resultRows)
{
    m_selected = resultRows;
    invalidate(); // their bars are highlighted, and their cost over time may be on show
}

UsageTableModel* ChartView::table() const
{
    return m_table;
}

QChart* ChartView::upToDateChart()
{
    if (m_dirty)
        rebuild();
    return chart();
}

void ChartView::activateItem(int)
{
}

void ChartView::invalidate()
{
    m_dirty = true;
    if (isVisible()) // hidden: rebuilt when shown, or when upToDateChart() is asked for
        m_rebuildTimer->start();
}

void ChartView::rebuild()
{
    m_rebuildTimer->stop();
    m_dirty = false;
    QChart* next =
        m_table && m_table->hasResult() ? build() : emptyChart(tr("No data yet: run a query or open log files"));
    ChartStyle::apply(next, palette());
    QChart* old = chart();
    setChart(next);
    delete old;
    setBackgroundBrush(palette().color(QPalette::Base)); // around the chart, too
}

void ChartView::showReadout(const QString& text)
{
    setToolTip(text);
    Q_EMIT readout(text);
}

void ChartView::wireBars(QAbstractBarSeries* series, int count)
{
    connect(series, &QAbstractBarSeries::hovered, this, [this, count](bool status, int index, QBarSet*) {
        if (status)
            showReadout(itemText(count - 1 - index));
    });
    connect(series, &QAbstractBarSeries::clicked, this,
        [this, count](int index, QBarSet*) { activateItem(count - 1 - index); });
}

void ChartView::wireSlice(QPieSlice* slice, int item)
{
    connect(slice, &QPieSlice::hovered, this, [this, item](bool state) {
        if (state)
            showReadout(itemText(item));
    });
    connect(slice, &QPieSlice::clicked, this, [this, item] { activateItem(item); });
}

void ChartView::wireArea(QAreaSeries* area, int count)
{
    connect(area, &QAreaSeries::hovered, this, [this, count](const QPointF& point, bool state) {
        if (state && count > 0)
            showReadout(itemText(std::clamp(int(std::lround(point.x())), 0, count - 1)));
    });
}

QChart* ChartView::emptyChart(const QString& message) const
{
    auto* empty = new QChart;
    empty->legend()->hide();
    empty->setTitle(message);
    return empty;
}

QValueAxis* ChartView::moneyAxis(double max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(DisplayFormat::moneyAxisFormat(axis->max() / (axis->tickCount() - 1)));
    axis->setTitleText(tr("Cost (USD)"));
    return axis;
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        invalidate();
    QChartView::changeEvent(event);
}

void ChartView::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    if (m_dirty)
        m_rebuildTimer->start();
}

bool ChartView::save(const QString& path, QString* error)
{
    upToDateChart();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        // drawn again as vector shapes and text, not a bitmap
        const QSize canvas = size();
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(canvas);
        generator.setViewBox(QRect(QPoint(0, 0), canvas));
        generator.setTitle(chart()->title());
        generator.setDescription(tr("A chart made by Usage Explorer"));
        QPainter painter;
        if (painter.begin(&generator)) {
            painter.setRenderHint(QPainter::Antialiasing);
            scene()->render(&painter, QRectF(QPointF(0, 0), canvas), mapToScene(viewport()->rect()).boundingRect());
            ok = painter.end();
        }
    } else {
        ok = grab().save(&file, "PNG");
    }
    if (!ok || !file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path),
                         file.error() != QFileDevice::NoError ? file.errorString() : tr("the image could not be made"));
        return false;
    }
    return true;
}

void ChartView::copyToClipboard()
{
    upToDateChart();
    QApplication::clipboard()->setImage(grab().toImage());
    showReadout(tr("The chart is on the clipboard."));
}
