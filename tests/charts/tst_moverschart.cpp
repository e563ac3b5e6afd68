// SPDX-License-Identifier: MIT
// The movers chart: which bars it draws from a comparison, in which order and colours, and what a click selects.
#include "charts/chartspanel.h"
#include "charts/moverschart.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>

namespace {

Usage::GroupUsage group(const char* id, qint64 costNanos, qint64 previousNanos)
{
    Usage::GroupUsage g;
    g.id = QString::fromUtf8(id);
    g.totals.requests = costNanos > 0 ? 1 : 0;
    g.totals.costNanos = costNanos;
    g.previous.requests = previousNanos > 0 ? 1 : 0;
    g.previous.costNanos = previousNanos;
    return g;
}

Usage::UsageResult comparedResult()
{
    Usage::UsageResult r;
    r.query.startMs = 1000;
    r.query.endMs = 1999;
    r.query.compare = Usage::CompareMode::PreviousPeriod;
    r.query.compareStartMs = 0;
    r.query.compareEndMs = 999;
    // changes: a +3, b +1, c 0, d -2, e -5, f +3 (ties with a)
    r.rows = { group("a", 5, 2), group("b", 2, 1), group("c", 4, 4), group("d", 1, 3), group("e", 0, 5),
        group("f", 3, 0) };
    r.sortRows();
    return r;
}

QStringList ids(const MoversChart* chart)
{
    QStringList out;
    for (const Mover& m : chart->items())
        out.append(m.id);
    return out;
}

} // namespace

class TestMoversChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barsAndClicks()
    {
        UsageTableModel model;
        ChartsPanel panel;
        panel.resize(800, 500);
        panel.setSourceModel(&model);
        auto* tabs = panel.findChild<QTabBar*>(QStringLiteral("chartTabs"));
        QVERIFY(!tabs->isTabVisible(int(ChartsPanel::Kind::Movers)));

        model.setResult(comparedResult());
        QVERIFY(panel.hasMovers());
        QVERIFY(tabs->isTabVisible(int(ChartsPanel::Kind::Movers)));
        panel.setKind(ChartsPanel::Kind::Movers);
        panel.setTopN(2);
        QChart* chart = panel.chart();
        QVERIFY(chart);
        MoversChart* movers = panel.moversChart();
        // top: the two largest increases (ties by id), bottom: the two largest decreases, the largest lowest
        QCOMPARE(ids(movers),
            QStringList({ QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("d"), QStringLiteral("e") }));
        auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().constFirst());
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        // bars are drawn bottom up: e, d, f, a, in dollars
        const QBarSet* up = series->barSets().at(0);
        const QBarSet* down = series->barSets().at(1);
        QCOMPARE(up->at(3), 3e-9);
        QCOMPARE(up->at(0), 0.0);
        QCOMPARE(down->at(0), -5e-9);
        QCOMPARE(down->at(1), -2e-9);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).constFirst());
        QCOMPARE(axis->categories(),
            QStringList({ QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("f"), QStringLiteral("a") }));

        // a click selects the row; the selected row's bar is marked on the next build
        QSignalSpy activated(&panel, &ChartsPanel::rowActivated);
        movers->activateItem(3);
        QCOMPARE(activated.count(), 1);
        const int row = activated.constFirst().constFirst().toInt();
        QCOMPARE(model.result().rows.at(row).id, QStringLiteral("e"));
        panel.setSelectedRows({ row });
        chart = panel.chart();
        series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().constFirst());
        QCOMPARE(series->barSets().at(1)->selectedBars(), QList<int> { 0 });

        // the filter applies: without a, f leads
        QVERIFY(model.setFilter(RowFilter(QStringLiteral("[b-f]"), true, 0)));
        panel.chart();
        QCOMPARE(ids(movers),
            QStringList({ QStringLiteral("f"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("e") }));

        // without a comparison the page goes away
        Usage::UsageResult plain = comparedResult();
        plain.query.compare = Usage::CompareMode::None;
        model.setResult(plain);
        QVERIFY(!panel.hasMovers());
        QVERIFY(!tabs->isTabVisible(int(ChartsPanel::Kind::Movers)));
        QCOMPARE(panel.kind(), ChartsPanel::Kind::CostPerGroup);
    }

    void keys()
    {
        ChartsPanel::Kind kind = ChartsPanel::Kind::CostPerGroup;
        QVERIFY(ChartsPanel::kindFromKey(QStringLiteral("movers"), &kind));
        QCOMPARE(kind, ChartsPanel::Kind::Movers);
        QCOMPARE(ChartsPanel::kindKey(ChartsPanel::Kind::Movers), QStringLiteral("movers"));
    }
};

QTEST_MAIN(TestMoversChart)
#include "tst_moverschart.moc"
