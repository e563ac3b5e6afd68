// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

namespace Usage {
class LogSource;
}

/**
 * Local log files, aggregated on this machine by the core's LogSource. A run that read nothing at all (every file
 * failed) is failed(), naming the files, unless the request asks for its result anyway.
 */
class LogFilesSource : public UsageSource
{
    Q_OBJECT
public:
    explicit LogFilesSource(QObject* parent = nullptr);
    ~LogFilesSource() override;

    QString validate(const SourceRequest& request) const override;
    void start(const SourceRequest& request) override;
    void cancel() override;

    /** True when result holds no record and file errors: nothing could be read. */
    static bool readNothing(const Usage::UsageResult& result);

private:
    void onFinished(const Usage::UsageResult& result);

    Usage::LogSource* m_source;
    bool m_failWhenNothingRead = true;
};
