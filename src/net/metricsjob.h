// SPDX-License-Identifier: MIT
#pragma once

#include "net/batchjob.h"
#include "net/heliconeapi.h"

namespace Usage::Net {

/**
 * Every user: POST /v1/user/metrics/query page by page, 1,000 users a page sorted by id, until a short page or one
 * with nobody new. A missing page would leave an unknown set of users out, so any failure fails the run; so do
 * pages that go on past the server's own user count plus a page.
 */
class MetricsJob : public BatchJob
{
    Q_OBJECT
public:
    MetricsJob(RestClient* rest, const UsageQuery& query, QObject* parent = nullptr);

protected:
    const char* path() const override { return kUserMetricsPath; }
    QByteArray body(int index) const override;
    bool take(int index, const QByteArray& body, QString* error) override;
    bool failureEndsRun() const override { return true; }
    void reportProgress(const QString& extra = {}) override;
    void complete(UsageResult& result) override;
};

} // namespace Usage::Net
