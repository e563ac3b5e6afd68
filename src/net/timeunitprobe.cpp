// SPDX-License-Identifier: MIT
#include "net/timeunitprobe.h"

#include "net/answerparser.h"
#include "net/netlog.h"
#include "net/restclient.h"

#include <QNetworkReply>

namespace Usage::Net {

TimeUnitProbe::TimeUnitProbe(RestClient* rest, qint64 nowMs, QObject* parent)
    : QObject(parent)
    , m_rest(rest)
    , m_nowMs(nowMs)
{
}

TimeUnitProbe::~TimeUnitProbe()
{
    abort();
}

void TimeUnitProbe::start()
{
    const qint64 start = m_nowMs - qint64(365) * 24 * 3600 * 1000;
    for (int i = 0; i < 2; ++i) {
        const TimeUnit unit = i == 0 ? TimeUnit::Milliseconds : TimeUnit::Seconds;
        QNetworkReply* reply = m_rest->post(kUserQueryPath, userQueryBody({}, start, m_nowMs, unit, m_nowMs));
        m_replies[i] = reply;
        connect(reply, &QNetworkReply::finished, this, [this, i] { onFinished(i); });
    }
}

void TimeUnitProbe::abort()
{
    for (QPointer<QNetworkReply>& probe : m_replies) {
        if (QNetworkReply* reply = probe) {
            reply->disconnect(this);
            delete reply;
        }
    }
}

void TimeUnitProbe::onFinished(int index)
{
    QNetworkReply* reply = m_replies[index];
    m_replies[index].clear();
    if (!reply)
        return;
    reply->deleteLater();
    // the probe never retries: what would be retried counts as inconclusive
    const Outcome outcome = m_rest->judge(reply, 1);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        abort();
        Q_EMIT failed(outcome.reason);
        return;
    }
    QString error;
    if (outcome.kind == Outcome::Kind::Ok) {
        const auto answer = parseAnswer(Endpoint::UserQuery, outcome.body, &error);
        if (answer && answer->serverError.isEmpty())
            m_rows[index] = int(answer->rows.size());
    } else if (outcome.kind != Outcome::Kind::FailRun || status == 0) {
        m_inconclusive = true; // rate limited, too large, cut off or unreachable: decide for this run only
    } // any other answer counts as "no rows": a server reading seconds may fail on millisecond values
    if (++m_done < 2)
        return;
    const TimeUnit unit = m_rows[0] == 0 && m_rows[1] > 0 ? TimeUnit::Seconds : TimeUnit::Milliseconds;
    if (m_inconclusive)
        qCInfo(lcNet) << "time-unit probe inconclusive: using" << (unit == TimeUnit::Seconds ? "seconds" : "ms");
    Q_EMIT decided(unit, !m_inconclusive);
}

} // namespace Usage::Net
