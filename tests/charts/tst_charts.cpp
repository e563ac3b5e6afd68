// SPDX-License-Identifier: MIT
#include "charts/chartspanel.h"
#include "charts/chartstyle.h"
#include "charts/costovertimechart.h"
#include "core/logaggregation.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/displayformat.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {

/** The bundled sample dump (3200 requests, 2025-10), aggregated by user, by day in the given zone. */
Usage::UsageResult sample(const QTimeZone& zone = QTimeZone::utc())
{
    Usage::UsageQuery query;
    query.zone = zone;
    return Usage::aggregateFiles(
        { QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl") }, query, Usage::AggregateOptions {})
        .result;
}

/** Pixels that differ from the chart's background, and how many colours the image has. */
struct Ink
{
    qsizetype pixels = 0;
    qsizetype colors = 0;
};

Ink inkOf(const QImage& image, QColor background)
{
    Ink ink;
    QSet<QRgb> colors;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            colors.insert(line[x]);
            if (line[x] != background.rgb())
                ++ink.pixels;
        }
    }
    ink.colors = colors.size();
    return ink;
}

double setSum(const QBarSet* set)
{
    double sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_result = sample();
        QVERIFY(m_result.errors.isEmpty());
        QVERIFY(m_result.rows.size() > 15);
    }

    void everyChartRendersOffscreen_data()
    {
        QTest::addColumn<ChartsPanel::Kind>("kind");
        QTest::addColumn<bool>("dark");
        for (bool dark : { false, true }) {
            const char* scheme = dark ? "dark" : "light";
            QTest::addRow("cost per group, %s", scheme) << ChartsPanel::Kind::CostPerGroup << dark;
            QTest::addRow("tokens per group, %s", scheme) << ChartsPanel::Kind::TokensPerGroup << dark;
            QTest::addRow("cost over time, %s", scheme) << ChartsPanel::Kind::CostOverTime << dark;
            QTest::addRow("share of cost, %s", scheme) << ChartsPanel::Kind::CostShare << dark;
        }
    }

    void everyChartRendersOffscreen()
    {
        QFETCH(ChartsPanel::Kind, kind);
        QFETCH(bool, dark);
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
            palette.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
            palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd8));
            panel.setPalette(palette);
        }
        panel.setSourceModel(&table);
        panel.setKind(kind);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QChart* chart = panel.chart();
        QVERIFY(chart);
        QVERIFY(!chart->series().isEmpty()); // cost over time adds a point for a partial last bucket
        QVERIFY(!chart->title().isEmpty());

        const QImage image = panel.chartView()->grab().toImage();
        QVERIFY(!image.isNull());
        // to look at them: UE_CHARTS_DUMP_DIR=/tmp/x ctest -R tst_charts
        if (const QString dump = qEnvironmentVariable("UE_CHARTS_DUMP_DIR"); !dump.isEmpty())
            image.save(dump + QLatin1Char('/')
                + QString::fromLatin1(QTest::currentDataTag())
                      .replace(QLatin1String(", "), QLatin1String("-"))
                      .replace(QLatin1Char(' '), QLatin1Char('_'))
                + QStringLiteral(".png"));
        const QColor background = panel.palette().color(QPalette::Base);
        QCOMPARE(image.pixelColor(8, image.height() / 2).rgb(), background.rgb()); // the palette's background
        const Ink ink = inkOf(image, background);
        const qsizetype all = qsizetype(image.width()) * image.height();
        QVERIFY2(ink.pixels > all / 50, qPrintable(QStringLiteral("%1 of %2 pixels inked").arg(ink.pixels).arg(all)));
        QVERIFY2(ink.colors > 8, qPrintable(QString::number(ink.colors)));
    }

    void costBarsAddUpAndFollowTheFilter()
    {
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        panel.setSourceModel(&table);
        panel.setKind(ChartsPanel::Kind::CostPerGroup);
        QCOMPARE(panel.topN(), 15);

        auto barsOf = [&panel]() {
            const auto series = panel.chart()->series();
            return qobject_cast<QAbstractBarSeries*>(series.value(0));
        };
        QAbstractBarSeries* bars = barsOf();
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2); // the rows, and Others
        const double shown = setSum(bars->barSets()[0]) + setSum(bars->barSets()[1]);
        QCOMPARE(qRound64(shown * 1e6), qRound64(double(table.visibleTotals().costNanos) / 1e3));
        // one category per bar: none dropped as a duplicate
        const auto axes = panel.chart()->axes(Qt::Vertical);
        auto* categories = qobject_cast<QBarCategoryAxis*>(axes.value(0));
        QVERIFY(categories);
        QCOMPARE(categories->count(), int(panel.groupModel()->bars().size()));
        QCOMPARE(categories->count(), 16);
        QVERIFY(panel.chart()->localizeNumbers());

        // the cost axis in the locale's numbers, the dollar where the locale puts it ("0,50 $" in German)
        {
            const QLocale before;
            const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
            QLocale::setDefault(QLocale(QLocale::German));
            ChartsPanel german;
            german.setSourceModel(&table);
            german.setKind(ChartsPanel::Kind::CostPerGroup);
            QVERIFY(german.chart()->localizeNumbers());
            QCOMPARE(german.chart()->locale(), QLocale(QLocale::German));
            auto* costAxis = qobject_cast<QValueAxis*>(german.chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(costAxis);
            QCOMPARE(costAxis->labelFormat(), QStringLiteral("%.2f\u00A0$"));
        }

        // the filter narrows the rows: the chart follows
        QVERIFY(table.setFilter(RowFilter(QStringLiteral("example.com"), false, 0)));
        QVERIFY(table.setFilter(RowFilter(QStringLiteral("^[a-c]"), true, 0)));
        bars = barsOf();
        double sum = 0;
        for (QBarSet* set : bars->barSets())
            sum += setSum(set);
        QCOMPARE(qRound64(sum * 1e6), qRound64(double(table.visibleTotals().costNanos) / 1e3));
        QCOMPARE(
            qobject_cast<QBarCategoryAxis*>(panel.chart()->axes(Qt::Vertical).value(0))->count(), table.rowCount());

        panel.setTopN(3);
        QCOMPARE(int(panel.groupModel()->bars().size()), std::min(table.rowCount(), 4));
    }

    void hoverShowsExactValuesAndClickSelectsTheRow()
    {
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        panel.setSourceModel(&table);
        auto* bars = qobject_cast<QAbstractBarSeries*>(panel.chart()->series().value(0));
        QVERIFY(bars);
        const int n = int(panel.groupModel()->bars().size());
        const ChartData::GroupBar top = panel.groupModel()->bars().constFirst();
        // the top bar is drawn last (on top)
        Q_EMIT bars->hovered(true, n - 1, bars->barSets()[0]);
        QVERIFY2(panel.hoverText().startsWith(top.id + QStringLiteral(": $")), qPrintable(panel.hoverText()));
        QVERIFY(panel.hoverText().contains(DisplayFormat::moneyExact(top.totals.costNanos)));

        QSignalSpy activated(&panel, &ChartsPanel::rowActivated);
        Q_EMIT bars->clicked(n - 1, bars->barSets()[0]);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toInt(), top.resultRow);
        QVERIFY(panel.hoverText().startsWith(top.id)); // tells where the click went
        Q_EMIT bars->clicked(0, bars->barSets()[1]); // Others: no row to select
        QCOMPARE(activated.size(), 1);
        QVERIFY(panel.hoverText().contains(QStringLiteral("Others")));

        // the row selected in the table is highlighted
        panel.setSelectedRows({ top.resultRow });
        bars = qobject_cast<QAbstractBarSeries*>(panel.chart()->series().value(0));
        QCOMPARE(bars->barSets()[0]->selectedBars(), QList<int> { n - 1 });

        // the donut: hover and click by slice
        panel.setKind(ChartsPanel::Kind::CostShare);
        auto* pie = qobject_cast<QPieSeries*>(panel.chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), n);
        QVERIFY(pie->slices()[0]->isExploded()); // the selected row
        Q_EMIT pie->slices()[1]->hovered(true);
        QVERIFY(panel.hoverText().startsWith(panel.groupModel()->bars()[1].id));
        Q_EMIT pie->slices()[1]->clicked();
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated[1][0].toInt(), panel.groupModel()->bars()[1].resultRow);
        double sum = 0;
        for (QPieSlice* slice : pie->slices())
            sum += slice->value();
        QCOMPARE(qRound64(sum * 1e6), qRound64(double(table.visibleTotals().costNanos) / 1e3));
    }

    void tokenBarsReadOutAndSelectLikeCostBars()
    {
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        panel.setSourceModel(&table);
        panel.setKind(ChartsPanel::Kind::TokensPerGroup);
        auto* bars = qobject_cast<QAbstractBarSeries*>(panel.chart()->series().value(0));
        QVERIFY(bars);
        // the stack is what the table's Total tokens adds up: prompt and completion (cache tokens are in the readout)
        QCOMPARE(bars->count(), 2);
        QVERIFY(panel.chart()->title().contains(QStringLiteral("prompt + completion = the table's total tokens")));
        const int n = int(panel.groupModel()->bars().size());
        QCOMPARE(bars->barSets()[0]->count(), n);
        const ChartData::GroupBar top = panel.groupModel()->bars().constFirst();
        // the top bar is drawn last; any part of its stack reads out the whole row
        Q_EMIT bars->hovered(true, n - 1, bars->barSets()[1]);
        QVERIFY2(panel.hoverText().startsWith(top.id + QStringLiteral(": $")), qPrintable(panel.hoverText()));
        QVERIFY(panel.hoverText().contains(DisplayFormat::count(top.totals.promptTokens)));
        QSignalSpy activated(&panel, &ChartsPanel::rowActivated);
        Q_EMIT bars->clicked(n - 1, bars->barSets()[0]);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toInt(), top.resultRow);
    }

    void costOverTimeInTheQueryZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        UsageTableModel table;
        table.setResult(sample(berlin));
        ChartsPanel panel;
        panel.setSourceModel(&table);
        panel.setKind(ChartsPanel::Kind::CostOverTime);
        auto* area = qobject_cast<QAreaSeries*>(panel.chart()->series().value(0));
        QVERIFY(area);
        const QList<ChartData::TimeBucket>& buckets = panel.timeModel()->buckets();
        // the sample's data end inside its last day: that day is a point of its own, not the end of the area
        QVERIFY(CostOverTimeChart::isPartial(buckets.constLast(), table.result()));
        QCOMPARE(area->upperSeries()->count(), buckets.size() - 1);
        auto* partial = qobject_cast<QScatterSeries*>(panel.chart()->series().value(1));
        QVERIFY(partial);
        QCOMPARE(partial->count(), 1);
        QCOMPARE(partial->at(0).x(), double(buckets.size() - 1));
        QVERIFY(panel.chart()->title().endsWith(QStringLiteral("; the last day is partial (a point)")));
        double sum = partial->at(0).y();
        for (const QPointF& p : area->upperSeries()->points())
            sum += p.y();
        QCOMPARE(qRound64(sum * 1e6), qRound64(double(table.visibleTotals().costNanos) / 1e3));
        // labels are wall time in Berlin, computed by the app: the first bucket starts at local midnight
        auto* axis = qobject_cast<QCategoryAxis*>(panel.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categoriesLabels().constFirst(), buckets.constFirst().label);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(buckets.constFirst().startMs, berlin).time(), QTime(0, 0));

        Q_EMIT area->hovered(QPointF(0.2, 0), true);
        QVERIFY2(panel.hoverText().contains(QStringLiteral("Europe/Berlin")), qPrintable(panel.hoverText()));
        QVERIFY(panel.hoverText().contains(DisplayFormat::moneyExact(buckets.constFirst().totals.costNanos)));

        // the selected rows only
        panel.setTimeOfSelectedRows(true);
        QVERIFY(panel.chart()->series().isEmpty()); // nothing selected yet: a hint instead
        panel.setSelectedRows({ 0 });
        QCOMPARE(panel.timeModel()->total().costNanos, table.result().rows[0].totals.costNanos);
        QVERIFY(!panel.chart()->series().isEmpty());
        // one row: the title names it
        QVERIFY2(panel.chart()->title().contains(
                     QStringLiteral("), ") + table.result().rows[0].id + QStringLiteral(": total")),
            qPrintable(panel.chart()->title()));
    }

    void partialBucketOnlyWhereTheDataEndInside()
    {
        Usage::UsageResult r;
        r.hasRequestTimes = true;
        Usage::GroupUsage g;
        g.firstMs = 0;
        g.lastMs = 36 * 3600 * 1000; // noon of the second day
        r.rows = { g };
        ChartData::TimeBucket day2 { 24 * 3600 * 1000, 48 * 3600 * 1000 - 1, {}, {} };
        QVERIFY(CostOverTimeChart::isPartial(day2, r));
        r.rows[0].lastMs = 48 * 3600 * 1000 - 30 * 1000; // half a minute before its end: whole
        QVERIFY(!CostOverTimeChart::isPartial(day2, r));
        r.query.endMs = 30 * 3600 * 1000; // a range that ends inside the day
        QVERIFY(CostOverTimeChart::isPartial(day2, r));
    }

    void readoutClearsOnAnotherTabOrResult()
    {
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        panel.setSourceModel(&table);
        auto* bars = qobject_cast<QAbstractBarSeries*>(panel.chart()->series().value(0));
        QVERIFY(bars);
        Q_EMIT bars->clicked(int(panel.groupModel()->bars().size()) - 1, bars->barSets()[0]);
        QVERIFY(panel.hoverText().contains(QStringLiteral("is selected in the table")));
        panel.setKind(ChartsPanel::Kind::CostShare);
        QCOMPARE(panel.hoverText(), QString());
        Q_EMIT bars->hovered(true, 0, bars->barSets()[0]);
        QVERIFY(!panel.hoverText().isEmpty());
        table.setResult(m_result); // another file opened
        QCOMPARE(panel.hoverText(), QString());
    }

    void timeLineStandsOutOnDarkAndLight_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("highlight");
        QTest::newRow("dark, dark blue highlight") << QColor(0x23, 0x26, 0x29) << QColor(0x1d, 0x54, 0x7f);
        QTest::newRow("dark, navy highlight") << QColor(0x10, 0x10, 0x10) << QColor(0x00, 0x00, 0x80);
        QTest::newRow("light, pale highlight") << QColor(0xff, 0xff, 0xff) << QColor(0xa0, 0xc8, 0xf0);
    }

    void timeLineStandsOutOnDarkAndLight()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, highlight);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Window, base);
        palette.setColor(QPalette::Highlight, highlight);
        QVERIFY(ChartStyle::contrastRatio(highlight, base) < 3.0);
        QVERIFY(ChartStyle::contrastRatio(ChartStyle::lineColor(palette), base) >= 3.0);
        QCOMPARE(qRound(ChartStyle::contrastRatio(Qt::black, Qt::white)), 21);
    }

    void savesPngAndSvg()
    {
        UsageTableModel table;
        table.setResult(m_result);
        ChartsPanel panel;
        panel.setSourceModel(&table);
        panel.resize(800, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("UE_CHARTS_DUMP_DIR"));
        QString error;
        const QString png = dir.filePath(QStringLiteral("cost.png"));
        QVERIFY2(panel.saveChart(png, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), panel.chartView()->size() * panel.devicePixelRatio());

        const QString svg = dir.filePath(QStringLiteral("cost.SVG"));
        QVERIFY2(panel.saveChart(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<rect")); // vector shapes and text, not one embedded bitmap
        QVERIFY(text.contains("<text"));
        QVERIFY(!text.contains("<image"));
        QVERIFY(text.contains(panel.chart()->title().toHtmlEscaped().left(8).toUtf8()));

        QApplication::clipboard()->clear();
        panel.copyChart();
        const QImage copied = QApplication::clipboard()->image();
        QCOMPARE(copied.size(), image.size());

        QVERIFY(!panel.saveChart(dir.filePath(QStringLiteral("missing/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void keys()
    {
        ChartsPanel::Kind kind {};
        QVERIFY(ChartsPanel::kindFromKey(QStringLiteral("time"), &kind));
        QCOMPARE(kind, ChartsPanel::Kind::CostOverTime);
        QVERIFY(!ChartsPanel::kindFromKey(QStringLiteral("pie"), &kind));
        QCOMPARE(ChartsPanel::kindKey(ChartsPanel::Kind::CostShare), QStringLiteral("share"));
    }

private:
    Usage::UsageResult m_result;
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
