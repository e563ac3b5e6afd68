// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

#include <QPointer>

namespace Usage::ClickHouse {
class UsageJob;
}

/**
 * A ClickHouse server holding Helicone's request table: the server groups and sums, this side reads the small
 * answers (Usage::ClickHouse::UsageJob). The settings come from request.clickhouse; the password only from memory.
 */
class ClickHouseUsageSource : public UsageSource
{
    Q_OBJECT
public:
    explicit ClickHouseUsageSource(QObject* parent = nullptr);
    ~ClickHouseUsageSource() override;

    QString validate(const SourceRequest& request) const override;
    void start(const SourceRequest& request) override;
    void cancel() override;

    /** True when the last failure was a wrong user or password. */
    bool authenticationFailed() const { return m_authentication; }

    /** Why request.clickhouse cannot be used (no URL, an unencrypted remote address, ...); empty when it can. */
    static QString checkSettings(const Usage::ClickHouse::Settings& settings);

private:
    QPointer<Usage::ClickHouse::UsageJob> m_job;
    bool m_authentication = false;
};
