// SPDX-License-Identifier: MIT
#include "core/logaggregation.h"
#include "models/chartdata.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 kHourMs = 3600 * 1000LL;

Usage::GroupUsage group(
    const QString& id, qint64 costNanos, qint64 prompt, qint64 completion, qint64 cacheRead = 0, qint64 cacheWrite = 0)
{
    Usage::GroupUsage g;
    g.id = id;
    g.totals.requests = 1 + costNanos % 7;
    g.totals.costNanos = costNanos;
    g.totals.promptTokens = prompt;
    g.totals.completionTokens = completion;
    g.totals.cacheReadTokens = cacheRead;
    g.totals.cacheWriteTokens = cacheWrite;
    return g;
}

/** 40 rows, costs 1..40 dollars with three ties, ids "user-NN". */
Usage::UsageResult fortyRows()
{
    Usage::UsageResult r;
    for (int i = 1; i <= 40; ++i) {
        const qint64 cost = qint64(i % 37 == 0 ? 5 : i) * 1000000000LL + i;
        r.rows.append(
            group(QStringLiteral("user-%1").arg(i, 2, 10, QLatin1Char('0')), cost, 1000 * i, 100 * i, 10 * i, i));
    }
    r.rows.append(group(QString(), 0, 3, 4)); // requests without a user id
    r.sortRows();
    r.hasCacheTokens = true;
    return r;
}

qint64 raw(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(ChartGroupModel::RawValueRole).toLongLong();
}

/** A small Helicone JSONL dump: one request every 37 minutes from start for count requests, three users. */
QByteArray dump(qint64 startMs, int count, qint64* costNanos)
{
    QByteArray out;
    *costNanos = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 ms = startMs + qint64(i) * 37 * 60 * 1000;
        const qint64 nanos = 1000000LL * (1 + i % 13); // $0.001 .. $0.013
        *costNanos += nanos;
        const QString line = QStringLiteral("{\"request_id\":\"req-%1\",\"request_created_at\":\"%2\","
                                            "\"request_user_id\":\"user-%3\",\"provider\":\"OPENAI\","
                                            "\"model\":\"gpt-4o\",\"prompt_tokens\":%4,\"completion_tokens\":%5,"
                                            "\"cost\":%6}\n")
                                 .arg(i)
                                 .arg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                                 .arg(i % 3)
                                 .arg(100 + i)
                                 .arg(10 + i % 5)
                                 .arg(QString::number(double(nanos) / 1e9, 'f', 9));
        out += line.toUtf8();
    }
    return out;
}

Usage::UsageResult aggregate(const QByteArray& content, const QTimeZone& zone, Usage::Granularity g, QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("dump.jsonl"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return {};
    Usage::UsageQuery query;
    query.zone = zone;
    query.granularity = g;
    return Usage::aggregateFiles({ path }, query, Usage::AggregateOptions {}).result;
}

} // namespace

class TestChartModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topNPlusOthersEqualsTheTotal()
    {
        UsageTableModel table;
        ChartGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&table);
        QCOMPARE(model.rowCount(), 0);
        table.setResult(fortyRows());

        QCOMPARE(model.topN(), 15);
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.total(), table.visibleTotals());
        qint64 sum = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            sum += raw(model, row, ChartGroupModel::Cost);
        QCOMPARE(sum, table.visibleTotals().costNanos);
        // largest first; the last bar is Others with the 26 remaining rows
        QCOMPARE(
            model.index(0, ChartGroupModel::Label).data(ChartGroupModel::IdRole).toString(), QStringLiteral("user-40"));
        for (int row = 1; row < 15; ++row)
            QVERIFY(raw(model, row - 1, ChartGroupModel::Cost) >= raw(model, row, ChartGroupModel::Cost));
        QVERIFY(model.index(15, 0).data(ChartGroupModel::IsOthersRole).toBool());
        QCOMPARE(model.index(15, 0).data(ChartGroupModel::ResultRowRole).toInt(), -1);
        QCOMPARE(model.bars().constLast().memberCount, 26);
        // Others holds exactly the rows not named, summed here one by one
        QSet<int> named;
        for (int row = 0; row < 15; ++row)
            named.insert(model.bars()[row].resultRow);
        Usage::Totals rest;
        for (int i = 0; i < table.result().rows.size(); ++i) {
            if (!named.contains(i))
                rest.add(table.result().rows.at(i).totals);
        }
        QCOMPARE(model.bars().constLast().totals, rest);
        QCOMPARE(model.index(15, 0).data().toString(), ChartGroupModel::othersLabel(26));

        // the same bars whatever the order of the rows shown: in the result's order the first ones are taken,
        // in any other order they are sorted; Others holds exactly the rest, summed here one by one
        const QList<Usage::GroupUsage>& rows = table.result().rows;
        QList<int> inOrder;
        for (int i = 0; i < rows.size(); ++i)
            inOrder.append(i);
        QList<int> reversed(inOrder.crbegin(), inOrder.crend());
        QList<int> shuffled = inOrder;
        std::rotate(shuffled.begin(), shuffled.begin() + 17, shuffled.end());
        std::swap(shuffled[3], shuffled[30]);
        for (const int topN : { 1, 3, 15 }) {
            const QList<ChartData::GroupBar> expected = ChartData::topGroups(rows, inOrder, topN, table.allTotals());
            QCOMPARE(expected.size(), topN + 1);
            for (const QList<int>& order : { reversed, shuffled }) {
                const QList<ChartData::GroupBar> bars = ChartData::topGroups(rows, order, topN, table.allTotals());
                QCOMPARE(bars.size(), expected.size());
                for (qsizetype i = 0; i < bars.size(); ++i)
                    QCOMPARE(bars[i].resultRow, expected[i].resultRow);
            }
            QSet<int> shown;
            for (int i = 0; i < topN; ++i) {
                shown.insert(expected[i].resultRow);
                QCOMPARE(expected[i].resultRow, i); // the rows come in cost order
            }
            Usage::Totals others;
            for (int i = 0; i < rows.size(); ++i) {
                if (!shown.contains(i))
                    others.add(rows.at(i).totals);
            }
            QCOMPARE(expected.constLast().totals, others);
            QCOMPARE(expected.constLast().memberCount, int(rows.size()) - topN);
        }

        // the filter changes the rows shown: the bars follow and still add up to the totals line
        QVERIFY(table.setFilter(RowFilter(QStringLiteral("user-1"), false, 0)));
        QCOMPARE(table.rowCount(), 10); // user-10 .. user-19
        QCOMPARE(model.rowCount(), 10); // fewer than 15: no Others
        QCOMPARE(model.total(), table.visibleTotals());
        QVERIFY(table.setFilter(RowFilter(QString(), false, 0)));

        model.setTopN(3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.total(), table.visibleTotals());
        model.setTopN(40); // 41 rows: Others would hold a single row, which is shown by name instead
        QCOMPARE(model.rowCount(), 41);
        QVERIFY(!model.index(40, 0).data(ChartGroupModel::IsOthersRole).toBool());
        QCOMPARE(model.index(40, 0).data().toString(), ChartGroupModel::noneLabel());
        QCOMPARE(model.total(), table.visibleTotals());

        table.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void stacksEqualTheTokenTotals()
    {
        UsageTableModel table;
        ChartGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&table);
        table.setResult(fortyRows());
        QVERIFY(model.hasCacheTokens());
        for (int topN : { 1, 5, 15, 100 }) {
            model.setTopN(topN);
            qint64 prompt = 0, completion = 0, cacheRead = 0, cacheWrite = 0, requests = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                prompt += raw(model, row, ChartGroupModel::PromptTokens);
                completion += raw(model, row, ChartGroupModel::CompletionTokens);
                cacheRead += raw(model, row, ChartGroupModel::CacheReadTokens);
                cacheWrite += raw(model, row, ChartGroupModel::CacheWriteTokens);
                requests += raw(model, row, ChartGroupModel::Requests);
            }
            const Usage::Totals& t = table.visibleTotals();
            QCOMPARE(prompt, t.promptTokens);
            QCOMPARE(completion, t.completionTokens);
            QCOMPARE(prompt + completion, t.totalTokens());
            QCOMPARE(cacheRead, t.cacheReadTokens);
            QCOMPARE(cacheWrite, t.cacheWriteTokens);
            QCOMPARE(requests, t.requests);
        }
        // 1+..+40 thousand prompt tokens plus the row without a user
        QCOMPARE(table.visibleTotals().promptTokens, 820003);
    }

    void timeBucketsAcrossDstAddUpForADump()
    {
        // Europe/Berlin moves to summer time on 2025-03-30 (02:00 -> 03:00): that day has 23 hours
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 start = QDateTime(QDate(2025, 3, 28), QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();
        qint64 expectedNanos = 0;
        const int requests = 200; // 200 x 37 min: until 2025-04-02 ~18:43 UTC
        const Usage::UsageResult result =
            aggregate(dump(start, requests, &expectedNanos), berlin, Usage::Granularity::Hour, dir);
        QVERIFY2(
            result.errors.isEmpty(), qPrintable(result.errors.isEmpty() ? QString() : result.errors[0].toString()));
        QCOMPARE(result.totals().requests, requests);
        QCOMPARE(result.totals().costNanos, expectedNanos);
        QVERIFY(result.hasRequestTimes);

        UsageTableModel table;
        table.setResult(result);
        ChartTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&table);

        // about 5 days of data: days by default
        QCOMPARE(model.granularity(), Usage::Granularity::Day);
        QCOMPARE(model.rowCount(), 7); // 03-28 .. 04-03 Berlin (04-02 18:43 UTC is 20:43 local... still 04-02)
        QCOMPARE(model.total().costNanos, expectedNanos);
        QCOMPARE(model.total().requests, requests);
        QStringList labels;
        for (const ChartData::TimeBucket& b : model.buckets())
            labels.append(b.label);
        QCOMPARE(labels.constFirst(), QStringLiteral("03-28"));
        const int dstDay = int(labels.indexOf(QStringLiteral("03-30")));
        QVERIFY(dstDay > 0);
        const ChartData::TimeBucket& day = model.buckets()[dstDay];
        QCOMPARE(day.endMs - day.startMs, 23 * kHourMs);
        QCOMPARE(day.startMs, QDateTime(QDate(2025, 3, 29), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(
            model.index(dstDay, ChartTimeModel::Start).data(ChartTimeModel::RawValueRole).toLongLong(), day.startMs);

        // hours: dense (the missing 02:00 hour does not exist), every label unique, the same total
        model.setGranularity(Usage::Granularity::Hour);
        QCOMPARE(model.granularity(), Usage::Granularity::Hour);
        QCOMPARE(model.total().costNanos, expectedNanos);
        QSet<QString> unique;
        for (int row = 0; row < model.rowCount(); ++row) {
            unique.insert(model.index(row, ChartTimeModel::Start).data().toString());
            const auto& b = model.buckets()[row];
            QCOMPARE(b.endMs - b.startMs, kHourMs);
            if (row > 0)
                QCOMPARE(b.startMs, model.buckets()[row - 1].endMs);
        }
        QCOMPARE(unique.size(), model.rowCount());
        QVERIFY(!unique.contains(QStringLiteral("03-30 02:00")));
        QVERIFY(unique.contains(QStringLiteral("03-30 01:00")));
        QVERIFY(unique.contains(QStringLiteral("03-30 03:00")));

        // weeks (ISO, Monday 00:00 Berlin): 03-24 and 03-31
        model.setGranularity(Usage::Granularity::Week);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.buckets()[0].label, QStringLiteral("03-24"));
        QCOMPARE(model.buckets()[1].label, QStringLiteral("03-31"));
        QCOMPARE(model.buckets()[0].endMs - model.buckets()[0].startMs, 7 * 24 * kHourMs - kHourMs);
        QCOMPARE(model.total().costNanos, expectedNanos);

        // a closed query range decides the automatic step: 2 days of range are hours, whatever the data's span
        Usage::UsageResult ranged = result;
        ranged.query.startMs = start;
        ranged.query.endMs = start + 2 * 24 * kHourMs;
        table.setResult(ranged);
        model.setGranularity(std::nullopt);
        QCOMPARE(model.granularity(), Usage::Granularity::Hour);
        table.setResult(result);
        QCOMPARE(model.granularity(), Usage::Granularity::Day);

        // selected rows only: their own series
        model.setSelectedRows({ 0 });
        model.setScope(ChartTimeModel::Scope::SelectedRows);
        QCOMPARE(model.total().costNanos, result.rows[0].totals.costNanos);
        model.setSelectedRows({ 0, 2 });
        QCOMPARE(model.total().costNanos, result.rows[0].totals.costNanos + result.rows[2].totals.costNanos);
        // the filter does not change a selection's chart; it does change the shown rows' chart
        model.setScope(ChartTimeModel::Scope::ShownRows);
        QVERIFY(table.setFilter(RowFilter(result.rows[1].id, false, 0)));
        QCOMPARE(model.total().costNanos, result.rows[1].totals.costNanos);
    }

    void resultSeriesWithoutRowSeries()
    {
        // the API's bucketed queries give one series for the whole result and none per row
        const qint64 day0 = QDateTime(QDate(2025, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        Usage::UsageResult r;
        r.rows = { group(QStringLiteral("a"), 300, 1, 1), group(QStringLiteral("b"), 200, 1, 1) };
        r.sortRows();
        Usage::BucketTotals first { day0, {} };
        first.totals.costNanos = 400;
        Usage::BucketTotals third { day0 + 2 * 24 * kHourMs, {} };
        third.totals.costNanos = 100;
        r.series = { first, third };
        r.hasRequestTimes = true;
        UsageTableModel table;
        table.setResult(r);
        ChartTimeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSourceModel(&table);
        QCOMPARE(model.rowCount(), 3); // dense: the empty day between is there, at zero
        QCOMPARE(model.index(1, ChartTimeModel::Cost).data(ChartTimeModel::RawValueRole).toLongLong(), 0);
        QCOMPARE(model.total().costNanos, 500);
        QCOMPARE(model.index(2, ChartTimeModel::Start).data().toString(), QStringLiteral("10-03"));
        // a filter leaves only rows without series of their own: nothing to chart, rather than the wrong sum
        QVERIFY(table.setFilter(RowFilter(QStringLiteral("a"), false, 0)));
        QCOMPARE(model.rowCount(), 0);
    }

    void repeatedHourIsLabelledWithItsOffset()
    {
        // 2025-10-26 03:00 CEST -> 02:00 CET: the hour 02:00 happens twice
        const QTimeZone berlin("Europe/Berlin");
        const qint64 first = QDateTime(QDate(2025, 10, 26), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch(); // 02:30 CEST
        Usage::BucketTotals a { first - first % kHourMs, {} };
        a.totals.costNanos = 5;
        Usage::BucketTotals b { a.startMs + kHourMs, {} }; // 02:00 CET
        b.totals.costNanos = 7;
        const QList<ChartData::TimeBucket> buckets =
            ChartData::timeBuckets({ { a, b } }, berlin, Usage::Granularity::Hour);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].label, QStringLiteral("10-26 02:00 UTC+02:00"));
        QCOMPARE(buckets[1].label, QStringLiteral("10-26 02:00 UTC+01:00"));
        // the day has 25 hours
        const QList<ChartData::TimeBucket> days = ChartData::timeBuckets({ { a, b } }, berlin, Usage::Granularity::Day);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].endMs - days[0].startMs, 25 * kHourMs);
        QCOMPARE(days[0].totals.costNanos, 12);
    }

    void manySeriesSumIntoTheirBuckets()
    {
        // 300 sparse hourly series over a month with a DST change, summed into hours, days and weeks: each chart
        // bucket holds exactly the series buckets whose start lies in it (summed here one by one)
        const QTimeZone berlin("Europe/Berlin");
        const qint64 begin = QDateTime(QDate(2025, 10, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QList<QList<Usage::BucketTotals>> series;
        std::uint32_t state = 12345;
        auto next = [&state](std::uint32_t n) {
            state = state * 1664525u + 1013904223u;
            return (state >> 8) % n;
        };
        for (int s = 0; s < 300; ++s) {
            QList<Usage::BucketTotals> one;
            qint64 at = begin + qint64(next(48)) * kHourMs;
            while (at < begin + 30 * 24 * kHourMs) {
                Usage::BucketTotals b { at, {} };
                b.totals.requests = 1;
                b.totals.costNanos = qint64(next(1000));
                one.append(b);
                at += qint64(1 + next(40)) * kHourMs;
            }
            series.append(one);
        }
        for (const Usage::Granularity g :
            { Usage::Granularity::Hour, Usage::Granularity::Day, Usage::Granularity::Week }) {
            const QList<ChartData::TimeBucket> buckets = ChartData::timeBuckets(series, berlin, g);
            QVERIFY(!buckets.isEmpty());
            Usage::Totals all;
            for (qsizetype i = 0; i < buckets.size(); ++i) {
                if (i > 0)
                    QCOMPARE(buckets[i].startMs, buckets[i - 1].endMs);
                Usage::Totals expected;
                for (const QList<Usage::BucketTotals>& one : std::as_const(series)) {
                    for (const Usage::BucketTotals& b : one) {
                        if (b.startMs >= buckets[i].startMs && b.startMs < buckets[i].endMs)
                            expected.add(b.totals);
                    }
                }
                QCOMPARE(buckets[i].totals, expected);
                all.add(buckets[i].totals);
            }
            Usage::Totals sum;
            for (const QList<Usage::BucketTotals>& one : std::as_const(series)) {
                for (const Usage::BucketTotals& b : one)
                    sum.add(b.totals);
            }
            QCOMPARE(all, sum);
        }
    }

    void autoGranularity()
    {
        using G = Usage::Granularity;
        QCOMPARE(ChartData::autoGranularity(0, G::Hour), G::Hour);
        QCOMPARE(ChartData::autoGranularity(3 * 24 * kHourMs, G::Hour), G::Hour);
        QCOMPARE(ChartData::autoGranularity(3 * 24 * kHourMs + 1, G::Hour), G::Day);
        QCOMPARE(ChartData::autoGranularity(2 * kHourMs, G::Day), G::Day); // never finer than the data
        QCOMPARE(ChartData::autoGranularity(200 * 24 * kHourMs, G::Hour), G::Week);
    }

    void elidedLabelsStayUnique_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("maxChars");
        QStringList sameHead;
        for (int i = 0; i < 30; ++i)
            sameHead.append(QStringLiteral("customer-organisation-with-a-long-name-%1@example.com").arg(i));
        QTest::addRow("shared head and tail, numbered middle") << sameHead << 20;
        QStringList sameTail;
        for (int i = 0; i < 12; ++i)
            sameTail.append(QStringLiteral("%1-a-very-long-shared-suffix-that-never-changes").arg(i * 7919));
        QTest::addRow("shared tail") << sameTail << 16;
        QTest::addRow("short and long mixed")
            << QStringList { QStringLiteral("bob"), QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789"),
                   QStringLiteral("abcdefghi-----123456789"), QStringLiteral("abcdefghi\u2026123456789") }
            << 19;
        QTest::addRow("equal texts") << QStringList { QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x #2") }
                                     << 10;
    }

    void elidedLabelsStayUnique()
    {
        QFETCH(QStringList, ids);
        QFETCH(int, maxChars);
        const QStringList labels = ChartData::uniqueElidedLabels(ids, maxChars);
        QCOMPARE(labels.size(), ids.size());
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (labels[i] != ids[i] && !labels[i].contains(QLatin1String(" #"))) {
                QVERIFY(labels[i].contains(QChar(0x2026)));
                // the tail is kept
                const QString tail = labels[i].section(QChar(0x2026), -1);
                QVERIFY2(ids[i].endsWith(tail), qPrintable(labels[i]));
            }
        }
    }

    void elidedLabelsKeepTheTail()
    {
        const QStringList labels =
            ChartData::uniqueElidedLabels({ QStringLiteral("sk-proj-0123456789abcdef-user-0001"),
                                              QStringLiteral("sk-proj-0123456789abcdef-user-0002") },
                16);
        QCOMPARE(labels[0], QStringLiteral("sk-pro\u2026user-0001"));
        QCOMPARE(labels[1], QStringLiteral("sk-pro\u2026user-0002"));
        QCOMPARE(ChartData::elideMiddle(QStringLiteral("short"), 2, 2), QStringLiteral("short"));
    }

    void groupLabelsAreUniqueAndCarryTheFullId()
    {
        Usage::UsageResult r;
        for (int i = 0; i < 20; ++i)
            r.rows.append(group(
                QStringLiteral("organisation-%1-with-a-very-long-shared-suffix@example.com").arg(i), 1000 + i, 1, 1));
        r.sortRows();
        UsageTableModel table;
        table.setResult(r);
        ChartGroupModel model;
        model.setSourceModel(&table);
        model.setMaxLabelChars(18);
        QSet<QString> labels;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ChartGroupModel::Label);
            labels.insert(index.data().toString());
            QVERIFY(index.data().toString().size() <= 18 + 8); // the head grew to the number
            if (!index.data(ChartGroupModel::IsOthersRole).toBool())
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data(ChartGroupModel::IdRole).toString());
        }
        QCOMPARE(labels.size(), model.rowCount());
    }

    void compactCounts()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ChartData::compactCount(950), QStringLiteral("950"));
        QCOMPARE(ChartData::compactCount(12500), QStringLiteral("12.5k"));
        QCOMPARE(ChartData::compactCount(3200000), QStringLiteral("3.2M"));
        QCOMPARE(ChartData::compactCount(250000000), QStringLiteral("250M"));
        QCOMPARE(ChartData::compactCount(1.1e9), QStringLiteral("1.1G"));
        QCOMPARE(ChartData::countScale(999).divisor, 1.0);
        QCOMPARE(ChartData::countScale(1000).suffix, QStringLiteral("k"));
    }
};

QTEST_GUILESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
