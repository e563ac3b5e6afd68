// SPDX-License-Identifier: MIT
#include "core/logaggregation.h"
#include "models/chartdata.h"
#include "models/chartgroupmodel.h"
#include "models/charttimemodel.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"

#include <QDateTime>
#include <QSaveFile>
#include <QSet>
#include <QSignalSpy>
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

int count(const ChartGroupModel& model)
{
    return int(model.bars().size());
}

int count(const ChartTimeModel& model)
{
    return int(model.buckets().size());
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
        QSignalSpy changed(&model, &ChartSourceModel::changed);
        model.setSourceModel(&table);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(count(model), 0);
        table.setResult(fortyRows());
        QCOMPARE(changed.size(), 2);

        QCOMPARE(model.topN(), 15);
        QCOMPARE(count(model), 16);
        QCOMPARE(model.total(), table.visibleTotals());
        qint64 sum = 0;
        for (int row = 0; row < count(model); ++row)
            sum += model.bars()[row].totals.costNanos;
        QCOMPARE(sum, table.visibleTotals().costNanos);
        // largest first; the last bar is Others with the 26 remaining rows
        QCOMPARE(model.bars()[0].id, QStringLiteral("user-40"));
        for (int row = 1; row < 15; ++row)
            QVERIFY(model.bars()[row - 1].totals.costNanos >= model.bars()[row].totals.costNanos);
        QVERIFY(model.bars()[15].isOthers());
        QCOMPARE(model.bars()[15].resultRow, -1);
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
        QCOMPARE(model.labels()[15], ChartGroupModel::othersLabel(26));

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
        QCOMPARE(count(model), 10); // fewer than 15: no Others
        QCOMPARE(model.total(), table.visibleTotals());
        QVERIFY(table.setFilter(RowFilter(QString(), false, 0)));

        model.setTopN(3);
        QCOMPARE(count(model), 4);
        QCOMPARE(model.total(), table.visibleTotals());
        model.setTopN(40); // 41 rows: Others would hold a single row, which is shown by name instead
        QCOMPARE(count(model), 41);
        QVERIFY(!model.bars()[40].isOthers());
        QCOMPARE(model.labels()[40], ChartGroupModel::noneLabel());
        QCOMPARE(model.total(), table.visibleTotals());

        table.clear();
        QCOMPARE(count(model), 0);
    }

    void stacksEqualTheTokenTotals()
    {
        UsageTableModel table;
        ChartGroupModel model;
        model.setSourceModel(&table);
        table.setResult(fortyRows());
        QVERIFY(model.hasCacheTokens());
        for (int topN : { 1, 5, 15, 100 }) {
            model.setTopN(topN);
            qint64 prompt = 0, completion = 0, cacheRead = 0, cacheWrite = 0, requests = 0;
            for (int row = 0; row < count(model); ++row) {
                prompt += model.bars()[row].totals.promptTokens;
                completion += model.bars()[row].totals.completionTokens;
                cacheRead += model.bars()[row].totals.cacheReadTokens;
                cacheWrite += model.bars()[row].totals.cacheWriteTokens;
                requests += model.bars()[row].totals.requests;
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
        model.setSourceModel(&table);

        // about 5 days of data: days by default
        QCOMPARE(model.granularity(), Usage::Granularity::Day);
        QCOMPARE(count(model), 7); // 03-28 .. 04-03 Berlin (04-02 18:43 UTC is 20:43 local... still 04-02)
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

        // hours: dense (the missing 02:00 hour does not exist), every label unique, the same total
        model.setGranularity(Usage::Granularity::Hour);
        QCOMPARE(model.granularity(), Usage::Granularity::Hour);
        QCOMPARE(model.total().costNanos, expectedNanos);
        QSet<QString> unique;
        for (int row = 0; row < count(model); ++row) {
            unique.insert(model.buckets()[row].label);
            const auto& b = model.buckets()[row];
            QCOMPARE(b.endMs - b.startMs, kHourMs);
            if (row > 0)
                QCOMPARE(b.startMs, model.buckets()[row - 1].endMs);
        }
        QCOMPARE(unique.size(), count(model));
        QVERIFY(!unique.contains(QStringLiteral("03-30 02:00")));
        QVERIFY(unique.contains(QStringLiteral("03-30 01:00")));
        QVERIFY(unique.contains(QStringLiteral("03-30 03:00")));

        // weeks (ISO, Monday 00:00 Berlin): 03-24 and 03-31
        model.setGranularity(Usage::Granularity::Week);
        QCOMPARE(count(model), 2);
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
        model.setSourceModel(&table);
        QCOMPARE(count(model), 3); // dense: the empty day between is there, at zero
        QCOMPARE(model.buckets()[1].totals.costNanos, 0);
        QCOMPARE(model.total().costNanos, 500);
        QCOMPARE(model.buckets()[2].label, QStringLiteral("10-03"));
        // a filter leaves only rows without series of their own: nothing to chart, rather than the wrong sum
        QVERIFY(table.setFilter(RowFilter(QStringLiteral("a"), false, 0)));
        QCOMPARE(count(model), 0);
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
        for (int row = 0; row < count(model); ++row) {
            const QString& label = model.labels()[row];
            labels.insert(label);
            QVERIFY(label.size() <= 18 + 8); // the head grew to the number
            const ChartData::GroupBar& bar = model.bars()[row];
            if (!bar.isOthers()) { // the label keeps the id's tail; the full id is the bar's name
                QVERIFY2(bar.id.endsWith(label.section(QChar(0x2026), -1)), qPrintable(label));
                QCOMPARE(ChartGroupModel::name(bar), bar.id);
            }
        }
        QCOMPARE(labels.size(), count(model));
    }
};

QTEST_GUILESS_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
