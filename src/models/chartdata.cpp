// SPDX-License-Identifier: MIT
#include "models/chartdata.h"

#include "core/bucketindex.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace ChartData {

namespace {

    constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
    constexpr int kMinEnd = 4; // characters an elided label keeps at either end at least
    constexpr qsizetype kMaxBuckets = 100000; // a guard against a hand-made series spanning centuries in hours

    QString utcOffset(const QDateTime& local)
    {
        const int offset = local.offsetFromUtc();
        const int minutes = std::abs(offset) / 60;
        return QStringLiteral("UTC%1%2:%3")
            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }

} // namespace

QList<GroupBar> topGroups(
    const QList<Usage::GroupUsage>& rows, const QList<int>& indices, int topN, const Usage::Totals& indexedTotals)
{
    const qsizetype shown = std::min<qsizetype>(std::max(topN, 1), indices.size());
    // Others with a single row is that row: show it by name
    const qsizetype named = indices.size() == shown + 1 ? indices.size() : shown;
    // cost descending, then the result's own order (cost, then id): the same bars whatever the table's sort. The
    // result's rows are in that order, so indices in the rows' order (the table's default order, filtered or not)
    // start with the top ones; any other order is sorted as far as the named bars
    QList<int> sorted;
    if (!std::is_sorted(indices.cbegin(), indices.cend())) {
        sorted = indices;
        std::partial_sort(sorted.begin(), sorted.begin() + named, sorted.end(), [&rows](int a, int b) {
            if (rows[a].totals.costNanos != rows[b].totals.costNanos)
                return rows[a].totals.costNanos > rows[b].totals.costNanos;
            return a < b;
        });
    }
    const QList<int>& order = sorted.isEmpty() ? indices : sorted;
    QList<GroupBar> bars;
    bars.reserve(named + 1);
    for (qsizetype i = 0; i < named; ++i) {
        const Usage::GroupUsage& row = rows[order[i]];
        bars.append(GroupBar { row.id, order[i], 1, row.totals });
    }
    if (named < order.size()) {
        // the rest without a second pass over a million rows
        GroupBar others;
        others.memberCount = int(order.size() - named);
        others.totals = indexedTotals;
        for (const GroupBar& bar : std::as_const(bars))
            others.totals.subtract(bar.totals);
        bars.append(others);
    }
    return bars;
}

QString elideMiddle(const QString& text, int head, int tail)
{
    if (head + tail + 1 >= text.size())
        return text;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

QStringList uniqueElidedLabels(const QStringList& texts, int maxChars)
{
    maxChars = std::max(maxChars, 5);
    const qsizetype n = texts.size();
    // the tail gets the larger part: it usually holds what tells ids apart (a number, a key's last characters)
    const int startHead = (maxChars - 1) * 2 / 5;
    QList<int> heads(n, startHead);
    QList<int> tails(n, maxChars - 1 - startHead);
    QStringList labels(n);
    for (qsizetype i = 0; i < n; ++i)
        labels[i] = elideMiddle(texts[i], heads[i], tails[i]);
    auto commonPrefix = [](const QString& a, const QString& b) {
        qsizetype k = 0;
        while (k < a.size() && k < b.size() && a[k] == b[k])
            ++k;
        return int(k);
    };
    auto commonSuffix = [](const QString& a, const QString& b) {
        qsizetype k = 0;
        while (k < a.size() && k < b.size() && a[a.size() - 1 - k] == b[b.size() - 1 - k])
            ++k;
        return int(k);
    };
    // colliding labels keep just enough more of their head or (preferably) of their tail to tell them apart; a few
    // rounds settle real ids, and the numbering below settles the rest
    for (int round = 0; round < 32; ++round) {
        QHash<QString, QList<qsizetype>> byLabel;
        for (qsizetype i = 0; i < n; ++i)
            byLabel[labels[i]].append(i);
        bool grew = false;
        for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
            const QList<qsizetype>& members = it.value();
            if (members.size() < 2)
                continue;
            for (qsizetype i : members) {
                if (labels[i] == texts[i])
                    continue; // already whole
                int prefix = 0;
                int suffix = 0;
                for (qsizetype j : members) {
                    if (j == i)
                        continue;
                    prefix = std::max(prefix, commonPrefix(texts[i], texts[j]));
                    suffix = std::max(suffix, commonSuffix(texts[i], texts[j]));
                }
                const int headGrowth = std::max(0, prefix + 1 - heads[i]);
                const int tailGrowth = std::max(0, suffix + 1 - tails[i]);
                // the other end gives back what it can, down to a few characters, to stay near maxChars
                if (tailGrowth > 0 && (tailGrowth <= headGrowth || headGrowth == 0)) {
                    tails[i] += tailGrowth;
                    heads[i] = std::max(kMinEnd, std::min(heads[i], maxChars - 1 - tails[i]));
                } else if (headGrowth > 0) {
                    heads[i] += headGrowth;
                    tails[i] = std::max(kMinEnd, std::min(tails[i], maxChars - 1 - heads[i]));
                } else {
                    tails[i] += 1;
                }
                labels[i] = elideMiddle(texts[i], heads[i], tails[i]);
                grew = true;
            }
        }
        if (!grew)
            break;
    }
    // equal texts, or a whole text equal to another's elided form: number the later ones
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < n; ++i)
        seen[labels[i]] += 1;
    QHash<QString, int> used;
    for (qsizetype i = 0; i < n; ++i) {
        if (seen.value(labels[i]) < 2)
            continue;
        const int k = ++used[labels[i]];
        if (k > 1) {
            QString candidate;
            int suffix = k;
            do {
                candidate = labels[i] + QStringLiteral(" #") + QString::number(suffix++);
            } while (seen.contains(candidate));
            seen.insert(candidate, 1);
            labels[i] = candidate;
        }
    }
    return labels;
}

Usage::Granularity autoGranularity(qint64 spanMs, Usage::Granularity finest)
{
    Usage::Granularity g = Usage::Granularity::Week;
    if (spanMs <= 3 * kDayMs)
        g = Usage::Granularity::Hour;
    else if (spanMs <= 120 * kDayMs)
        g = Usage::Granularity::Day;
    return fineness(g) < fineness(finest) ? finest : g;
}

QList<TimeBucket> timeBuckets(
    const QList<QList<Usage::BucketTotals>>& series, const QTimeZone& zone, Usage::Granularity g)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    Usage::BucketIndex index(z, g);
    std::map<qint64, Usage::Totals> sums;
    for (const QList<Usage::BucketTotals>& one : series) {
        for (const Usage::BucketTotals& bucket : one)
            sums[index.bucketStart(bucket.startMs)].add(bucket.totals);
    }
    QList<TimeBucket> out;
    if (sums.empty())
        return out;
    const qint64 last = sums.rbegin()->first;
    auto [start, end] = Usage::BucketIndex::bucketOf(z, g, sums.begin()->first);
    while (start <= last && out.size() < kMaxBuckets) {
        TimeBucket bucket;
        bucket.startMs = start;
        bucket.endMs = end;
        if (auto it = sums.find(start); it != sums.end())
            bucket.totals = it->second;
        out.append(bucket);
        std::tie(start, end) = Usage::BucketIndex::bucketOf(z, g, end);
    }

    // labels in the zone's wall time; the year only when the buckets span more than one
    const int firstYear = QDateTime::fromMSecsSinceEpoch(out.constFirst().startMs, z).date().year();
    const int lastYear = QDateTime::fromMSecsSinceEpoch(out.constLast().startMs, z).date().year();
    const bool withYear = firstYear != lastYear;
    QString format;
    if (g == Usage::Granularity::Hour)
        format = withYear ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("MM-dd HH:mm");
    else
        format = withYear ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    QHash<QString, int> counts;
    for (TimeBucket& bucket : out) {
        bucket.label = QDateTime::fromMSecsSinceEpoch(bucket.startMs, z).toString(format);
        counts[bucket.label] += 1;
    }
    for (TimeBucket& bucket : out) {
        if (counts.value(bucket.label) > 1) // the hour a DST change repeats
            bucket.label += QLatin1Char(' ') + utcOffset(QDateTime::fromMSecsSinceEpoch(bucket.startMs, z));
    }
    return out;
}

QString compactCount(double value)
{
    const CountScale scale = countScale(std::abs(value));
    const double scaled = value / scale.divisor;
    const int decimals = scale.divisor == 1 || std::abs(scaled) >= 100 ? 0 : 1;
    QString text = QLocale().toString(scaled, 'f', decimals);
    return text + scale.suffix;
}

CountScale countScale(double max)
{
    if (max >= 1e9)
        return { 1e9, QStringLiteral("G") };
    if (max >= 1e6)
        return { 1e6, QStringLiteral("M") };
    if (max >= 1e3)
        return { 1e3, QStringLiteral("k") };
    return { 1, QString() };
}

} // namespace ChartData
