// SPDX-License-Identifier: MIT
// The window at the screen sizes and scales analysts use (set by the ctest entry: an offscreen screen of 1024x700 or
// 1600x1000, the latter also at QT_SCALE_FACTOR=1.5), in each language, with small, wide and large results and a
// comparison: no money figure, totals cell or label, detail-axis label or chart tab is elided, and every Query button
// is inside the dock.
#include "charts/chartspanel.h"
#include "i18n/languages.h"
#include "models/modelbreakdownmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "sources/sourcecontroller.h"
#include "ui/columnsizer.h"
#include "ui/detailpanel.h"
#include "ui/mainwindow.h"
#include "ui/querypanel.h"
#include "ui/resultsview.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDockWidget>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>

namespace {

/** A source whose result the test hands over. */
class FakeSource : public UsageSource
{
    Q_OBJECT
public:
    using UsageSource::UsageSource;
    QString validate(const SourceRequest&) const override { return {}; }
    void start(const SourceRequest&) override { }
    void cancel() override { }
};

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kStartMs = 1759276800000; // 2025-10-01 00:00 UTC

Usage::GroupUsage group(const QString& id, qint64 costNanos, qint64 requests, bool withSeries)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.requests = requests;
    g.totals.promptTokens = requests * 1234;
    g.totals.completionTokens = requests * 321;
    g.totals.costNanos = costNanos;
    g.firstMs = kStartMs;
    g.lastMs = kStartMs + 29 * kDayMs;
    if (withSeries) {
        for (int day = 0; day < 30; ++day) {
            Usage::BucketTotals b;
            b.startMs = kStartMs + day * kDayMs;
            b.totals.costNanos = costNanos / 30 + day * (costNanos / 900);
            b.totals.requests = 1;
            g.series.append(b);
        }
        Usage::ModelTotals a { QStringLiteral("claude-3-5-sonnet-20240620"), {}, {} };
        Usage::ModelTotals b { QStringLiteral("claude-3-5-sonnet-20241022"), {}, {} };
        a.totals.costNanos = costNanos / 2;
        b.totals.costNanos = costNanos - costNanos / 2;
        g.models = { b, a };
    }
    return g;
}

Usage::UsageResult baseResult()
{
    Usage::UsageResult r;
    r.query.startMs = kStartMs;
    r.query.endMs = kStartMs + 30 * kDayMs - 1;
    r.hasRequestTimes = true;
    return r;
}

/** 50,000 users, most of them under a cent, the top ones with a time series. */
Usage::UsageResult manyUsers()
{
    Usage::UsageResult r = baseResult();
    r.rows.reserve(50000);
    for (int i = 0; i < 50000; ++i) {
        const qint64 cost = i < 100 ? 987654321LL * (100 - i) : 1000 + (i * 7919LL) % 9000000;
        r.rows.append(
            group(QStringLiteral("user-%1@example.com").arg(i, 5, 10, QLatin1Char('0')), cost, 1 + i % 40, i < 3));
    }
    r.sortRows();
    return r;
}

/** A total over $1,000,000 with a row near that itself. */
Usage::UsageResult overAMillion()
{
    Usage::UsageResult r = baseResult();
    r.rows = { group(QStringLiteral("enterprise-batch@example.com"), 987654321987654321LL / 1000, 2345678, true),
        group(QStringLiteral("alice@example.com"), 123456789012345LL, 98765, true),
        group(QStringLiteral("bob@example.com"), 4321, 1, true) };
    r.sortRows();
    return r;
}

/** overAMillion() against a previous period: the change columns, both totals and the Movers tab on show. */
Usage::UsageResult compared()
{
    Usage::UsageResult r = overAMillion();
    r.query.compare = Usage::CompareMode::PreviousPeriod;
    r.query.compareStartMs = kStartMs - 30 * kDayMs;
    r.query.compareEndMs = kStartMs - 1;
    r.rows[0].previous.costNanos = r.rows[0].totals.costNanos / 3;
    r.rows[0].previous.requests = 1234567;
    r.rows[1].previous.costNanos = r.rows[1].totals.costNanos * 7;
    r.rows[1].previous.requests = 9876543;
    Usage::GroupUsage gone;
    gone.id = QStringLiteral("carol@example.com");
    gone.previous.costNanos = 55555555555555LL;
    gone.previous.requests = 4444;
    r.rows.append(gone);
    r.sortRows();
    return r;
}

/** Pixels a cell's text needs in view: its advance plus the item view's text margins. */
int neededWidth(const QAbstractItemView* view, const QString& text)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return view->fontMetrics().horizontalAdvance(text) + 2 * margin;
}

/** Cells of the given columns of view whose display text is wider than the column, as "column: text" lines. */
QStringList elidedCells(const QTableView* view, const QList<int>& columns)
{
    QStringList out;
    const QAbstractItemModel* model = view->model();
    for (int column : columns) {
        if (view->isColumnHidden(column))
            continue;
        QString widest;
        int widestPx = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            const int px = neededWidth(view, text);
            if (px > widestPx) {
                widestPx = px;
                widest = text;
            }
        }
        if (widestPx > view->columnWidth(column))
            out.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                           .arg(model->headerData(column, Qt::Horizontal).toString(), widest)
                           .arg(widestPx)
                           .arg(view->columnWidth(column)));
    }
    return out;
}

QList<int> moneyColumns(const QAbstractItemModel* model)
{
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (UsageColumn::isMoney(c) || c == UsageColumn::CostShare)
            columns.append(c);
    }
    return columns;
}

/** Labels of the chart (axes, title) that end in an ellipsis. */
QStringList elidedChartLabels(const QChartView* view)
{
    QStringList out;
    for (const QGraphicsItem* item : view->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item)) {
            const QString plain = text->toPlainText();
            if (text->isVisible() && (plain.contains(QChar(0x2026)) || plain.contains(QLatin1String("..."))))
                out.append(plain);
        }
    }
    return out;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
        qInfo("screen %dx%d available, scale %s", QGuiApplication::primaryScreen()->availableGeometry().width(),
            QGuiApplication::primaryScreen()->availableGeometry().height(), qgetenv("QT_SCALE_FACTOR").constData());
    }

    void nothingCutOff_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("result");
        for (const char* language : { "en", "de", "fr" }) {
            for (const char* result : { "sample", "50000 users", "over a million", "compared" })
                QTest::addRow("%s, %s", language, result)
                    << QString::fromLatin1(language) << QString::fromLatin1(result);
        }
    }

    void nothingCutOff()
    {
        QFETCH(QString, language);
        QFETCH(QString, result);
        Usage::I18n::install(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        // the columns' widths: measured off the GUI thread for a big result, applied when done
        QSignalSpy fitted(window.findChild<ResultsView*>()->columnSizer(), &ColumnSizer::fitted);
        if (result == QLatin1String("sample")) {
            window.openFiles({ QStringLiteral(UE_SOURCE_DIR "/resources/sample/helicone-sample.jsonl") });
        } else {
            auto* fake = new FakeSource;
            window.sourceController()->setSource(Usage::SourceKind::LogFiles, fake);
            window.openFiles({ QStringLiteral("/data/big.jsonl") });
            Q_EMIT fake->finished(result == QLatin1String("over a million") ? overAMillion()
                    : result == QLatin1String("compared")                   ? compared()
                                                                            : manyUsers());
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(fitted.count() >= 1, 30000);
        QVERIFY(window.selectResultRow(0));
        settle();

        // the first window fits the screen
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
            qPrintable(QStringLiteral("window %1x%2 on %3x%4")
                           .arg(window.width())
                           .arg(window.height())
                           .arg(available.width())
                           .arg(available.height())));

        // every Query button lies across the dock's visible width (the panel scrolls vertically as a whole)
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("queryDock"));
        auto* scroll = dock->findChild<QScrollArea*>();
        QVERIFY(dock && scroll);
        // the dock is as narrow as its panel allows, leaving the results most of the window
        QVERIFY2(dock->width() * 5 <= window.width() * 2,
            qPrintable(QStringLiteral("dock %1 px of %2").arg(dock->width()).arg(window.width())));
        const QRect viewport = scroll->viewport()->rect();
        for (const QAbstractButton* button : window.findChild<QueryPanel*>()->findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(dock))
                continue;
            const QRect r(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(r.left() >= viewport.left() && r.right() <= viewport.right(),
                qPrintable(QStringLiteral("%1 (%2) at x %3-%4, dock viewport %5-%6")
                               .arg(button->objectName(), button->text())
                               .arg(r.left())
                               .arg(r.right())
                               .arg(viewport.left())
                               .arg(viewport.right())));
        }

        // the detail panel's chart: no label cut to an ellipsis, and dates along its x axis
        auto* detail = window.findChild<DetailPanel*>();
        auto* detailChart = detail->findChild<QChartView*>();
        QVERIFY(detailChart);
        for (int row : { 1, 0 }) { // the first row shown, then another one selected, then the first again
            QVERIFY(window.selectResultRow(row));
            settle();
            const QStringList axisLabels = elidedChartLabels(detailChart);
            QVERIFY2(axisLabels.isEmpty(), qPrintable(axisLabels.join(QStringLiteral(" | "))));
            const QList<QAbstractAxis*> xAxes = detailChart->chart()->axes(Qt::Horizontal);
            QCOMPARE(xAxes.size(), 1);
            QVERIFY(qobject_cast<QDateTimeAxis*>(xAxes.constFirst()));
            // whole dates below the plot and whole amounts left of it, at least two of each
            const QRectF plot = detailChart->chart()->plotArea();
            int dates = 0;
            int amounts = 0;
            for (const QGraphicsItem* item : detailChart->scene()->items()) {
                const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
                if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                    continue;
                dates += text->sceneBoundingRect().top() >= plot.bottom() ? 1 : 0;
                amounts += text->sceneBoundingRect().right() <= plot.left() + 1 ? 1 : 0;
            }
            QVERIFY2(dates >= 2 && amounts >= 2,
                qPrintable(QStringLiteral("row %1: %2 dates, %3 amounts").arg(row).arg(dates).arg(amounts)));
        }

        // the breakdown's money figures are whole, and its Cost column is in view beside the model's name
        auto* breakdown = detail->findChild<QTableView*>(QStringLiteral("breakdownView"));
        QVERIFY(breakdown);
        QList<int> breakdownMoney;
        for (int c = ModelBreakdownModel::Cost; c <= ModelBreakdownModel::CostDifference; ++c) {
            if (c < breakdown->model()->columnCount())
                breakdownMoney.append(c);
        }
        const QStringList breakdownProblems = elidedCells(breakdown, breakdownMoney);
        QVERIFY2(breakdownProblems.isEmpty(), qPrintable(breakdownProblems.join(QStringLiteral("; "))));
        const int costLeft = breakdown->columnViewportPosition(ModelBreakdownModel::Cost);
        QVERIFY2(costLeft >= 0
                && costLeft + breakdown->columnWidth(ModelBreakdownModel::Cost) <= breakdown->viewport()->width(),
            qPrintable(QStringLiteral("Cost at %1-%2, breakdown viewport %3 px")
                           .arg(costLeft)
                           .arg(costLeft + breakdown->columnWidth(ModelBreakdownModel::Cost))
                           .arg(breakdown->viewport()->width())));

        // two models that differ only at their end read differently in the breakdown, and in full as tooltips
        if (result != QLatin1String("sample")) {
            QCOMPARE(breakdown->model()->rowCount(), 2);
            QStringList shown;
            for (int row = 0; row < 2; ++row) {
                const QModelIndex index = breakdown->model()->index(row, 0);
                QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("claude-3-5-sonnet-2024")));
                shown.append(breakdown->fontMetrics().elidedText(index.data().toString(), breakdown->textElideMode(),
                    breakdown->columnWidth(0) - neededWidth(breakdown, QString())));
            }
            QVERIFY2(shown[0] != shown[1], qPrintable(shown.join(QStringLiteral(" | "))));
        }

        // the table's money cells, its totals line and the totals label
        auto* table = window.findChild<QTableView*>(QStringLiteral("tableView"));
        auto* totals = window.findChild<QTableView*>(QStringLiteral("totalsView"));
        QVERIFY(table && totals);
        QStringList tableProblems = elidedCells(table, moneyColumns(table->model()));
        QList<int> allColumns;
        for (int c = 0; c < totals->model()->columnCount(); ++c)
            allColumns.append(c);
        tableProblems += elidedCells(totals, allColumns);
        QVERIFY2(tableProblems.isEmpty(), qPrintable(tableProblems.join(QStringLiteral("; "))));
        // the cost, the figure analysts open the window for, is in view without scrolling
        const int tableCostLeft = table->columnViewportPosition(UsageColumn::Cost);
        QVERIFY2(
            tableCostLeft >= 0 && tableCostLeft + table->columnWidth(UsageColumn::Cost) <= table->viewport()->width(),
            qPrintable(QStringLiteral("Cost at %1-%2, table viewport %3 px")
                           .arg(tableCostLeft)
                           .arg(tableCostLeft + table->columnWidth(UsageColumn::Cost))
                           .arg(table->viewport()->width())));

        // the chart tabs each show their whole name, without scroll arrows
        QVERIFY(window.showView(QStringLiteral("charts")));
        settle();
        auto* tabs = window.chartsPanel()->findChild<QTabBar*>(QStringLiteral("chartTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue; // Movers: only for a result with a comparison
            const QRect r = tabs->tabRect(i);
            QVERIFY2(r.width() >= tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) && r.right() < tabs->width(),
                qPrintable(QStringLiteral("tab \"%1\" %2 px at %3, bar %4 px")
                               .arg(tabs->tabText(i))
                               .arg(r.width())
                               .arg(r.left())
                               .arg(tabs->width())));
        }
    }

    void savedGeometryOnlyWhereItFits()
    {
        QSettings().clear();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QRect fitted;
        {
            MainWindow window;
            fitted = window.geometry();
            window.setGeometry(QRect(QPoint(0, 0), available.size() * 2)); // saved at a smaller scale, say
            window.saveSettings();
        }
        {
            MainWindow window;
            window.restoreSettings();
            QCOMPARE(window.geometry(), fitted);
            window.setGeometry(QRect(available.topLeft() + QPoint(20, 20), available.size() - QSize(60, 60)));
            window.saveSettings();
        }
        MainWindow window;
        window.restoreSettings();
        // a geometry that fits comes back inside the screen (offscreen window managers may still move it a little)
        QVERIFY(available.contains(window.geometry()));
        QSettings().clear();
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
