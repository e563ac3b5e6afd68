// SPDX-License-Identifier: MIT
#pragma once

#include "dumpformatter.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Bench {

/** xoshiro256** seeded through splitmix64: fast, and the same numbers on every platform (unlike std::*_distribution).
 */
class Random
{
public:
    explicit Random(std::uint64_t seed);
    std::uint64_t next();
    /** Uniform in [0, 1). */
    double uniform();
    /** Uniform in [0, n). */
    std::uint64_t below(std::uint64_t n);
    double normal();
    double logNormal(double mu, double sigma);

private:
    std::uint64_t m_s[4];
};

struct Model
{
    const char* provider;
    const char* name;
    const char* responseModel; // what the provider answers, as found in response bodies
    const char* targetUrl;
    const char* mapperType; // MappedLLMRequest._type
    bool anthropicShape; // response body shaped like Anthropic's messages API
    // prices in nano-USD per token (USD per million tokens x 1000), so costs stay integers
    std::int64_t input;
    std::int64_t output;
    std::int64_t cacheRead;
    int weight;
};

/** A slice of the text pool: raw (unescaped) UTF-8 words. */
struct TextSpan
{
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

/** One request, before any format writes it. Every format writes the same logical stream. */
struct GenRecord
{
    std::uint64_t index = 0;
    char requestId[37] = {};
    char responseId[37] = {};
    std::int64_t createdMs = 0;
    int latencyMs = 0;
    int ttftMs = 0;
    int user = -1; // index into users(), -1: no user id (null / '')
    const Model* model = nullptr;
    int status = 200;
    bool tokensNull = false;
    bool costNull = false;
    std::int64_t prompt = 0;
    std::int64_t completion = 0;
    std::int64_t reasoning = 0;
    std::int64_t cacheRead = 0;
    std::int64_t costNanos = 0;
    int feature = 0;
    int environment = 0;
    int country = 0;
    TextSpan system;
    TextSpan question;
    TextSpan answer;
    std::uint64_t bodyId = 0;
};

/**
 * The deterministic stream of requests: Zipf-distributed users (a few odd ids among them), several models and
 * providers, timestamps spread over one month in ascending order, and for long records the texts of the bodies.
 */
class RecordStream
{
public:
    struct Options
    {
        std::uint64_t seed = 20251101;
        int users = 50000;
        double zipfExponent = 1.05;
        bool longRecords = false;
        std::uint64_t expectedRecords = 1000000; // spreads the timestamps over the month
    };

    explicit RecordStream(const Options& options);

    void next(GenRecord& r);
    /** The record as the dump formats take it: views into this stream and into r. */
    DumpRecord dumpRecord(const GenRecord& r) const;

    const std::vector<std::string>& users() const { return m_users; }
    std::string_view text(TextSpan span) const { return std::string_view(m_pool).substr(span.offset, span.size); }
    static const std::vector<Model>& models();
    static const char* const* features();
    static int featureCount();
    static const char* const* countries();
    static int countryCount();
    static const char* environment(int i);
    static constexpr std::int64_t monthStartMs = 1759276800000; // 2025-10-01T00:00:00Z
    static constexpr std::int64_t monthMs = 31LL * 86400 * 1000;

private:
    void makeUsers();
    void makePool();
    TextSpan span(double meanBytes);
    int pickUser();
    const Model* pickModel();

    Options m_options;
    Random m_random;
    std::vector<std::string> m_users;
    std::vector<double> m_userCdf;
    std::vector<int> m_modelCdf;
    std::string m_pool;
    std::vector<std::uint32_t> m_wordStarts;
    std::uint64_t m_index = 0;
};

/** Formats 16 random bytes as a version-4 UUID (36 characters and a NUL). */
void formatUuid(std::uint64_t a, std::uint64_t b, char* out);

} // namespace Bench
