// SPDX-License-Identifier: MIT
#include "sources/logfilessource.h"

#include "core/logsource.h"
#include "sources/sourceslog.h"

LogFilesSource::LogFilesSource(QObject* parent)
    : UsageSource(parent)
    , m_source(new Usage::LogSource(this))
{
    connect(m_source, &Usage::LogSource::progressChanged, this, &UsageSource::progressChanged);
    connect(m_source, &Usage::LogSource::finished, this, &LogFilesSource::onFinished);
    connect(m_source, &Usage::LogSource::cancelled, this, &UsageSource::cancelled);
    connect(m_source, &Usage::LogSource::failed, this, &UsageSource::failed);
}

LogFilesSource::~LogFilesSource() = default;

bool LogFilesSource::readNothing(const Usage::UsageResult& result)
{
    return result.rows.isEmpty() && !result.errors.isEmpty() && result.recordsRead == 0;
}

QString LogFilesSource::validate(const SourceRequest& request) const
{
    if (request.files.isEmpty())
        return tr("Choose one or more log files first (File › Open, or drop them on the window).");
    return PricingLoad::checkFiles(request.pricing);
}

void LogFilesSource::start(const SourceRequest& request)
{
    qCInfo(lcSources) << "log files run started:" << request.files.size() << "file(s), threads" << request.threads
                      << "dedupe" << request.dedupe << "price files" << request.pricing.files.size() << "repricing"
                      << request.pricing.enabled;
    m_failWhenNothingRead = request.failWhenNothingRead;
    std::function<QString(Usage::UsageQuery&)> prepare;
    if (request.pricing.enabled) {
        // the price book is parsed on the worker thread, before the files are read
        prepare = [choices = request.pricing](Usage::UsageQuery& query) {
            QString error;
            query.pricing = PricingLoad::load(choices, &error);
            return error;
        };
    }
    m_source->start(request.files, request.query, request.threads, request.dedupe, request.phaseDone,
        request.maxRecordSize, prepare);
}

void LogFilesSource::cancel()
{
    m_source->cancel();
}

void LogFilesSource::onFinished(const Usage::UsageResult& result)
{
    if (!m_failWhenNothingRead || !readNothing(result)) {
        Q_EMIT finished(result);
        return;
    }
    QStringList reasons;
    for (const Usage::Diagnostic& d : result.errors)
        reasons.append(d.toString());
    Q_EMIT failed(reasons.join(QLatin1Char('\n')));
}
