// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestrow.h"

#include <QObject>
#include <QSet>

#include <vector>

class QNetworkReply;

namespace Usage::Net {

class RestClient;

inline constexpr char kRequestQueryPath[] = "/v1/request/query-clickhouse";

/**
 * The requests of one group value from POST /v1/request/query-clickhouse: the filter wrapped as
 * {"request_response_rmt": ...} plus the range, 1,000 a page with offset paging over a window fixed at the start,
 * newest first, without bodies. Rows repeated across pages are kept once (by request_id). Success is HTTP 201.
 */
class RequestListJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 1000;

    /** nowMs closes the window when the query has no end (the clock when 0). */
    RequestListJob(RestClient* rest, const Requests::RequestsQuery& query, qint64 nowMs = 0, QObject* parent = nullptr);

    void start();
    void cancel();
    /** The body of the page at offset: the filter, the window, the page and the sort. */
    QByteArray body(int offset) const;
    /** Every row read, de-duplicated, in the order the server sent them. */
    std::vector<Requests::RequestRow>& rows() { return m_rows; }

    /** The rows of an answer {"data": [...], "error": null}; false and error when it is not one. */
    static bool parseAnswer(const QByteArray& answer, std::vector<Requests::RequestRow>& rows, QString* error);

Q_SIGNALS:
    void progressChanged(const QString& message);
    /** error is empty on success. */
    void finished(const QString& error);

private:
    void send();
    void onFinished(QNetworkReply* reply);

    RestClient* m_rest;
    Requests::RequestsQuery m_query;
    qint64 m_endMs = 0;
    int m_offset = 0;
    int m_attempt = 1;
    bool m_cancelled = false;
    QNetworkReply* m_reply = nullptr;
    QSet<QString> m_seen;
    std::vector<Requests::RequestRow> m_rows;
};

} // namespace Usage::Net
