// SPDX-License-Identifier: MIT
#include "sources/sourcecontroller.h"

SourceController::SourceController(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Usage::UsageResult>();
}

SourceController::~SourceController() = default;

void SourceController::setSource(Usage::SourceKind kind, UsageSource* source)
{
    Q_ASSERT(source);
    if (UsageSource* old = m_sources.value(int(kind))) {
        if (old == m_running) {
            old->cancel();
            stopRunning();
        }
        delete old;
    }
    source->setParent(this);
    m_sources.insert(int(kind), source);
    // only the running source may speak: a replaced run's late signals are ignored
    connect(source, &UsageSource::progressChanged, this, [this, source](int permille, const QString& text) {
        if (source == m_running)
            Q_EMIT progressChanged(permille, text);
    });
    connect(source, &UsageSource::finished, this, [this, source](const Usage::UsageResult& result) {
        if (source == m_running)
            onFinished(result);
    });
    connect(source, &UsageSource::failed, this, [this, source](const QString& reason) {
        if (source == m_running)
            onFailed(reason);
    });
    connect(source, &UsageSource::cancelled, this, [this, source] {
        if (source == m_running)
            onCancelled();
    });
}

UsageSource* SourceController::source(Usage::SourceKind kind) const
{
    return m_sources.value(int(kind));
}

bool SourceController::run(const SourceRequest& request)
{
    UsageSource* target = source(request.kind);
    if (!target) {
        Q_EMIT failed(tr("This source is not available in this build."));
        return false;
    }
    const QString problem = target->validate(request);
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    if (m_running && m_running != target)
        m_running->cancel();
    const bool wasRunning = m_running != nullptr;
    m_running = target;
    m_request = request;
    if (!wasRunning)
        Q_EMIT runningChanged(true);
    Q_EMIT progressChanged(-1, tr("Starting…"));
    target->start(request);
    return true;
}

void SourceController::cancel()
{
    if (m_running)
        m_running->cancel();
}

void SourceController::stopRunning()
{
    m_running = nullptr;
    Q_EMIT runningChanged(false);
}

void SourceController::onFinished(const Usage::UsageResult& result)
{
    stopRunning();
    Q_EMIT finished(result, m_request);
}

void SourceController::onFailed(const QString& reason)
{
    stopRunning();
    Q_EMIT failed(reason);
}

void SourceController::onCancelled()
{
    stopRunning();
    Q_EMIT cancelled();
}
