// SPDX-License-Identifier: MIT
#include "net/heliconeapi.h"

#include "core/bucketindex.h"
#include "core/decimal.h"
#include "core/readers/jsonfields.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

namespace Usage::Net {

namespace {

    QString fromView(std::string_view v)
    {
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }

} // namespace

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

    /** Parses an answer's root object; false with "cut short" or "not a JSON object" in error. */
    bool openAnswer(simdjson::ondemand::parser& parser, const simdjson::padded_string& padded,
        simdjson::ondemand::document& doc, simdjson::ondemand::object& root, QString* error)
    {
        simdjson::error_code code = parser.iterate(padded).get(doc);
        if (!code)
            code = doc.get_object().get(root);
        if (code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || code == simdjson::UNCLOSED_STRING) {
            *error = QStringLiteral("the answer is cut short (incomplete JSON)");
            return false;
        }
        if (code) {
            *error = QStringLiteral("the answer is not a JSON object");
            return false;
        }
        return true;
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

std::optional<UserQueryAnswer> parseUserQueryAnswer(const QByteArray& body, QString* error)
{
    using namespace simdjson;
    using JsonFields::Read;
    ondemand::parser parser;
    const padded_string padded(body.constData(), size_t(body.size()));
    ondemand::document doc;
    ondemand::object root;
    if (!openAnswer(parser, padded, doc, root, error))
        return std::nullopt;
    UserQueryAnswer answer;
    bool sawData = false;
    bool dataNull = false;
    QHash<QString, qsizetype> rowOf;
    for (auto field : root) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value)) {
            *error = QStringLiteral("the answer is not valid JSON");
            return std::nullopt;
        }
        ondemand::json_type type;
        if (value.type().get(type)) {
            *error = QStringLiteral("the answer is not valid JSON");
            return std::nullopt;
        }
        if (key == "error") {
            if (type == ondemand::json_type::null)
                continue;
            std::string_view text;
            if (type == ondemand::json_type::string && !value.get_string().get(text))
                answer.serverError = fromView(text);
            else
                answer.serverError = fromView(value.raw_json_token()).trimmed();
            if (answer.serverError.isEmpty())
                answer.serverError = QStringLiteral("(empty error)");
            continue;
        }
        if (key != "data")
            continue; // unknown top-level fields are tolerated
        sawData = true;
        if (type == ondemand::json_type::null) {
            dataNull = true;
            continue;
        }
        ondemand::array rows;
        if (type != ondemand::json_type::array || value.get_array().get(rows)) {
            *error = QStringLiteral("data: not an array");
            return std::nullopt;
        }
        qsizetype index = 0;
        for (auto element : rows) {
            ++index;
            const QString where = QStringLiteral("data[%1]").arg(index - 1);
            ondemand::object row;
            if (element.error()) {
                *error = QStringLiteral("the answer is not valid JSON (cut short?) at ") + where;
                return std::nullopt;
            }
            if (element.get_object().get(row)) {
                *error = where + QStringLiteral(": not an object");
                return std::nullopt;
            }
            std::optional<std::int64_t> count, prompt, completion, cost;
            std::optional<QString> userId;
            for (auto rf : row) {
                std::string_view name;
                ondemand::value v;
                if (rf.error() || rf.unescaped_key().get(name) || rf.value().get(v)) {
                    *error = QStringLiteral("the answer is not valid JSON (cut short?) at ") + where;
                    return std::nullopt;
                }
                std::int64_t n = 0;
                auto readInt = [&](std::optional<std::int64_t>& slot, Read (*reader)(ondemand::value, std::int64_t&)) {
                    const Read r = reader(v, n);
                    if (r != Read::Ok)
                        return false;
                    slot = n;
                    return true;
                };
                bool ok = true;
                if (name == "count")
                    ok = readInt(count, JsonFields::integer);
                else if (name == "prompt_tokens")
                    ok = readInt(prompt, JsonFields::integer);
                else if (name == "completion_tokens")
                    ok = readInt(completion, JsonFields::integer);
                else if (name == "cost" || name == "cost_usd")
                    ok = readInt(cost, JsonFields::costNanos);
                else if (name == "user_id") {
                    std::string_view s;
                    ok = JsonFields::string(v, s) == Read::Ok;
                    if (ok)
                        userId = fromView(s);
                } else {
                    continue;
                }
                if (!ok) {
                    *error = where + QLatin1String(".") + fromView(name)
                        + (name == "user_id" ? QStringLiteral(": not a string") : QStringLiteral(": not a number"));
                    return std::nullopt;
                }
            }
            const char* missing = !userId ? "user_id"
                : !count                  ? "count"
                : !prompt                 ? "prompt_tokens"
                : !completion             ? "completion_tokens"
                : !cost                   ? "cost (or cost_usd)"
                                          : nullptr;
            if (missing) {
                *error = where + QStringLiteral(": field %1 is missing").arg(QLatin1String(missing));
                return std::nullopt;
            }
            if (*count < 0 || *prompt < 0 || *completion < 0) {
                *error = where + QStringLiteral(": a negative count");
                return std::nullopt;
            }
            GroupUsage usage;
            usage.id = *userId;
            usage.totals.requests = *count;
            usage.totals.promptTokens = *prompt;
            usage.totals.completionTokens = *completion;
            usage.totals.costNanos = *cost;
            // the same user twice in one answer (unmerged rows): add up, as the server's GROUP BY would
            const auto it = rowOf.constFind(usage.id);
            if (it != rowOf.constEnd()) {
                answer.rows[*it].totals.add(usage.totals);
            } else {
                rowOf.insert(usage.id, answer.rows.size());
                answer.rows.append(std::move(usage));
            }
        }
        // a truncated array ends the loop with an error on the element
    }
    if (!answer.serverError.isEmpty())
        return answer;
    if (!sawData || dataNull) {
        *error = QStringLiteral("data: missing");
        return std::nullopt;
    }
    return answer;
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

std::optional<UserQueryAnswer> parseUserMetricsAnswer(const QByteArray& body, QString* error)
{
    using namespace simdjson;
    using JsonFields::Read;
    ondemand::parser parser;
    const padded_string padded(body.constData(), size_t(body.size()));
    ondemand::document doc;
    ondemand::object root;
    if (!openAnswer(parser, padded, doc, root, error))
        return std::nullopt;
    UserQueryAnswer answer;
    bool sawUsers = false;
    QHash<QString, qsizetype> rowOf;
    auto invalid = [error](const QString& where) {
        *error = QStringLiteral("the answer is not valid JSON (cut short?) at ") + where;
        return std::nullopt;
    };
    for (auto field : root) {
        std::string_view key;
        ondemand::value value;
        ondemand::json_type type;
        if (field.error() || field.unescaped_key().get(key) || field.value().get(value) || value.type().get(type))
            return invalid(QStringLiteral("the top level"));
        if (key == "error") {
            if (type == ondemand::json_type::null)
                continue;
            std::string_view text;
            if (type == ondemand::json_type::string && !value.get_string().get(text))
                answer.serverError = fromView(text);
            else
                answer.serverError = fromView(value.raw_json_token()).trimmed();
            if (answer.serverError.isEmpty())
                answer.serverError = QStringLiteral("(empty error)");
            continue;
        }
        if (key != "data" || type == ondemand::json_type::null)
            continue;
        ondemand::object data;
        if (type != ondemand::json_type::object || value.get_object().get(data)) {
            *error = QStringLiteral("data: not an object");
            return std::nullopt;
        }
        for (auto dataField : data) {
            std::string_view dataKey;
            ondemand::value users;
            if (dataField.error() || dataField.unescaped_key().get(dataKey) || dataField.value().get(users))
                return invalid(QStringLiteral("data"));
            if (dataKey != "users")
                continue; // count (cached across filters, not trusted) and hasUsers
            sawUsers = true;
            ondemand::array rows;
            if (users.get_array().get(rows)) {
                *error = QStringLiteral("data.users: not an array");
                return std::nullopt;
            }
            qsizetype index = 0;
            for (auto element : rows) {
                const QString where = QStringLiteral("data.users[%1]").arg(index++);
                ondemand::object row;
                if (element.error())
                    return invalid(where);
                if (element.get_object().get(row)) {
                    *error = where + QStringLiteral(": not an object");
                    return std::nullopt;
                }
                std::optional<std::int64_t> count, prompt, completion, cost;
                std::optional<QString> userId;
                std::optional<qint64> first, last;
                for (auto rf : row) {
                    std::string_view name;
                    ondemand::value v;
                    if (rf.error() || rf.unescaped_key().get(name) || rf.value().get(v))
                        return invalid(where);
                    std::int64_t n = 0;
                    bool ok = true;
                    const char* expected = "a number";
                    if (name == "total_requests") {
                        ok = JsonFields::integer(v, n) == Read::Ok;
                        count = n;
                    } else if (name == "total_prompt_tokens") {
                        ok = JsonFields::integer(v, n) == Read::Ok;
                        prompt = n;
                    } else if (name == "total_completion_tokens") {
                        ok = JsonFields::integer(v, n) == Read::Ok;
                        completion = n;
                    } else if (name == "cost") {
                        ok = JsonFields::costNanos(v, n) == Read::Ok;
                        cost = n;
                    } else if (name == "user_id" || name == "first_active" || name == "last_active") {
                        expected = name == "user_id" ? "a string" : "a date-time";
                        std::string_view sv;
                        ok = JsonFields::string(v, sv) == Read::Ok;
                        if (ok && name == "user_id") {
                            userId = fromView(sv);
                        } else if (ok) {
                            const QDateTime t = QDateTime::fromString(fromView(sv), Qt::ISODateWithMs);
                            ok = t.isValid();
                            (name == "first_active" ? first : last) = t.toMSecsSinceEpoch();
                        }
                    } else {
                        continue;
                    }
                    if (!ok) {
                        *error = where + QLatin1String(".") + fromView(name) + QStringLiteral(": not ")
                            + QLatin1String(expected);
                        return std::nullopt;
                    }
                }
                const char* missing = !userId ? "user_id"
                    : !count                  ? "total_requests"
                    : !prompt                 ? "total_prompt_tokens"
                    : !completion             ? "total_completion_tokens"
                    : !cost                   ? "cost"
                                              : nullptr;
                if (missing) {
                    *error = where + QStringLiteral(": field %1 is missing").arg(QLatin1String(missing));
                    return std::nullopt;
                }
                if (rowOf.contains(*userId))
                    continue; // the same user twice: counted once
                GroupUsage usage;
                usage.id = *userId;
                usage.totals.requests = *count;
                usage.totals.promptTokens = *prompt;
                usage.totals.completionTokens = *completion;
                usage.totals.costNanos = *cost;
                if (first && last) {
                    usage.firstMs = *first;
                    usage.lastMs = *last;
                }
                rowOf.insert(usage.id, answer.rows.size());
                answer.rows.append(std::move(usage));
            }
        }
    }
    if (!answer.serverError.isEmpty())
        return answer;
    if (!sawUsers) {
        *error = QStringLiteral("data.users: missing");
        return std::nullopt;
    }
    return answer;
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
        const auto [start, end] = BucketIndex::bucketOf(query.zone, query.granularity, ms);
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
        text = QString::fromUtf8(body.left(300)).simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

} // namespace Usage::Net
