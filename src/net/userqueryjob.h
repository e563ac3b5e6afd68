// SPDX-License-Identifier: MIT
#pragma once

#include "net/batchjob.h"
#include "net/heliconeapi.h"

#include <QStringList>

namespace Usage::Net {

/** POST /v1/user/query for a list of users: batches of at most 100 ids (the endpoint's LIMIT), merged. */
class UserQueryJob : public BatchJob
{
    Q_OBJECT
public:
    UserQueryJob(RestClient* rest, const UsageQuery& query, QObject* parent = nullptr);

    /** The unit of the time filter's values (probed, or set by the caller). */
    void setTimeUnit(TimeUnit unit) { m_unit = unit; }

protected:
    const char* path() const override { return kUserQueryPath; }
    QByteArray body(int index) const override;
    bool take(int index, const QByteArray& body, QString* error) override;
    QString missingText(int index, int count, const QString& error) const override;
    void complete(UsageResult& result) override;

private:
    QList<QStringList> m_batches;
    TimeUnit m_unit = TimeUnit::Milliseconds;
};

/** The first ids of a list, quoted when empty, and "and n more". */
QString listIds(const QStringList& ids);

} // namespace Usage::Net
