// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"
#include "core/usageresult.h"
#include "net/answerparser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;
class QTimer;

namespace Usage::Net {

class RestClient;

/**
 * A run of requests to one endpoint: a bounded number in flight, each retried as the RestClient's policy says,
 * merged by the subclass into one UsageResult. A run where some requests failed for good ends with a partial
 * result naming what is missing; one where all failed, or one that cannot go on, ends with failed().
 */
class BatchJob : public QObject
{
    Q_OBJECT
public:
    BatchJob(RestClient* rest, const UsageQuery& query, QObject* parent = nullptr);
    ~BatchJob() override;

    void start();
    /** Stops every request at once (their connections close); no signal follows. */
    void abort();

Q_SIGNALS:
    void progressChanged(int permille, const QString& text);
    void finished(const Usage::UsageResult& result);
    void failed(const QString& reason);

protected:
    /** Appends a request; launched when a slot is free. */
    int addRequest();
    qsizetype requestCount() const { return m_requests.size(); }
    const UsageQuery& query() const { return m_query; }
    RestClient* rest() const { return m_rest; }
    qint64 nowMs() const { return m_nowMs; }
    qsizetype rowCount() const { return m_rows.size(); }

    virtual const char* path() const = 0;
    virtual QByteArray body(int index) const = 0;
    /** Merges a 200 answer of request index; false and a reason when it cannot be read. */
    virtual bool take(int index, const QByteArray& body, QString* error) = 0;
    /** What a failed request leaves out, for the partial result's errors. */
    virtual QString missingText(int index, int count, const QString& error) const;
    /** A failed request fails the whole run (pages of unknown users). */
    virtual bool failureEndsRun() const { return false; }
    /** Fills the result beyond rows, errors and the common provenance. */
    virtual void complete(UsageResult& result) = 0;
    virtual void reportProgress(const QString& extra = {});
    /** "batch 3 of 12" */
    virtual QString progressLabel(int current, int count) const;

    /** Rows merged so far, one per id. */
    qsizetype rowIndex(const QString& id) const { return m_rowOf.value(id, -1); }
    qsizetype appendRow(const GroupUsage& row);
    GroupUsage& row(qsizetype index) { return m_rows[index]; }

    /** Parses an answer; nullopt and a reason for the user when it is unreadable or the server's own error. */
    static std::optional<UserQueryAnswer> readAnswer(Endpoint endpoint, const QByteArray& body, QString* error);
    void failRun(const QString& reason);
    int doneCount() const { return m_done; }

private:
    struct Request
    {
        int attempts = 0;
        QPointer<QNetworkReply> reply;
        QPointer<QTimer> retryTimer;
        bool sent = false; ///< handed to the network at least once (or waiting for a retry)
        bool done = false;
        bool ok = false;
        QString error;
    };
    void launchMore();
    void send(int index);
    void onReplyFinished(int index);
    void retryLater(int index, qint64 delayMs, const QString& why);
    void requestFailed(int index, const QString& reason);
    void requestDone(int index, bool ok);
    void maybeFinish();

    RestClient* m_rest;
    UsageQuery m_query;
    qint64 m_nowMs;
    QList<Request> m_requests;
    int m_active = 0; ///< requests in flight or waiting for a retry
    int m_done = 0;
    bool m_running = false;
    QHash<QString, qsizetype> m_rowOf;
    QList<GroupUsage> m_rows;
};

} // namespace Usage::Net
