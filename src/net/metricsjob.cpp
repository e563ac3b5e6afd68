// SPDX-License-Identifier: MIT
#include "net/metricsjob.h"

#include "net/netlog.h"

namespace Usage::Net {

MetricsJob::MetricsJob(RestClient* rest, const UsageQuery& query, QObject* parent)
    : BatchJob(rest, query, parent)
{
    addRequest();
}

QByteArray MetricsJob::body(int index) const
{
    return userMetricsBody(qint64(index) * kMetricsPageSize, kMetricsPageSize, query().startMs, query().endMs, nowMs());
}

bool MetricsJob::take(int index, const QByteArray& body, QString* error)
{
    const auto answer = readAnswer(Endpoint::UserMetrics, body, error);
    if (!answer)
        return false;
    int added = 0;
    for (const GroupUsage& usage : answer->rows) {
        if (rowIndex(usage.id) >= 0)
            continue; // pages that overlap (users added meanwhile) count a user once
        appendRow(usage);
        ++added;
    }
    // a full page asks for the next one; a short page (or one with nobody new) is the last
    if (answer->rows.size() < kMetricsPageSize || added == 0)
        return true;
    const qint64 nextOffset = qint64(index + 1) * kMetricsPageSize;
    if (answer->serverCount && nextOffset >= *answer->serverCount + kMetricsPageSize) {
        qCInfo(lcNet) << "pages go on past the server's count of" << *answer->serverCount << "users";
        failRun(tr("the server keeps sending pages of users past its own count of %1; stopped at %2 users")
                    .arg(*answer->serverCount)
                    .arg(rowCount()));
        return true;
    }
    addRequest();
    return true;
}

void MetricsJob::reportProgress(const QString& extra)
{
    QString text = tr("page %1, %n user(s) so far", nullptr, int(rowCount()))
                       .arg(std::min<qsizetype>(doneCount() + 1, requestCount()));
    if (!extra.isEmpty())
        text += QStringLiteral(": ") + extra;
    Q_EMIT progressChanged(-1, text);
}

void MetricsJob::complete(UsageResult& result)
{
    result.provenance.boundRule = QStringLiteral("exclusive"); // the metrics endpoint excludes both bounds
    result.hasRequestTimes = true; // first_active / last_active
}

} // namespace Usage::Net
