// SPDX-License-Identifier: MIT
#include "recordstream.h"

#include <algorithm>
#include <cmath>

namespace Bench {
namespace {

    std::uint64_t splitmix64(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t rotl(std::uint64_t x, int k)
    {
        return (x << k) | (x >> (64 - k));
    }

    // Words of the body texts; a few non-ASCII ones and characters JSON and CSV must escape, as real prompts have.
    const char* const kWords[] = {
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "it",
        "you",
        "that",
        "for",
        "on",
        "with",
        "as",
        "are",
        "this",
        "be",
        "at",
        "have",
        "from",
        "or",
        "an",
        "by",
        "not",
        "but",
        "what",
        "all",
        "were",
        "when",
        "we",
        "there",
        "can",
        "your",
        "which",
        "their",
        "if",
        "do",
        "will",
        "each",
        "about",
        "how",
        "up",
        "out",
        "them",
        "then",
        "she",
        "many",
        "some",
        "so",
        "these",
        "would",
        "other",
        "into",
        "has",
        "more",
        "her",
        "two",
        "like",
        "him",
        "see",
        "time",
        "could",
        "no",
        "make",
        "than",
        "first",
        "been",
        "its",
        "who",
        "now",
        "people",
        "my",
        "made",
        "over",
        "did",
        "down",
        "only",
        "way",
        "find",
        "use",
        "may",
        "water",
        "long",
        "little",
        "very",
        "after",
        "words",
        "called",
        "just",
        "where",
        "most",
        "know",
        "customer",
        "invoice",
        "summary",
        "translate",
        "report",
        "quarterly",
        "revenue",
        "function",
        "return",
        "value",
        "error",
        "request",
        "response",
        "token",
        "model",
        "cost",
        "user",
        "please",
        "explain",
        "example",
        "JSON",
        "table",
        "column",
        "refund",
        "policy",
        "shipping",
        "order",
        "account",
        "password",
        "reset",
        "schedule",
        "meeting",
        "agenda",
        "draft",
        "email",
        "reply",
        "politely",
        "bullet",
        "points",
        "café",
        "naïve",
        "Straße",
        "façade",
        "Zürich",
        "東京",
        "データ",
        "résumé",
        "€42.50",
        "✓",
        "—",
        "\"quoted\"",
        "it's",
        "C:\\Users\\docs",
        "50%",
        "<b>bold</b>",
        "a/b",
        "{braces}",
        "[1,2,3]",
        "tab\there",
        "x=1;",
        "#tag",
        "@mention",
        "1.",
        "2.",
        "3.",
        "TODO:",
        "Note:",
        "e.g.",
        "i.e.",
        "etc.",
    };

    const char* const kFeatures[] = { "chat", "search", "summarize", "translate", "autocomplete", "agent" };
    const char* const kCountries[] = { "US", "US", "US", "DE", "FR", "GB", "IN", "BR", "JP", "CA" };

    // Odd ids at fixed popularity ranks: quotes, commas, non-ASCII, an empty one, spaces, a backslash, a formula.
    struct OddId
    {
        int rank;
        const char* id;
    };
    const OddId kOddIds[] = {
        { 2, "Zoë Müller" },
        { 9, "id,with,commas" },
        { 30, "O'Brien" },
        { 40, "say \"hi\"" },
        { 150, "" },
        { 600, "用户-42" },
        { 2000, "=cmd|' /C calc'!A0" },
        { 5000, " padded " },
        { 9000, "back\\slash" },
        { 20000, "🚀 rocket" },
    };

    const char* const kFirst[] = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
        "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yvonne", "zara", "omar",
        "mei", "lars", "ines", "kofi", "anya", "raj", "lucia" };

} // namespace

Random::Random(std::uint64_t seed)
{
    for (auto& s : m_s)
        s = splitmix64(seed);
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

std::uint64_t Random::below(std::uint64_t n)
{
    return next() % n; // the bias (n is small) does not matter here
}

double Random::normal()
{
    // Box-Muller; the second value is thrown away so the stream stays simple
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

double Random::logNormal(double mu, double sigma)
{
    return std::exp(mu + sigma * normal());
}

void formatUuid(std::uint64_t a, std::uint64_t b, char* out)
{
    static const char hex[] = "0123456789abcdef";
    a = (a & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    b = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 1
    int o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        const unsigned byte = unsigned(((i < 8 ? a : b) >> (8 * (7 - (i & 7)))) & 0xff);
        out[o++] = hex[byte >> 4];
        out[o++] = hex[byte & 15];
    }
    out[o] = 0;
}

const std::vector<Model>& RecordStream::models()
{
    static const std::vector<Model> models = {
        { "OPENAI", "gpt-4o", "gpt-4o-2024-08-06", "https://api.openai.com/v1/chat/completions", "openai-chat", false,
            2500, 10000, 1250, 18 },
        { "OPENAI", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "https://api.openai.com/v1/chat/completions",
            "openai-chat", false, 150, 600, 75, 40 },
        { "OPENAI", "gpt-4.1", "gpt-4.1-2025-04-14", "https://api.openai.com/v1/chat/completions", "openai-chat", false,
            2000, 8000, 500, 10 },
        { "ANTHROPIC", "claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20241022",
            "https://api.anthropic.com/v1/messages", "anthropic-chat", true, 3000, 15000, 300, 14 },
        { "ANTHROPIC", "claude-3-haiku-20240307", "claude-3-haiku-20240307", "https://api.anthropic.com/v1/messages",
            "anthropic-chat", true, 250, 1250, 25, 12 },
        { "OPENROUTER", "meta-llama/llama-3.1-70b-instruct", "meta-llama/llama-3.1-70b-instruct",
            "https://openrouter.ai/api/v1/chat/completions", "openai-chat", false, 400, 400, 0, 5 },
        { "GOOGLE", "gemini-1.5-flash", "gemini-1.5-flash-002",
            "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions", "openai-chat", false, 75, 300,
            0, 4 },
    };
    return models;
}

const char* const* RecordStream::features()
{
    return kFeatures;
}

int RecordStream::featureCount()
{
    return int(std::size(kFeatures));
}

const char* const* RecordStream::countries()
{
    return kCountries;
}

int RecordStream::countryCount()
{
    return int(std::size(kCountries));
}

const char* RecordStream::environment(int i)
{
    return i == 0 ? "production" : "staging";
}

RecordStream::RecordStream(const Options& options)
    : m_options(options)
    , m_random(options.seed)
{
    makeUsers();
    int sum = 0;
    for (const Model& m : models()) {
        sum += m.weight;
        m_modelCdf.push_back(sum);
    }
    if (m_options.longRecords)
        makePool();
}

void RecordStream::makeUsers()
{
    const int n = std::max(m_options.users, 1);
    m_users.reserve(size_t(n));
    for (int rank = 0; rank < n; ++rank) {
        std::string id;
        switch (rank % 10) {
        case 0:
        case 1:
        case 2:
        case 3:
            id = "user_" + std::to_string(100000 + rank * 7);
            break;
        case 4:
        case 5:
        case 6:
            id = std::string(kFirst[rank % std::size(kFirst)]) + "." + std::to_string(rank) + "@example.com";
            break;
        default: {
            std::uint64_t h = std::uint64_t(rank) * 0x9e3779b97f4a7c15ULL;
            char buf[32];
            std::snprintf(buf, sizeof buf, "cus_%08llx%d", static_cast<unsigned long long>(h >> 32), rank);
            id = buf;
        }
        }
        m_users.push_back(std::move(id));
    }
    for (const OddId& odd : kOddIds) {
        if (odd.rank < n)
            m_users[size_t(odd.rank)] = odd.id;
    }
    m_userCdf.resize(size_t(n));
    double sum = 0;
    for (int rank = 0; rank < n; ++rank) {
        sum += 1.0 / std::pow(double(rank + 1), m_options.zipfExponent);
        m_userCdf[size_t(rank)] = sum;
    }
    for (double& c : m_userCdf)
        c /= sum;
}

void RecordStream::makePool()
{
    // a fixed 4 MB of prose, cut into body texts at word boundaries (never inside a UTF-8 sequence)
    Random r(m_options.seed ^ 0x5eed);
    const size_t target = 4u << 20;
    m_pool.reserve(target + 64);
    bool sentenceStart = true;
    while (m_pool.size() < target) {
        m_wordStarts.push_back(std::uint32_t(m_pool.size()));
        std::string_view w = kWords[r.below(std::size(kWords))];
        if (sentenceStart && w[0] >= 'a' && w[0] <= 'z') {
            m_pool += char(w[0] - 'a' + 'A');
            m_pool += w.substr(1);
        } else {
            m_pool += w;
        }
        sentenceStart = false;
        const std::uint64_t x = r.below(100);
        if (x < 6) {
            m_pool += ".\n\n";
            sentenceStart = true;
        } else if (x < 14) {
            m_pool += ". ";
            sentenceStart = true;
        } else if (x < 18) {
            m_pool += ", ";
        } else {
            m_pool += ' ';
        }
    }
}

TextSpan RecordStream::span(double meanBytes)
{
    const auto want = std::uint32_t(meanBytes * (0.4 + 1.2 * m_random.uniform()));
    // starts only in the first half of the pool, so every span fits
    const size_t startIndex = m_random.below(m_wordStarts.size() / 2);
    const std::uint32_t start = m_wordStarts[startIndex];
    auto it = std::lower_bound(m_wordStarts.begin() + std::ptrdiff_t(startIndex), m_wordStarts.end(), start + want);
    const std::uint32_t end = it == m_wordStarts.end() ? std::uint32_t(m_pool.size()) : *it;
    TextSpan s;
    s.offset = start;
    s.size = end - start;
    while (s.size > 0 && (m_pool[s.offset + s.size - 1] == ' ' || m_pool[s.offset + s.size - 1] == '\n'))
        --s.size;
    return s;
}

int RecordStream::pickUser()
{
    const double u = m_random.uniform();
    const auto it = std::lower_bound(m_userCdf.begin(), m_userCdf.end(), u);
    return int(std::min<std::ptrdiff_t>(it - m_userCdf.begin(), std::ptrdiff_t(m_userCdf.size()) - 1));
}

const Model* RecordStream::pickModel()
{
    const int x = int(m_random.below(std::uint64_t(m_modelCdf.back())));
    for (size_t i = 0; i < m_modelCdf.size(); ++i) {
        if (x < m_modelCdf[i])
            return &models()[i];
    }
    return &models().back();
}

void RecordStream::next(GenRecord& r)
{
    r.index = m_index++;
    formatUuid(m_random.next(), m_random.next(), r.requestId);
    formatUuid(m_random.next(), m_random.next(), r.responseId);
    // ascending over the month; when the size estimate was short, the tail wraps round to its start
    const double step = double(monthMs) / double(std::max<std::uint64_t>(m_options.expectedRecords, 1));
    const auto base = std::int64_t(double(r.index) * step);
    r.createdMs = monthStartMs + (base + std::int64_t(m_random.below(std::uint64_t(std::max(step, 1.0))))) % monthMs;
    r.latencyMs = 300 + int(m_random.below(8700));
    r.ttftMs = r.latencyMs / 3 + int(m_random.below(200));
    r.user = m_random.uniform() < 0.03 ? -1 : pickUser();
    r.model = pickModel();
    r.feature = int(m_random.below(std::size(kFeatures)));
    r.environment = m_random.uniform() < 0.85 ? 0 : 1;
    r.country = int(m_random.below(std::size(kCountries)));
    const double roll = m_random.uniform();
    r.status = roll < 0.008 ? 500 : roll < 0.012 ? 429 : 200;
    r.tokensNull = r.status != 200;
    r.costNull = r.status == 200 && m_random.uniform() < 0.007;
    r.prompt = std::int64_t(m_random.logNormal(6.2, 0.9));
    r.completion = std::int64_t(m_random.logNormal(5.0, 0.8));
    static const double cacheShare[] = { 0, 0, 0, 0.5, 0.8 };
    r.cacheRead = r.model->cacheRead ? std::int64_t(double(r.prompt) * cacheShare[m_random.below(5)]) : 0;
    r.reasoning =
        (r.model->name[4] == '4' && r.model->name[5] == '.' && m_random.uniform() < 0.3) ? r.completion * 3 / 10 : 0;
    if (r.tokensNull) {
        r.prompt = r.completion = r.reasoning = r.cacheRead = 0;
        r.costNanos = 0;
    } else {
        r.costNanos = r.prompt * r.model->input + r.cacheRead * r.model->cacheRead
            + (r.completion + r.reasoning) * r.model->output;
    }
    if (r.costNull)
        r.costNanos = 0;
    r.bodyId = m_random.next();
    if (m_options.longRecords) {
        r.system = span(1000);
        r.question = span(1300);
        r.answer = span(1500);
    }
}

DumpRecord RecordStream::dumpRecord(const GenRecord& r) const
{
    DumpRecord d;
    d.requestId = r.requestId;
    d.responseId = r.responseId;
    d.createdMs = r.createdMs;
    d.updatedMs = r.createdMs + r.latencyMs + 1500;
    d.latencyMs = r.latencyMs;
    d.ttftMs = r.ttftMs;
    if (r.user >= 0)
        d.user = m_users[size_t(r.user)];
    d.provider = r.model->provider;
    d.model = r.model->name;
    d.responseModel = r.model->responseModel;
    d.targetUrl = r.model->targetUrl;
    d.mapperType = r.model->mapperType;
    d.anthropicShape = r.model->anthropicShape;
    d.status = r.status;
    d.tokensNull = r.tokensNull;
    d.costNull = r.costNull;
    d.prompt = r.prompt;
    d.completion = r.completion;
    d.reasoning = r.reasoning;
    d.cacheRead = r.cacheRead;
    d.costNanos = r.costNanos;
    d.environment = environment(r.environment);
    d.feature = features()[r.feature];
    d.country = countries()[r.country];
    d.system = text(r.system);
    d.question = text(r.question);
    d.answer = text(r.answer);
    d.bodyId = r.bodyId;
    return d;
}

} // namespace Bench
