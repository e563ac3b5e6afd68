// SPDX-License-Identifier: MIT
#include "net/heliconeapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Usage::Net {

QString defaultBaseUrl(const QString& key)
{
    const QString k = key.trimmed();
    if (k.startsWith(QLatin1String("sk-helicone-eu-")) || k.startsWith(QLatin1String("pk-helicone-eu-")))
        return QString::fromLatin1(kEuBaseUrl);
    return QString::fromLatin1(kUsBaseUrl);
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isInsecure(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLoopback(url);
}

std::optional<QUrl> parseBaseUrl(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || url.host().isEmpty()) {
        *error = QStringLiteral("not an http:// or https:// URL: %1").arg(text);
        return std::nullopt;
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        *error = QStringLiteral("a base URL has no query, fragment or user name: %1").arg(text);
        return std::nullopt;
    }
    QUrl out = url;
    QString path = out.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    out.setPath(path);
    return out;
}

QUrl endpointUrl(const QUrl& baseUrl, const char* path)
{
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + QLatin1String(path));
    return url;
}

qint64 timeFilterValue(qint64 ms, TimeUnit unit)
{
    if (unit == TimeUnit::Milliseconds)
        return ms;
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000); // floor
}

namespace {

    /** The time filter of a request body: doubles in JSON, exact since every value is a whole number below 2^53. */
    QJsonObject timeFilterObject(
        std::optional<qint64> startMs, std::optional<qint64> endMs, TimeUnit unit, qint64 nowMs)
    {
        QJsonObject filter;
        filter.insert(QStringLiteral("startTimeUnixSeconds"), double(timeFilterValue(startMs.value_or(0), unit)));
        filter.insert(QStringLiteral("endTimeUnixSeconds"), double(timeFilterValue(endMs.value_or(nowMs), unit)));
        return filter;
    }

} // namespace

QByteArray userQueryBody(
    const QStringList& ids, std::optional<qint64> startMs, std::optional<qint64> endMs, TimeUnit unit, qint64 nowMs)
{
    QJsonObject body;
    if (!ids.isEmpty())
        body.insert(QStringLiteral("userIds"), QJsonArray::fromStringList(ids));
    if (startMs || endMs)
        body.insert(QStringLiteral("timeFilter"), timeFilterObject(startMs, endMs, unit, nowMs));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray userMetricsBody(
    qint64 offset, int limit, std::optional<qint64> startMs, std::optional<qint64> endMs, qint64 nowMs)
{
    QJsonObject body;
    body.insert(QStringLiteral("filter"), QStringLiteral("all"));
    body.insert(QStringLiteral("offset"), double(offset));
    body.insert(QStringLiteral("limit"), limit);
    body.insert(QStringLiteral("sort"), QJsonObject { { QStringLiteral("user_id"), QStringLiteral("asc") } });
    body.insert(QStringLiteral("timeZoneDifferenceMinutes"), 0);
    if (startMs || endMs) // this endpoint converts seconds correctly
        body.insert(QStringLiteral("timeFilter"), timeFilterObject(startMs, endMs, TimeUnit::Seconds, nowMs));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QList<SeriesBucket>> seriesBuckets(const UsageQuery& query, QString* error)
{
    if (!query.startMs || !query.endMs) {
        *error = QStringLiteral("a time series needs a start and an end");
        return std::nullopt;
    }
    QList<SeriesBucket> buckets;
    qint64 ms = *query.startMs;
    while (ms <= *query.endMs) {
        const auto [start, end] = bucketBounds(query.zone, query.granularity, ms);
        if (buckets.size() == kMaxSeriesBuckets) {
            *error = QStringLiteral("the range has more than %1 %2 buckets; choose a coarser granularity or a "
                                    "shorter range")
                         .arg(kMaxSeriesBuckets)
                         .arg(granularityName(query.granularity));
            return std::nullopt;
        }
        SeriesBucket bucket;
        bucket.startMs = start;
        bucket.fromMs = std::max<qint64>(start, *query.startMs);
        bucket.toMs = std::min<qint64>(end - 1000, *query.endMs);
        buckets.append(bucket);
        ms = end;
    }
    return buckets;
}

namespace {

    /** An error body that is not JSON, in one line: an HTML page's title, else the first line of the text. */
    QString plainErrorText(const QString& body)
    {
        if (body.trimmed().startsWith(QLatin1Char('<'))) {
            static const QRegularExpression title(
                QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
            const QString name = title.match(body).captured(1).simplified();
            return name.isEmpty()
                ? QCoreApplication::translate("Usage::Net::RestClient", "an HTML page instead of JSON")
                : QCoreApplication::translate("Usage::Net::RestClient", "an HTML page titled \"%1\"").arg(name);
        }
        const QStringList lines = body.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                return line.simplified();
        }
        return {};
    }

} // namespace

QString errorAnswerText(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString text;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(QStringLiteral("error"));
        const QJsonValue message = o.value(QStringLiteral("message"));
        if (err.isString())
            text = err.toString();
        else if (message.isString())
            text = message.toString();
        const QJsonValue details = o.value(QStringLiteral("details"));
        if (!details.isUndefined() && !details.isNull()) {
            const QString d = details.isString() ? details.toString()
                                                 : QString::fromUtf8(QJsonDocument(details.isObject()
                                                         ? details.toObject()
                                                         : QJsonObject { { QStringLiteral("details"),
                                                             details } }).toJson(QJsonDocument::Compact));
            text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + d;
        }
    }
    if (text.isEmpty())
        text = plainErrorText(QString::fromUtf8(body.left(4096)));
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

} // namespace Usage::Net
