// SPDX-License-Identifier: MIT
// The comparison columns of the usage table and its totals line: texts, raw values, colours and order.
#include "models/changecell.h"
#include "models/totalsmodel.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <limits>

namespace {

Usage::GroupUsage group(
    const char* id, qint64 requests, qint64 costNanos, qint64 previousRequests, qint64 previousNanos)
{
    Usage::GroupUsage g;
    g.id = QString::fromUtf8(id);
    g.totals.requests = requests;
    g.totals.costNanos = costNanos;
    g.previous.requests = previousRequests;
    g.previous.costNanos = previousNanos;
    return g;
}

/** alice rose, bob fell, carol is new, dave is gone, erin did not change. */
Usage::UsageResult comparedResult()
{
    Usage::UsageResult r;
    r.query.startMs = 1000;
    r.query.endMs = 1999;
    r.query.compare = Usage::CompareMode::PreviousPeriod;
    r.query.compareStartMs = 0;
    r.query.compareEndMs = 999;
    r.rows = { group("alice", 9, 5'000'000'000, 6, 4'000'000'000), group("bob", 10, 2'500'000'000, 12, 5'000'000'000),
        group("carol", 100, 1'250'000'000, 0, 0), group("dave", 0, 0, 4, 1'000'000'000),
        group("erin", 5, 2'000'000'000, 5, 2'000'000'000) };
    r.sortRows();
    return r;
}

int rowOf(const UsageTableModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(UsageTableModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

class TestCompareColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void columnsNeedAComparison()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        Usage::UsageResult plain = comparedResult();
        plain.query.compare = Usage::CompareMode::None;
        model.setResult(plain);
        for (int column = UsageColumn::PreviousRequests; column <= UsageColumn::CountChange; ++column)
            QVERIFY(!model.isColumnAvailable(column));
        model.setResult(comparedResult());
        for (int column = UsageColumn::PreviousRequests; column <= UsageColumn::CountChange; ++column)
            QVERIFY(model.isColumnAvailable(column));
        QVERIFY(model.isColumnAvailable(UsageColumn::Cost));
    }

    void cells_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<int>("direction"); // 1 red-ish, -1 green-ish, 0 no colour

        const auto c = [](const char* id, int column, const char* text, const QVariant& raw, int direction) {
            QTest::addRow("%s, %s", id, qPrintable(UsageTableModel::columnTitle(column, {})))
                << QString::fromUtf8(id) << column << QString::fromUtf8(text) << raw << direction;
        };
        c("alice", UsageColumn::PreviousRequests, "6", QVariant(qint64(6)), 0);
        c("alice", UsageColumn::PreviousCost, "$4.00", QVariant(qint64(4'000'000'000)), 0);
        c("alice", UsageColumn::CostChange, "▲ +$1.00", QVariant(qint64(1'000'000'000)), 1);
        c("alice", UsageColumn::CostChangeRatio, "▲ +25.0%", QVariant(0.25), 1);
        c("alice", UsageColumn::CountChange, "▲ +3", QVariant(qint64(3)), 1);
        c("bob", UsageColumn::CostChange, "▼ -$2.50", QVariant(qint64(-2'500'000'000)), -1);
        c("bob", UsageColumn::CostChangeRatio, "▼ -50.0%", QVariant(-0.5), -1);
        c("bob", UsageColumn::CountChange, "▼ -2", QVariant(qint64(-2)), -1);
        c("carol", UsageColumn::PreviousCost, "$0.00", QVariant(qint64(0)), 0);
        c("carol", UsageColumn::CostChange, "▲ +$1.25", QVariant(qint64(1'250'000'000)), 1);
        c("carol", UsageColumn::CostChangeRatio, "new", QVariant(), 1);
        c("dave", UsageColumn::PreviousRequests, "4", QVariant(qint64(4)), 0);
        c("dave", UsageColumn::CostChangeRatio, "▼ -100.0%", QVariant(-1.0), -1);
        c("dave", UsageColumn::CountChange, "▼ -4", QVariant(qint64(-4)), -1);
        c("erin", UsageColumn::CostChange, "$0.00", QVariant(qint64(0)), 0);
        c("erin", UsageColumn::CostChangeRatio, "0.0%", QVariant(0.0), 0);
        c("erin", UsageColumn::CountChange, "0", QVariant(qint64(0)), 0);
    }

    void cells()
    {
        QFETCH(QString, id);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QVariant, raw);
        QFETCH(int, direction);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(comparedResult());
        const QModelIndex index = model.index(rowOf(model, id), column);
        QCOMPARE(index.data().toString(), text);
        const QVariant value = index.data(UsageTableModel::RawValueRole);
        QCOMPARE(value.isValid(), raw.isValid());
        if (raw.isValid()) {
            QCOMPARE(value.typeId(), raw.typeId());
            QCOMPARE(value, raw);
        }
        const QVariant colour = index.data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), direction != 0);
        if (direction != 0) {
            const QColor color = colour.value<QColor>();
            // an increase leans red, a decrease green, whatever the palette
            QCOMPARE(color.red() > color.green(), direction > 0);
        }
    }

    void sortsByRawChange()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(comparedResult());
        auto ids = [&model] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out.append(model.index(row, 0).data(UsageTableModel::IdRole).toString());
            return out;
        };
        // a cost that rose from nothing is the largest ratio
        model.sort(UsageColumn::CostChangeRatio, Qt::DescendingOrder);
        QCOMPARE(ids(),
            QStringList({ QStringLiteral("carol"), QStringLiteral("alice"), QStringLiteral("erin"),
                QStringLiteral("bob"), QStringLiteral("dave") }));
        model.sort(UsageColumn::CostChange, Qt::AscendingOrder);
        QCOMPARE(ids(),
            QStringList({ QStringLiteral("bob"), QStringLiteral("dave"), QStringLiteral("erin"),
                QStringLiteral("alice"), QStringLiteral("carol") }));
        model.sort(UsageColumn::CountChange, Qt::DescendingOrder);
        QCOMPARE(ids().constFirst(), QStringLiteral("carol"));
    }

    void totalsLineShowsBothPeriodsAndTheChange()
    {
        UsageTableModel model;
        TotalsModel totals(&model);
        QAbstractItemModelTester tester(&totals);
        model.setResult(comparedResult());
        auto cell = [&totals](int column, int role = Qt::DisplayRole) { return totals.index(0, column).data(role); };
        QCOMPARE(cell(UsageColumn::Requests).toString(), QStringLiteral("124"));
        QCOMPARE(cell(UsageColumn::Cost).toString(), QStringLiteral("$10.75"));
        QCOMPARE(cell(UsageColumn::PreviousRequests).toString(), QStringLiteral("27"));
        QCOMPARE(cell(UsageColumn::PreviousCost).toString(), QStringLiteral("$12.00"));
        QCOMPARE(cell(UsageColumn::CostChange).toString(), QStringLiteral("▼ -$1.25"));
        QCOMPARE(cell(UsageColumn::CostChangeRatio).toString(), QStringLiteral("▼ -10.4%"));
        QCOMPARE(cell(UsageColumn::CountChange).toString(), QStringLiteral("▲ +97"));
        QCOMPARE(cell(UsageColumn::CostChange, UsageTableModel::RawValueRole).toLongLong(), -1'250'000'000);
        QCOMPARE(cell(UsageColumn::CostChangeRatio, UsageTableModel::RawValueRole).toDouble(), -1.25 / 12.0);
        QCOMPARE(cell(UsageColumn::PreviousCost, Qt::ToolTipRole).toString(), QStringLiteral("$12"));
    }

    void coloursSuitDarkPalettes()
    {
        Usage::Totals now;
        now.costNanos = 2;
        const Usage::Totals before;
        const QColor light = ChangeCell::foreground(UsageColumn::CostChange, now, before, QColor(Qt::white));
        const QColor dark = ChangeCell::foreground(UsageColumn::CostChange, now, before, QColor(0x20, 0x20, 0x20));
        QVERIFY(light.lightnessF() < 0.5);
        QVERIFY(dark.lightnessF() > 0.5);
        QVERIFY(!ChangeCell::foreground(UsageColumn::CostChange, before, before, QColor(Qt::white)).isValid());
    }

    void alertsHighlightCrossingRows()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(comparedResult());
        QCOMPARE(model.alertCount(), 0);
        QVERIFY(!model.index(0, UsageColumn::Cost).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Usage::AlertRule rule;
        rule.changeAboveNanos = 250'000'000; // 0.25: alice's rise is 0.25 exactly, not above it
        model.setAlertRule(rule);
        QCOMPARE(changed.count(), 1);
        auto crossing = [&model] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, UsageColumn::CostChange);
                // the background follows the role (a mismatch shows up in the list)
                if (index.data(Qt::BackgroundRole).isValid() != index.data(UsageTableModel::AlertRole).toBool())
                    out.append(QStringLiteral("background differs"));
                if (index.data(UsageTableModel::AlertRole).toBool())
                    out.append(index.data(UsageTableModel::IdRole).toString());
            }
            return out;
        };
        // carol had no cost before and has some now
        QCOMPARE(crossing(), QStringList { QStringLiteral("carol") });
        rule.changeAboveNanos = 249'999'999;
        rule.costAboveNanos = 2'000'000'000; // above $2: alice and bob; erin's $2 is not above
        model.setAlertRule(rule);
        QCOMPARE(crossing(), QStringList({ QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") }));
        QCOMPARE(model.alertCount(), 3);
        model.setAlertRule({});
        QCOMPARE(crossing(), QStringList());
    }

    void ratioHelpers()
    {
        QCOMPARE(ChangeCell::costChangeRatio(3, 0), std::nullopt);
        QCOMPARE(*ChangeCell::costChangeRatio(3, 2), 0.5);
        QCOMPARE(ChangeCell::ratioSortKey(3, 0), std::numeric_limits<double>::infinity());
        QCOMPARE(ChangeCell::ratioSortKey(0, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCompareColumns)
#include "tst_comparecolumns.moc"
