// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace Usage::ClickHouse {

/** The one-line message for a request that failed, naming the server; never holds the password. */
struct ReplyFailure
{
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body; ///< the answer's start, where ClickHouse writes its exception
    QString networkText; ///< QNetworkReply::errorString()
};

/** True for a wrong user or password: HTTP 401, 403 or 516, or exception code 192, 193, 194 or 516. */
bool isAuthenticationFailure(const ReplyFailure& failure);
/** The exception's code in "Code: N. DB::Exception" (also 18.16's "Code: N, e.displayText() = ..."); -1 if none. */
int exceptionCode(const QByteArray& body);
/** "authentication failed at host:port ...", "cannot connect ...", or the exception text as one line. */
QString describeFailure(const ReplyFailure& failure, const QString& server);

} // namespace Usage::ClickHouse
