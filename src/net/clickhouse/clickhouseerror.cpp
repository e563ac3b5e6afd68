// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhouseerror.h"

#include <QRegularExpression>

namespace Usage::ClickHouse {

int exceptionCode(const QByteArray& body)
{
    static const QRegularExpression code(QStringLiteral("Code: (\\d+)[.,]"));
    const auto match = code.match(QString::fromUtf8(body.left(200)));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool isAuthenticationFailure(const ReplyFailure& failure)
{
    if (failure.httpStatus == 401 || failure.httpStatus == 403 || failure.httpStatus == 516)
        return true;
    const int code = exceptionCode(failure.body);
    return code == 192 || code == 193 || code == 194 || code == 516
        || failure.network == QNetworkReply::AuthenticationRequiredError;
}

namespace {
    // "Code: 47. DB::Exception: Unknown ... (UNKNOWN_IDENTIFIER) (version 26.1)" or 18.16's
    // "Code: 47, e.displayText() = DB::Exception: Unknown ..., e.what() = DB::Exception": the message alone, one line
    QString exceptionText(const QByteArray& body)
    {
        QString text = QString::fromUtf8(body).simplified();
        const qsizetype at = text.indexOf(QLatin1String("DB::Exception: "));
        if (at >= 0)
            text = text.mid(at + 15);
        const qsizetype what = text.indexOf(QLatin1String(", e.what() = "));
        if (what >= 0)
            text.truncate(what);
        const qsizetype stack = text.indexOf(QLatin1String(" Stack trace"));
        if (stack >= 0)
            text.truncate(stack);
        if (text.size() > 400)
            text = text.left(400) + QStringLiteral("...");
        return text;
    }
} // namespace

QString describeFailure(const ReplyFailure& failure, const QString& server)
{
    if (isAuthenticationFailure(failure))
        return QStringLiteral("authentication failed at ClickHouse server %1: wrong user or password").arg(server);
    switch (failure.network) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("cannot connect to ClickHouse server %1: connection refused").arg(server);
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("cannot connect to ClickHouse server %1: host not found").arg(server);
    case QNetworkReply::TimeoutError:
        return QStringLiteral("ClickHouse server %1 did not answer in time").arg(server);
    default:
        break;
    }
    const int code = exceptionCode(failure.body);
    if (code >= 0)
        return QStringLiteral("ClickHouse server %1 answered error %2: %3")
            .arg(server)
            .arg(code)
            .arg(exceptionText(failure.body));
    if (failure.httpStatus != 0)
        return QStringLiteral("ClickHouse server %1 answered HTTP %2: %3")
            .arg(server)
            .arg(failure.httpStatus)
            .arg(QString::fromUtf8(failure.body.left(400)).simplified());
    return QStringLiteral("ClickHouse server %1: %2").arg(server, failure.networkText);
}

} // namespace Usage::ClickHouse
