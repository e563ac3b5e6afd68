// SPDX-License-Identifier: MIT
#include "sources/logfilessource.h"

#include "core/logsource.h"

LogFilesSource::LogFilesSource(QObject* parent)
    : UsageSource(parent)
    , m_source(new Usage::LogSource(this))
{
    connect(m_source, &Usage::LogSource::progressChanged, this, &UsageSource::progressChanged);
    connect(m_source, &Usage::LogSource::finished, this, &UsageSource::finished);
    connect(m_source, &Usage::LogSource::failed, this, &UsageSource::failed);
    connect(m_source, &Usage::LogSource::cancelled, this, &UsageSource::cancelled);
}

LogFilesSource::~LogFilesSource() = default;

QString LogFilesSource::validate(const SourceRequest& request) const
{
    if (request.files.isEmpty())
        return tr("Choose one or more log files first (File › Open, or drop them on the window).");
    return {};
}

void LogFilesSource::start(const SourceRequest& request)
{
    m_source->start(request.files, request.query, 0, request.dedupe);
}

void LogFilesSource::cancel()
{
    m_source->cancel();
}
