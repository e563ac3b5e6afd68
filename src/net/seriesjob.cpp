// SPDX-License-Identifier: MIT
#include "net/seriesjob.h"

#include "net/userqueryjob.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace Usage::Net {

SeriesJob::SeriesJob(RestClient* rest, const UsageQuery& query, QObject* parent)
    : BatchJob(rest, query, parent)
{
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    QString error;
    const QList<SeriesBucket> buckets = seriesBuckets(query, &error).value_or(QList<SeriesBucket> {});
    for (const SeriesBucket& bucket : buckets) {
        for (qsizetype i = 0; i < ids.size(); i += kMaxUsersPerRequest) {
            m_parts.append(Part { ids.mid(i, kMaxUsersPerRequest), bucket });
            addRequest();
        }
    }
}

int SeriesJob::requestCount(const UsageQuery& query, QString* error)
{
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        *error = tr("a time series needs a list of users");
        return -1;
    }
    const auto buckets = seriesBuckets(query, error);
    if (!buckets)
        return -1;
    const int batches = int((ids.size() + kMaxUsersPerRequest - 1) / kMaxUsersPerRequest);
    return int(buckets->size()) * batches;
}

QByteArray SeriesJob::body(int index) const
{
    const Part& part = m_parts[index];
    return userQueryBody(part.ids, part.bucket.fromMs, part.bucket.toMs, m_unit, nowMs());
}

bool SeriesJob::take(int index, const QByteArray& body, QString* error)
{
    const auto answer = readAnswer(Endpoint::UserQuery, body, error);
    if (!answer)
        return false;
    const qint64 start = m_parts[index].bucket.startMs;
    for (const GroupUsage& usage : answer->rows) {
        qsizetype at = rowIndex(usage.id);
        if (at < 0) {
            GroupUsage fresh;
            fresh.id = usage.id;
            at = appendRow(fresh);
        }
        row(at).totals.add(usage.totals);
        row(at).series.append(BucketTotals { start, usage.totals });
    }
    return true;
}

QString SeriesJob::missingText(int index, int count, const QString& error) const
{
    const Part& part = m_parts[index];
    const QString bucket =
        tr(" (bucket from %1)")
            .arg(QDateTime::fromMSecsSinceEpoch(part.bucket.startMs, query().zone).toString(Qt::ISODate));
    return tr("request %1 of %2%3 failed: %4; %n user(s) missing in that bucket: %5", nullptr, int(part.ids.size()))
        .arg(index + 1)
        .arg(count)
        .arg(bucket, error, listIds(part.ids));
}

QString SeriesJob::progressLabel(int current, int count) const
{
    return tr("request %1 of %2").arg(current).arg(count);
}

void SeriesJob::complete(UsageResult& result)
{
    result.provenance.boundRule = QStringLiteral("inclusive-seconds");
    QMap<qint64, Totals> all;
    for (GroupUsage& row : result.rows) {
        std::sort(row.series.begin(), row.series.end(),
            [](const BucketTotals& a, const BucketTotals& b) { return a.startMs < b.startMs; });
        for (const BucketTotals& bucket : std::as_const(row.series))
            all[bucket.startMs].add(bucket.totals);
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        result.series.append(BucketTotals { it.key(), it.value() });
    result.warnings.append(tr("each bucket is asked as whole seconds, from its start to the next start minus 1 s: "
                              "requests in the last fraction of a second of a bucket are in no bucket"));
}

} // namespace Usage::Net
