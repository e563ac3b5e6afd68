// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

namespace Usage {
class LogSource;
}

/** Local log files, aggregated on this machine by the core's LogSource. */
class LogFilesSource : public UsageSource
{
    Q_OBJECT
public:
    explicit LogFilesSource(QObject* parent = nullptr);
    ~LogFilesSource() override;

    QString validate(const SourceRequest& request) const override;
    void start(const SourceRequest& request) override;
    void cancel() override;

private:
    Usage::LogSource* m_source;
};
