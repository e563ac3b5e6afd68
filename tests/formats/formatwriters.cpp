// SPDX-License-Identifier: MIT
#include "formatwriters.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <zlib.h>
#include <zstd.h>

namespace FormatWriters {
namespace {

    const QStringList kUsers = { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol@example.com"),
        QStringLiteral("Zo\u00eb M\u00fcller"), QStringLiteral("quote\"d"), QStringLiteral("comma,user"),
        QStringLiteral("new\nline"), QStringLiteral("=SUM(A1)"), QStringLiteral("user_42"), QString() };
    const QStringList kModels = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
        QStringLiteral("claude-3-5-sonnet-20241022") };
    const QStringList kProviders = { QStringLiteral("OPENAI"), QStringLiteral("OPENAI"), QStringLiteral("ANTHROPIC") };
    const QStringList kEnvironments = { QStringLiteral("production"), QStringLiteral("staging"), QString() };

    QByteArray str(const QString& s)
    {
        // a JSON string literal, through Qt's own writer
        QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2);
    }

    QByteArray iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    }

    QByteArray clickhouseTime(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toUtf8();
    }

    QByteArray usd(qint64 nanos, bool exponent)
    {
        if (exponent && nanos % 1000 == 0 && nanos != 0)
            return QByteArray::number(nanos / 1000) + "e-06";
        QByteArray s = QByteArray::number(nanos / 1000000000) + '.';
        QByteArray frac = QByteArray::number(nanos % 1000000000).rightJustified(9, '0');
        while (frac.endsWith('0'))
            frac.chop(1);
        return frac.isEmpty() ? QByteArray::number(nanos / 1000000000) : s + frac;
    }

    QByteArray num(qint64 v, bool quoted)
    {
        return quoted ? '"' + QByteArray::number(v) + '"' : QByteArray::number(v);
    }

    QByteArray csvQuoteAlways(const QByteArray& v)
    {
        QByteArray out = v;
        out.replace('"', "\"\"");
        return '"' + out + '"';
    }

    QByteArray csvQuoteIfNeeded(const QByteArray& v)
    {
        if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r'))
            return csvQuoteAlways(v);
        return v;
    }

    QByteArray propertiesJson(const Record& r)
    {
        if (r.environment.isEmpty())
            return "{\"feature\":\"chat\"}";
        return "{\"environment\":" + str(r.environment) + ",\"feature\":\"chat\"}";
    }

    QByteArray heliconeObject(const Record& r, QRandomGenerator& rng, bool pretty)
    {
        const bool strings = rng.bounded(4) == 0;
        const bool useRequestProperties = rng.bounded(3) == 0;
        QList<QByteArray> fields;
        fields << "\"response_id\":\"00000000-0000-4000-8000-000000000001\"";
        fields << "\"request_id\":" + str(r.requestId);
        fields << "\"request_created_at\":\"" + iso(r.createdMs) + '"';
        fields << "\"request_user_id\":" + (r.user ? str(*r.user) : QByteArray("null"));
        fields << (useRequestProperties ? "\"request_properties\":" : "\"properties\":") + propertiesJson(r);
        fields << "\"provider\":" + str(r.provider);
        // the body repeats top-level names: readers must not take them
        fields
            << "\"request_body\":{\"model\":\"decoy\",\"cost\":99,\"request_user_id\":\"decoy\",\"prompt_tokens\":7}";
        fields << "\"request_model\":" + str(r.model);
        fields << "\"completion_tokens\":" + num(r.completion, strings);
        fields << "\"reasoning_tokens\":" + num(r.reasoning, false);
        fields << "\"prompt_cache_read_tokens\":" + num(r.cacheRead, strings);
        fields << "\"prompt_cache_write_tokens\":" + num(r.cacheWrite, false);
        fields << "\"prompt_tokens\":" + num(r.prompt, strings);
        fields << "\"cost\":" + (r.costNanos ? usd(*r.costNanos, rng.bounded(2) == 0) : QByteArray("null"));
        if (rng.bounded(2))
            fields << "\"model\":" + str(r.model);
        if (!pretty)
            return '{' + fields.join(',') + '}';
        return "  {\n    " + fields.join(",\n    ") + "\n  }";
    }

    QByteArray dashboardMetadata(const Record& r)
    {
        QList<QByteArray> m;
        m << "\"requestId\":" + str(r.requestId);
        m << "\"path\":\"/v1/chat/completions\"";
        m << "\"createdAt\":\"" + iso(r.createdMs) + '"';
        m << "\"totalTokens\":" + QByteArray::number(r.prompt + r.completion + r.reasoning);
        m << "\"promptTokens\":" + QByteArray::number(r.prompt);
        m << "\"completionTokens\":" + QByteArray::number(r.completion);
        m << "\"reasoningTokens\":" + QByteArray::number(r.reasoning);
        m << "\"promptCacheWriteTokens\":" + QByteArray::number(r.cacheWrite);
        m << "\"promptCacheReadTokens\":" + QByteArray::number(r.cacheRead);
        m << "\"latency\":812";
        m << "\"user\":" + (r.user ? str(*r.user) : QByteArray("null"));
        m << "\"status\":{\"code\":200,\"statusType\":\"success\"}";
        m << "\"customProperties\":" + propertiesJson(r);
        m << "\"cost\":" + (r.costNanos ? usd(*r.costNanos, false) : QByteArray("null"));
        m << "\"provider\":" + str(r.provider);
        return '{' + m.join(',') + '}';
    }

    QByteArray dashboardPreview()
    {
        return "{\"request\":\"Hello, \\\"world\\\"\",\"response\":\"Hi\",\"concatenatedMessages\":[]}";
    }

    QByteArray dashboardRaw(const Record& r)
    {
        return "{\"request\":{\"model\":\"decoy\",\"user\":\"decoy\"},\"response\":{\"model\":" + str(r.model) + "}}";
    }

} // namespace

QString formatName(Format f)
{
    switch (f) {
    case Format::HeliconeJsonl:
        return QStringLiteral("helicone-jsonl");
    case Format::HeliconeJson:
        return QStringLiteral("helicone-json");
    case Format::ExportCsv:
        return QStringLiteral("helicone-export-csv");
    case Format::DashboardJsonl:
        return QStringLiteral("dashboard-jsonl");
    case Format::DashboardCsv:
        return QStringLiteral("dashboard-csv");
    case Format::ClickHouseJson:
        return QStringLiteral("clickhouse-jsoneachrow");
    case Format::ClickHouseCsv:
        return QStringLiteral("clickhouse-csvwithnames");
    }
    return {};
}

QList<Record> randomRecords(quint32 seed, int count)
{
    QRandomGenerator rng(seed);
    QList<Record> out;
    const qint64 start = 1759276800000; // 2025-10-01T00:00:00Z
    for (int i = 0; i < count; ++i) {
        Record r;
        r.requestId = QStringLiteral("req-%1-%2").arg(seed).arg(i);
        const int u = int(rng.bounded(kUsers.size() + 1));
        if (u < kUsers.size())
            r.user = kUsers[u];
        const int m = int(rng.bounded(kModels.size()));
        r.model = kModels[m];
        r.provider = kProviders[m];
        r.createdMs = start + qint64(rng.bounded(31 * 86400)) * 1000 + rng.bounded(1000);
        r.updatedMs = r.createdMs + 5000;
        r.prompt = rng.bounded(5000);
        r.completion = rng.bounded(2000);
        r.cacheRead = rng.bounded(3) == 0 ? rng.bounded(1000) : 0;
        r.cacheWrite = rng.bounded(5) == 0 ? rng.bounded(500) : 0;
        r.reasoning = rng.bounded(4) == 0 ? rng.bounded(800) : 0;
        if (rng.bounded(20) != 0)
            r.costNanos = qint64(rng.bounded(50000000)) * (rng.bounded(3) == 0 ? 1000 : 1);
        r.environment = kEnvironments[int(rng.bounded(kEnvironments.size()))];
        out.append(r);
    }
    return out;
}

QByteArray write(Format format, const QList<Record>& records, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out;
    switch (format) {
    case Format::HeliconeJsonl:
        for (const Record& r : records)
            out += heliconeObject(r, rng, false) + '\n';
        break;
    case Format::HeliconeJson:
        // the export CLI's json: pretty-printed, a comma after every element, then "]"
        out += "[\n";
        for (const Record& r : records)
            out += heliconeObject(r, rng, true) + ",\n";
        out += "]\n";
        break;
    case Format::ExportCsv:
        out += "response_id,response_created_at,response_status,request_created_at,request_body,request_properties,"
               "request_user_id,model,prompt_tokens,completion_tokens,latency,cost\n";
        for (const Record& r : records) {
            QByteArray props = propertiesJson(r);
            props.replace('"', "\"\""); // the export CLI escapes JSON cells once ...
            QList<QByteArray> cells;
            cells << csvQuoteAlways("00000000-0000-4000-8000-000000000001") << csvQuoteAlways(iso(r.createdMs + 900))
                  << csvQuoteAlways("200") << csvQuoteAlways(iso(r.createdMs))
                  << csvQuoteAlways("{\"\"model\"\":\"\"decoy\"\"}") << csvQuoteAlways(props) // ... and again
                  << (r.user ? csvQuoteAlways(r.user->toUtf8()) : QByteArray()) << csvQuoteAlways(r.model.toUtf8())
                  << csvQuoteAlways(QByteArray::number(r.prompt)) << csvQuoteAlways(QByteArray::number(r.completion))
                  << QByteArray()
                  << (r.costNanos ? csvQuoteAlways(usd(*r.costNanos, rng.bounded(2) == 0)) : QByteArray());
            out += cells.join(',') + '\n';
        }
        break;
    case Format::DashboardJsonl: {
        QList<QByteArray> lines;
        for (const Record& r : records) {
            lines << "{\"_type\":\"openai-chat\",\"id\":" + str(r.requestId)
                    + ",\"schema\":{\"request\":{}},"
                      "\"preview\":"
                    + dashboardPreview() + ",\"model\":" + str(r.model) + ",\"raw\":" + dashboardRaw(r)
                    + ",\"heliconeMetadata\":" + dashboardMetadata(r) + '}';
        }
        out = lines.join('\n'); // no trailing newline, as the dashboard writes it
        break;
    }
    case Format::DashboardCsv:
        out += "_type,id,schema,preview,model,raw,heliconeMetadata\r\n";
        for (const Record& r : records) {
            QList<QByteArray> cells;
            cells << "openai-chat" << csvQuoteIfNeeded(r.requestId.toUtf8()) << csvQuoteIfNeeded("{\"request\":{}}")
                  << csvQuoteIfNeeded(dashboardPreview()) << csvQuoteIfNeeded(r.model.toUtf8())
                  << csvQuoteIfNeeded(dashboardRaw(r)) << csvQuoteIfNeeded(dashboardMetadata(r));
            out += cells.join(',') + "\r\n";
        }
        break;
    case Format::ClickHouseJson:
        for (const Record& r : records) {
            const bool quoted = rng.bounded(2) == 0; // servers before 25.8 quote 64-bit integers
            QList<QByteArray> f;
            f << "\"request_id\":" + str(r.requestId) << "\"request_created_at\":\"" + clickhouseTime(r.createdMs) + '"'
              << "\"user_id\":" + str(r.user.value_or(QString())) << "\"model\":" + str(r.model)
              << "\"provider\":" + str(r.provider) << "\"prompt_tokens\":" + num(r.prompt, quoted)
              << "\"completion_tokens\":" + num(r.completion, quoted)
              << "\"prompt_cache_read_tokens\":" + num(r.cacheRead, quoted)
              << "\"prompt_cache_write_tokens\":" + num(r.cacheWrite, quoted)
              << "\"reasoning_tokens\":" + num(r.reasoning, quoted)
              << "\"cost\":" + num(r.costNanos.value_or(0), quoted) << "\"properties\":" + propertiesJson(r)
              << "\"request_body\":\"{\\\"model\\\":\\\"decoy\\\"}\""
              << "\"updated_at\":\"" + clickhouseTime(r.updatedMs) + '"';
            out += '{' + f.join(',') + "}\n";
        }
        break;
    case Format::ClickHouseCsv:
        out += "request_id,request_created_at,user_id,model,provider,prompt_tokens,completion_tokens,"
               "prompt_cache_read_tokens,prompt_cache_write_tokens,reasoning_tokens,cost,properties,updated_at\n";
        for (const Record& r : records) {
            QByteArray props = r.environment.isEmpty()
                ? QByteArray("{'feature':'chat'}")
                : "{'environment':'" + r.environment.toUtf8() + "','feature':'chat'}";
            QList<QByteArray> cells;
            cells << csvQuoteAlways(r.requestId.toUtf8()) << csvQuoteAlways(clickhouseTime(r.createdMs))
                  << csvQuoteAlways(r.user.value_or(QString()).toUtf8()) << csvQuoteAlways(r.model.toUtf8())
                  << csvQuoteAlways(r.provider.toUtf8())
                  << (r.prompt == 0 ? QByteArray("\\N") : QByteArray::number(r.prompt))
                  << QByteArray::number(r.completion) << QByteArray::number(r.cacheRead)
                  << QByteArray::number(r.cacheWrite) << QByteArray::number(r.reasoning)
                  << QByteArray::number(r.costNanos.value_or(0)) << csvQuoteAlways(props)
                  << csvQuoteAlways(clickhouseTime(r.updatedMs));
            out += cells.join(',') + '\n';
        }
        break;
    }
    return out;
}

namespace {

    Expected expectedOf(Format format, const Record& r)
    {
        Expected e;
        e.count = 1;
        e.prompt = r.prompt;
        e.completion = r.completion;
        const bool cacheColumns = format != Format::ExportCsv;
        e.cacheRead = cacheColumns ? r.cacheRead : 0;
        e.cacheWrite = cacheColumns ? r.cacheWrite : 0;
        e.reasoning = cacheColumns ? r.reasoning : 0;
        const bool clickhouse = format == Format::ClickHouseJson || format == Format::ClickHouseCsv;
        e.cost = r.costNanos.value_or(0);
        e.withoutCost = (!r.costNanos && !clickhouse) ? 1 : 0; // ClickHouse stores 0, never NULL
        return e;
    }

    void add(Expected& to, const Expected& e)
    {
        to.count += e.count;
        to.prompt += e.prompt;
        to.completion += e.completion;
        to.cacheRead += e.cacheRead;
        to.cacheWrite += e.cacheWrite;
        to.reasoning += e.reasoning;
        to.cost += e.cost;
        to.withoutCost += e.withoutCost;
    }

} // namespace

std::map<QString, Expected> expectedByUser(Format format, const QList<Record>& records)
{
    std::map<QString, Expected> out;
    for (const Record& r : records)
        add(out[r.user.value_or(QString())], expectedOf(format, r));
    return out;
}

std::map<QString, Expected> expectedByEnvironment(Format format, const QList<Record>& records)
{
    std::map<QString, Expected> out;
    for (const Record& r : records)
        add(out[r.environment], expectedOf(format, r));
    return out;
}

QByteArray gzip(const QByteArray& data)
{
    z_stream s {};
    deflateInit2(&s, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 64, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray zstd(const QByteArray& data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3);
    out.resize(qsizetype(n));
    return out;
}

} // namespace FormatWriters
