// SPDX-License-Identifier: MIT
#pragma once

#include "net/batchjob.h"
#include "net/heliconeapi.h"

#include <QStringList>

namespace Usage::Net {

/**
 * Cost over time: one POST /v1/user/query per bucket of the range and per batch of at most 100 users. Each row's
 * totals are the sum of its buckets; the result's series sums every row.
 */
class SeriesJob : public BatchJob
{
    Q_OBJECT
public:
    SeriesJob(RestClient* rest, const UsageQuery& query, QObject* parent = nullptr);

    void setTimeUnit(TimeUnit unit) { m_unit = unit; }
    /** The number of requests a series of query sends; -1 and an error when it cannot run. */
    static int requestCount(const UsageQuery& query, QString* error);

protected:
    const char* path() const override { return kUserQueryPath; }
    QByteArray body(int index) const override;
    bool take(int index, const QByteArray& body, QString* error) override;
    QString missingText(int index, int count, const QString& error) const override;
    QString progressLabel(int current, int count) const override;
    void complete(UsageResult& result) override;

private:
    struct Part
    {
        QStringList ids;
        SeriesBucket bucket;
    };
    QList<Part> m_parts;
    TimeUnit m_unit = TimeUnit::Milliseconds;
};

} // namespace Usage::Net
