// SPDX-License-Identifier: MIT
#include "testrecords.h"

#include "dumpformatter.h"

#include <QRandomGenerator>

namespace TestRecords {
namespace {

    const std::string kUsers[] = { "alice", "bob", "carol@example.com", "Zo\u00eb M\u00fcller", "quote\"d",
        "comma,user", "new\nline", "=SUM(A1)", "user_42", "" };

    struct Model
    {
        const char* provider;
        const char* name;
        const char* responseModel;
        const char* targetUrl;
        const char* mapperType;
        bool anthropicShape;
    };
    const Model kModels[] = {
        { "OPENAI", "gpt-4o", "gpt-4o-2024-08-06", "https://api.openai.com/v1/chat/completions", "openai-chat", false },
        { "OPENAI", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "https://api.openai.com/v1/chat/completions",
            "openai-chat", false },
        { "ANTHROPIC", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20241022",
            "https://api.anthropic.com/v1/messages", "anthropic-chat", true },
    };
    const std::string kEnvironments[] = { "production", "staging", "" };
    // body texts with what JSON and CSV must escape
    const char* const kQuestions[] = { "Say \"hi\", then stop.", "Two lines:\nfirst\r\nsecond", "Caf\u00e9 / 50% \\o/",
        "tab\there, {braces} [brackets]" };

    bool clickHouse(Format f)
    {
        return f == Format::ClickHouseJson || f == Format::ClickHouseCsv;
    }

    std::string writerName(Format f)
    {
        switch (f) {
        case Format::HeliconeJsonl:
            return "helicone-jsonl";
        case Format::HeliconeJson:
            return "helicone-json";
        case Format::ExportCsv:
            return "export-csv";
        case Format::DashboardJsonl:
            return "web-jsonl";
        case Format::DashboardCsv:
            return "web-csv";
        case Format::ClickHouseJson:
            return "clickhouse-jsonl";
        case Format::ClickHouseCsv:
            return "clickhouse-csv";
        }
        return {};
    }

    Bench::DumpRecord dumpRecord(const Record& r, int index)
    {
        const Model& m = kModels[r.model];
        Bench::DumpRecord d;
        d.requestId = r.requestId;
        d.responseId = r.responseId;
        d.createdMs = r.createdMs;
        d.updatedMs = r.updatedMs;
        d.latencyMs = 800 + index % 900;
        d.ttftMs = 200 + index % 300;
        if (r.user)
            d.user = *r.user;
        d.provider = m.provider;
        d.model = m.name;
        d.responseModel = m.responseModel;
        d.targetUrl = m.targetUrl;
        d.mapperType = m.mapperType;
        d.anthropicShape = m.anthropicShape;
        d.tokensNull = r.tokensNull;
        d.costNull = !r.costNanos;
        d.prompt = r.prompt;
        d.completion = r.completion;
        d.reasoning = r.reasoning;
        d.cacheRead = r.cacheRead;
        d.cacheWrite = r.cacheWrite;
        d.costNanos = r.costNanos.value_or(0);
        d.environment = r.environment;
        d.feature = "chat";
        d.country = "DE";
        d.system = "You are terse.";
        d.question = kQuestions[index % 4];
        d.answer = "Hi \u2014 done.";
        d.bodyId = std::uint64_t(index) * 0x9e3779b97f4a7c15ull;
        return d;
    }

    Expected expectedOf(Format format, Bodies bodies, const Record& r)
    {
        Expected e;
        e.count = 1;
        e.prompt = r.tokensNull ? 0 : r.prompt;
        e.completion = r.tokensNull ? 0 : r.completion;
        // the export CSV has no cache or reasoning columns, short Helicone records carry none; ClickHouse keeps
        // them apart from the nullable prompt and completion columns
        const bool heliconeShort =
            bodies == Bodies::Short && (format == Format::HeliconeJsonl || format == Format::HeliconeJson);
        const bool others = format != Format::ExportCsv && !heliconeShort && (!r.tokensNull || clickHouse(format));
        e.cacheRead = others ? r.cacheRead : 0;
        e.cacheWrite = others ? r.cacheWrite : 0;
        e.reasoning = others ? r.reasoning : 0;
        e.cost = r.costNanos.value_or(0);
        e.withoutCost = (!r.costNanos && !clickHouse(format)) ? 1 : 0; // ClickHouse stores 0, never NULL
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
    const int users = int(std::size(kUsers));
    for (int i = 0; i < count; ++i) {
        Record r;
        r.requestId = "req-" + std::to_string(seed) + '-' + std::to_string(i);
        r.responseId = "resp-" + std::to_string(seed) + '-' + std::to_string(i);
        const int u = int(rng.bounded(users + 1));
        if (u < users)
            r.user = kUsers[u];
        r.model = int(rng.bounded(int(std::size(kModels))));
        r.createdMs = start + qint64(rng.bounded(31 * 86400)) * 1000 + rng.bounded(1000);
        r.updatedMs = r.createdMs + 5000;
        r.tokensNull = rng.bounded(30) == 0;
        r.prompt = rng.bounded(5000);
        r.completion = rng.bounded(2000);
        r.cacheRead = rng.bounded(3) == 0 ? rng.bounded(1000) : 0;
        r.cacheWrite = rng.bounded(5) == 0 ? rng.bounded(500) : 0;
        r.reasoning = rng.bounded(4) == 0 ? rng.bounded(800) : 0;
        if (rng.bounded(20) != 0)
            r.costNanos = qint64(rng.bounded(50000000)) * (rng.bounded(3) == 0 ? 1000 : 1);
        r.environment = kEnvironments[rng.bounded(int(std::size(kEnvironments)))];
        out.append(r);
    }
    return out;
}

QByteArray write(Format format, const QList<Record>& records, quint32 seed, Bodies bodies)
{
    Bench::DumpFormatter::Options options;
    options.longRecords = bodies == Bodies::Long;
    options.variantSeed = std::uint64_t(seed) + 1;
    const auto formatter = Bench::DumpFormatter::create(writerName(format), options);
    std::string out;
    formatter->header(out);
    for (int i = 0; i < records.size(); ++i)
        formatter->record(dumpRecord(records[i], i), i == 0, out);
    formatter->footer(out);
    return QByteArray::fromStdString(out);
}

std::map<QString, Expected> expectedByUser(Format format, const QList<Record>& records, Bodies bodies)
{
    std::map<QString, Expected> out;
    for (const Record& r : records)
        add(out[QString::fromStdString(r.user.value_or(std::string()))], expectedOf(format, bodies, r));
    return out;
}

std::map<QString, Expected> expectedByEnvironment(Format format, const QList<Record>& records, Bodies bodies)
{
    std::map<QString, Expected> out;
    for (const Record& r : records)
        add(out[QString::fromStdString(r.environment)], expectedOf(format, bodies, r));
    return out;
}

} // namespace TestRecords
