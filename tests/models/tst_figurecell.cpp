// SPDX-License-Identifier: MIT
// FigureCell: the raw value, display text and tooltip of every figure column, shared by the table and its totals
// line; empty cells where there is nothing to show (no requests, no times).
#include "models/figurecell.h"
#include "models/usagecolumn.h"

#include <QTest>

namespace {

FigureCell::Figures figures()
{
    FigureCell::Figures f;
    f.totals.requests = 4;
    f.totals.promptTokens = 12'000;
    f.totals.completionTokens = 345;
    f.totals.cacheReadTokens = 7;
    f.totals.cacheWriteTokens = 8;
    f.totals.reasoningTokens = 9;
    f.totals.costNanos = 3'000'000'000; // $3 of $12 in all
    f.totals.requestsWithoutCost = 1;
    f.firstMs = 1'743'298'200'000; // 2025-03-30T01:30:00Z
    f.lastMs = 1'743'301'800'000;
    f.hasTimes = true;
    return f;
}

constexpr qint64 kAllCost = 12'000'000'000;

} // namespace

class TestFigureCell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void cells_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("toolTip");
        using C = UsageColumn::Column;
        QTest::addRow("requests") << int(C::Requests) << QVariant(qint64(4)) << QStringLiteral("4")
                                  << QStringLiteral("4");
        QTest::addRow("prompt tokens, separated")
            << int(C::PromptTokens) << QVariant(qint64(12'000)) << QStringLiteral("12,000") << QStringLiteral("12,000");
        QTest::addRow("completion tokens")
            << int(C::CompletionTokens) << QVariant(qint64(345)) << QStringLiteral("345") << QStringLiteral("345");
        QTest::addRow("total tokens: prompt and completion")
            << int(C::TotalTokens) << QVariant(qint64(12'345)) << QStringLiteral("12,345") << QStringLiteral("12,345");
        QTest::addRow("cost") << int(C::Cost) << QVariant(qint64(3'000'000'000)) << QStringLiteral("$3.00")
                              << QStringLiteral("$3");
        QTest::addRow("cost share") << int(C::CostShare) << QVariant(0.25) << QStringLiteral("25.0%")
                                    << QStringLiteral("25.0000%");
        QTest::addRow("cost per request") << int(C::CostPerRequest) << QVariant(750'000'000.0)
                                          << QStringLiteral("$0.750") << QStringLiteral("$3 \u00f7 4 requests");
        QTest::addRow("requests without cost")
            << int(C::RequestsWithoutCost) << QVariant(qint64(1)) << QStringLiteral("1") << QStringLiteral("1");
        QTest::addRow("cache read") << int(C::CacheReadTokens) << QVariant(qint64(7)) << QStringLiteral("7")
                                    << QStringLiteral("7");
        QTest::addRow("cache write") << int(C::CacheWriteTokens) << QVariant(qint64(8)) << QStringLiteral("8")
                                     << QStringLiteral("8");
        QTest::addRow("reasoning") << int(C::ReasoningTokens) << QVariant(qint64(9)) << QStringLiteral("9")
                                   << QStringLiteral("9");
        QTest::addRow("first request, in the zone")
            << int(C::FirstRequest) << QVariant(qint64(1'743'298'200'000)) << QStringLiteral("2025-03-30 03:30:00")
            << QStringLiteral("2025-03-30 03:30:00 Europe/Berlin");
        QTest::addRow("last request") << int(C::LastRequest) << QVariant(qint64(1'743'301'800'000))
                                      << QStringLiteral("2025-03-30 04:30:00")
                                      << QStringLiteral("2025-03-30 04:30:00 Europe/Berlin");
        QTest::addRow("the id is no figure") << int(C::Id) << QVariant() << QString() << QString();
    }
    void cells()
    {
        QFETCH(int, column);
        QFETCH(QVariant, raw);
        QFETCH(QString, display);
        QFETCH(QString, toolTip);
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(FigureCell::raw(column, figures(), kAllCost), raw);
        QCOMPARE(FigureCell::display(column, figures(), kAllCost, berlin), display);
        QCOMPARE(FigureCell::toolTip(column, figures(), kAllCost, berlin), toolTip);
    }

    void emptyWhereThereIsNothingToShow()
    {
        FigureCell::Figures none;
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(FigureCell::display(UsageColumn::CostPerRequest, none, 0, utc), QString());
        QCOMPARE(FigureCell::toolTip(UsageColumn::CostPerRequest, none, 0, utc), QString());
        QCOMPARE(FigureCell::raw(UsageColumn::CostPerRequest, none, 0), QVariant(0.0));
        QCOMPARE(FigureCell::display(UsageColumn::FirstRequest, none, 0, utc), QString());
        QCOMPARE(FigureCell::toolTip(UsageColumn::LastRequest, none, 0, utc), QString());
        QCOMPARE(FigureCell::raw(UsageColumn::FirstRequest, none, 0), QVariant());
        // no cost at all: a share of nothing is 0
        QCOMPARE(FigureCell::raw(UsageColumn::CostShare, none, 0), QVariant(0.0));
        QCOMPARE(FigureCell::display(UsageColumn::CostShare, none, 0, utc), QStringLiteral("0.0%"));
        QCOMPARE(FigureCell::display(UsageColumn::Requests, none, 0, utc), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestFigureCell)
#include "tst_figurecell.moc"
