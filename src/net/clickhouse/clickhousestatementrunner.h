// SPDX-License-Identifier: MIT
#pragma once

#include "net/clickhouse/clickhouseerror.h"
#include "net/clickhouse/clickhouseschema.h"
#include "net/clickhouse/clickhousesettings.h"
#include "net/clickhouse/clickhousestatement.h"
#include "net/clickhouse/clickhousetsv.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkReply;

namespace Usage::ClickHouse {

/** Why a statement failed: its HTTP request, or the rows of its answer. The job that ran it words the message. */
struct RunFailure
{
    bool http = false; ///< the request failed or answered another status than 200: see reply
    ReplyFailure reply;
    QStringList refusedRow; ///< the row the row handler refused; empty when the TSV reader stopped instead
    QString readerError; ///< why the TSV reader stopped
    bool streaming = false; ///< found while the answer streamed in (its query was killed), not at its end
};

/**
 * Runs a job's statements one at a time over ClickHouse's HTTP interface: each under its own query_id, the password
 * in a header, the TabSeparated answer read row by row as it streams in. A failure stops the runner and is reported
 * once by failed(); after stop() nothing is reported.
 */
class StatementRunner : public QObject
{
    Q_OBJECT
public:
    using RowHandler = std::function<bool(const QStringList& fields)>;

    explicit StatementRunner(const Settings& settings, QObject* parent = nullptr);
    ~StatementRunner() override;

    /** At most this many rows per answer. */
    void setMaxRows(qint64 rows) { m_maxRows = rows; }
    /** Starts the settings' timeout: timedOut() when it passes before stop(). */
    void startDeadline();
    /** Posts the statement: onRow for every row (false refuses the row and fails the run), onDone after the last. */
    void run(const Statement& statement, RowHandler onRow, std::function<void()> onDone);
    /** SELECT version(), then DESCRIBE TABLE into schema(): onDone(false) when no version came, else onDone(true). */
    void readSchema(std::function<void(bool versionKnown)> onDone);
    const TableSchema& schema() const { return m_schema; }
    /** The server's version as it answered SELECT version(); empty until then. */
    QString serverVersion() const { return m_version; }
    /** Asks the server to stop the running statement (KILL QUERY by its query_id). */
    void killRunningQuery();
    /** Stops the deadline and aborts the running statement; nothing is reported after it. */
    void stop();

Q_SIGNALS:
    void failed(const Usage::ClickHouse::RunFailure& failure);
    void timedOut();

private:
    void onReadyRead();
    void onFinished();
    void fail(const RunFailure& failure);

    Settings m_settings;
    qint64 m_maxRows = 50'000'000;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_queryId;
    QByteArray m_errorBody;
    std::unique_ptr<TsvReader> m_reader;
    RowHandler m_onRow;
    std::function<void()> m_onDone;
    QStringList m_refusedRow;
    bool m_refused = false;
    QTimer m_deadline;
    TableSchema m_schema;
    QString m_version;
    bool m_stopped = false;
};

} // namespace Usage::ClickHouse
