// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

#include <QHash>
#include <QObject>

/**
 * Runs requests on the source of their kind, one at a time, and tells the window how it goes. All source handling
 * of the window goes through here; a new source is one setSource() call.
 */
class SourceController : public QObject
{
    Q_OBJECT
public:
    explicit SourceController(QObject* parent = nullptr);
    ~SourceController() override;

    /** Registers (or replaces) the source of a kind; the controller takes ownership. */
    void setSource(Usage::SourceKind kind, UsageSource* source);
    UsageSource* source(Usage::SourceKind kind) const;

    /** Starts request; false with a reason (also emitted as failed) when it cannot run. */
    bool run(const SourceRequest& request);
    void cancel();
    bool isRunning() const { return m_running != nullptr; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(int permille, const QString& text);
    void finished(const Usage::UsageResult& result, const SourceRequest& request);
    void failed(const QString& reason);
    void cancelled();

private:
    void onFinished(const Usage::UsageResult& result);
    void onFailed(const QString& reason);
    void onCancelled();
    void stopRunning();

    QHash<int, UsageSource*> m_sources;
    UsageSource* m_running = nullptr;
    SourceRequest m_request;
};
