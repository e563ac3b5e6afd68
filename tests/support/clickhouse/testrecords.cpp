// SPDX-License-Identifier: MIT
#include "testrecords.h"

#include "core/formatdetect.h"
#include "core/timeparse.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <string>

namespace TestRecords {

namespace {

    class Collector final : public Usage::RecordSink
    {
    public:
        QList<TestRow> rows;
        void add(const Usage::RequestRecord& r) override
        {
            const auto text = [](std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); };
            TestRow row;
            row.requestId = text(r.requestId);
            row.organizationId = organizationA();
            row.createdMs = r.createdMs;
            row.user = text(r.userId);
            row.model = text(r.model);
            row.provider = text(r.provider);
            row.promptTokens = r.promptTokens;
            row.completionTokens = r.completionTokens;
            row.cacheReadTokens = r.cacheReadTokens;
            row.cacheWriteTokens = r.cacheWriteTokens;
            row.reasoningTokens = r.reasoningTokens;
            if (r.hasCost)
                row.costNanos = r.costNanos;
            row.environment = text(r.property);
            row.updatedMs =
                r.updatedAt.empty() ? r.createdMs : Usage::Time::parseTimestampMs(r.updatedAt).value_or(r.createdMs);
            rows.append(row);
        }
    };

    QString clickHouseTime(qint64 ms, bool legacy)
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return t.toString(legacy ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }

    QString uuidOf(const QString& id)
    {
        static const QUuid ns = QUuid::fromString(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
        return (id.isEmpty() ? QUuid::createUuid() : QUuid::createUuidV5(ns, id)).toString(QUuid::WithoutBraces);
    }

} // namespace

QString organizationA()
{
    return QStringLiteral("a0000000-0000-4000-8000-00000000000a");
}

QString organizationB()
{
    return QStringLiteral("b0000000-0000-4000-8000-00000000000b");
}

QList<TestRow> readFixture(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    std::string bytes = file.readAll().toStdString();
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0)
        bytes.erase(0, 3);
    const size_t size = bytes.size();
    bytes.append(Usage::Chunk::kPadding, '\0');
    Usage::ReaderOptions options;
    options.property = "environment";
    auto reader = Usage::detectFormat(std::string_view(bytes.data(), size), options, error);
    if (!reader)
        return {};
    const Usage::SplitResult split = reader->split(std::string_view(bytes.data(), size), true);
    Usage::Chunk chunk;
    chunk.data = bytes.data() + split.skip;
    chunk.size = split.consumed - split.skip;
    for (const auto& [from, to] : split.spans)
        chunk.spans.push_back({ std::uint32_t(from - split.skip), std::uint32_t(to - split.skip) });
    Collector collector;
    Usage::ChunkReport report;
    reader->parse(chunk, collector, report);
    return collector.rows;
}

QList<TestRow> synthetic()
{
    const QStringList users = { QStringLiteral("alice"), QStringLiteral("bob"), QString(), QStringLiteral("o'brien"),
        QStringLiteral("back\\slash"), QStringLiteral("new\nline"), QStringLiteral("tab\there"),
        QStringLiteral("x' OR '1'='1"), QStringLiteral("y\\' OR 1=1 --"), QStringLiteral("\u00fcn\u00efc\u00f8d\u00e9"),
        QStringLiteral("{p0:String}"), QStringLiteral("`backtick`"),
        QStringLiteral("nul") + QChar(0) + QStringLiteral("x") };
    const QStringList models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
        QStringLiteral("claude-3-haiku") };
    const QStringList environments = { QStringLiteral("production"), QString(), QStringLiteral("it's \"staging\"'] --"),
        QStringLiteral("dev\\") };
    // 2025-10-25 00:00:00.123 UTC, every 37 minutes and 1.5 s for 9 days: across both DST ends
    const qint64 start = QDateTime(QDate(2025, 10, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 123;
    QList<TestRow> rows;
    for (int i = 0; i < 350; ++i) {
        TestRow r;
        r.requestId = QStringLiteral("s%1").arg(i);
        r.organizationId = i % 23 == 5 ? organizationB() : organizationA();
        r.createdMs = start + qint64(i) * (37 * 60 * 1000 + 1500);
        r.user = users.at(i % users.size());
        r.model = models.at(i % models.size());
        r.provider = i % 3 == 2 ? QStringLiteral("ANTHROPIC") : QStringLiteral("OPENAI");
        r.promptTokens = 10 + i;
        r.completionTokens = 3 * i % 17;
        r.cacheReadTokens = i % 5;
        r.cacheWriteTokens = i % 7;
        r.reasoningTokens = i % 4 == 0 ? 11 : 0;
        if (i % 11 != 4)
            r.costNanos = 1000 + qint64(i) * 987654321;
        r.environment = environments.at(i % environments.size());
        r.updatedMs = r.createdMs + 1000;
        rows.append(r);
    }
    // later copies of some requests, with other figures and another model (so no engine merges them away)
    for (int i = 0; i < 350; i += 29) {
        TestRow r = rows.at(i);
        r.model = QStringLiteral("gpt-4.1");
        r.promptTokens += 1000;
        r.costNanos = 5;
        r.updatedMs += 60000 + i;
        rows.append(r);
    }
    return rows;
}

QByteArray createTable(bool legacy)
{
    if (legacy)
        return "CREATE TABLE default.request_response_rmt (request_id UUID, request_created_at DateTime, "
               "organization_id UUID, user_id String, model String, provider String, prompt_tokens Nullable(Int64), "
               "completion_tokens Nullable(Int64), cost Nullable(UInt64), updated_at DateTime) "
               "ENGINE = MergeTree() PARTITION BY toYYYYMM(request_created_at) "
               "ORDER BY (organization_id, request_created_at)";
    // Helicone's request_response_rmt (schema_41 and later), the columns that matter and some that do not
    return "CREATE TABLE default.request_response_rmt (response_id Nullable(UUID), response_created_at "
           "Nullable(DateTime64(3)), latency Nullable(Int64), status Int64 DEFAULT 200, completion_tokens "
           "Nullable(Int64), prompt_tokens Nullable(Int64), model LowCardinality(String), request_id UUID, "
           "request_created_at DateTime64(3), user_id LowCardinality(String), organization_id UUID, "
           "provider LowCardinality(String), country_code Nullable(String), target_url Nullable(String), "
           "threat Nullable(Bool), time_to_first_token Nullable(Int64), properties Map(LowCardinality(String), "
           "String), "
           "scores Map(LowCardinality(String), Int64), request_body String DEFAULT '', response_body String DEFAULT "
           "'', "
           "assets Array(String), cache_reference_id UUID DEFAULT '00000000-0000-0000-0000-000000000000', "
           "cache_enabled Bool DEFAULT false, cost UInt64 DEFAULT 0, prompt_cache_write_tokens Int64 DEFAULT 0, "
           "prompt_cache_read_tokens Int64 DEFAULT 0, prompt_audio_tokens Int64 DEFAULT 0, completion_audio_tokens "
           "Int64 DEFAULT 0, reasoning_tokens Int64 DEFAULT 0, size_bytes UInt32 DEFAULT 0, updated_at "
           "DateTime64(3, 'UTC') DEFAULT now()) ENGINE = ReplacingMergeTree(updated_at) "
           "PARTITION BY toYYYYMM(request_created_at) "
           "ORDER BY (organization_id, provider, model, user_id, request_created_at, request_id)";
}

QByteArray jsonEachRow(const QList<TestRow>& rows, bool legacy)
{
    QByteArray out;
    for (const TestRow& r : rows) {
        QJsonObject o;
        o.insert(QStringLiteral("request_id"), uuidOf(r.requestId));
        o.insert(QStringLiteral("request_created_at"), clickHouseTime(r.createdMs, legacy));
        o.insert(QStringLiteral("organization_id"), r.organizationId);
        o.insert(QStringLiteral("user_id"), r.user);
        o.insert(QStringLiteral("model"), r.model);
        o.insert(QStringLiteral("provider"), r.provider);
        o.insert(QStringLiteral("prompt_tokens"), r.promptTokens);
        o.insert(QStringLiteral("completion_tokens"), r.completionTokens);
        if (legacy) {
            o.insert(QStringLiteral("cost"), r.costNanos ? QJsonValue(*r.costNanos) : QJsonValue());
        } else {
            o.insert(QStringLiteral("cost"), r.costNanos.value_or(0));
            o.insert(QStringLiteral("prompt_cache_read_tokens"), r.cacheReadTokens);
            o.insert(QStringLiteral("prompt_cache_write_tokens"), r.cacheWriteTokens);
            o.insert(QStringLiteral("reasoning_tokens"), r.reasoningTokens);
            QJsonObject properties;
            if (!r.environment.isEmpty())
                properties.insert(QStringLiteral("environment"), r.environment);
            o.insert(QStringLiteral("properties"), properties);
        }
        o.insert(QStringLiteral("updated_at"), clickHouseTime(r.updatedMs, legacy));
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

QList<TestRow> syntheticAndFixture()
{
    QList<TestRow> rows = synthetic();
    QString error;
    for (TestRow r : readFixture(QStringLiteral(UE_SOURCE_DIR "/tests/data/helicone.jsonl"), &error)) {
        r.requestId.prepend(QStringLiteral("fixture:"));
        rows.append(r);
    }
    return rows;
}

} // namespace TestRecords
