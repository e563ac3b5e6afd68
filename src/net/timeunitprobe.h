// SPDX-License-Identifier: MIT
#pragma once

#include "net/heliconeapi.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Usage::Net {

class RestClient;

/**
 * Finds out how a server reads the ...UnixSeconds fields of /v1/user/query: two requests over the last 365 days
 * without user ids, in milliseconds and in seconds; the one with rows wins, milliseconds when neither has rows. A
 * rate-limited or unreachable probe makes the answer inconclusive (used for the run, not to be remembered).
 */
class TimeUnitProbe : public QObject
{
    Q_OBJECT
public:
    TimeUnitProbe(RestClient* rest, qint64 nowMs, QObject* parent = nullptr);
    ~TimeUnitProbe() override;

    void start();
    /** Stops both requests at once; no signal follows. */
    void abort();

Q_SIGNALS:
    void decided(Usage::Net::TimeUnit unit, bool conclusive);
    /** The key was rejected: nothing else can work either. */
    void failed(const QString& reason);

private:
    void onFinished(int index);

    RestClient* m_rest;
    qint64 m_nowMs;
    QPointer<QNetworkReply> m_replies[2];
    int m_rows[2] = { 0, 0 };
    int m_done = 0;
    bool m_inconclusive = false;
};

} // namespace Usage::Net
