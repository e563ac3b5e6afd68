// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Bench {

/**
 * One request as every dump format writes it, whoever made it up (ue-gen-dump's RecordStream, the format tests).
 * The views must stay valid while the record is written.
 */
struct DumpRecord
{
    std::string_view requestId;
    std::string_view responseId;
    std::int64_t createdMs = 0;
    std::int64_t updatedMs = 0; // ClickHouse's version column: the newest copy of a row wins
    int latencyMs = 0;
    int ttftMs = 0;
    std::optional<std::string_view> user; // nullopt: no user id (null, or '' in ClickHouse)
    std::string_view provider;
    std::string_view model;
    std::string_view responseModel; // what the provider answers, as found in response bodies
    std::string_view targetUrl;
    std::string_view mapperType; // MappedLLMRequest._type
    bool anthropicShape = false; // bodies shaped like Anthropic's messages API
    int status = 200;
    bool tokensNull = false; // the token counts are null (\N in ClickHouse CSV)
    bool costNull = false;
    std::int64_t prompt = 0;
    std::int64_t completion = 0;
    std::int64_t reasoning = 0;
    std::int64_t cacheRead = 0;
    std::int64_t cacheWrite = 0;
    std::int64_t costNanos = 0;
    std::string_view environment; // the custom property "environment"; empty: the record has none
    std::string_view feature; // the custom property "feature"
    std::string_view country;
    // the texts of the request and response bodies (long records only)
    std::string_view system;
    std::string_view question;
    std::string_view answer;
    std::uint64_t bodyId = 0;
};

/**
 * Writes records in one dump format, byte for byte as the tool that makes such dumps writes them (see
 * ../shared/docs/helicone-api.md sections 3-5 and bench/README.md). The one writer of the dump formats: the
 * benchmark's generator and the format tests both use it.
 */
class DumpFormatter
{
public:
    struct Options
    {
        bool longRecords = false;
        bool quoteInt64 = true; // ClickHouse before 25.8 quotes 64-bit integers in JSON output
        /**
         * Not 0: each record also takes, at random from this seed, the other spellings readers meet (token counts
         * as strings, "properties" for "request_properties", request_model without model, costs like "5e-06",
         * 64-bit integers quoted or not in ClickHouse JSON, a "user" of its own in an OpenAI request body).
         */
        std::uint64_t variantSeed = 0;
    };

    virtual ~DumpFormatter() = default;
    virtual void header(std::string& out) { (void)out; }
    /** Appends one record and its separator; first is true for the first record of the file. */
    virtual void record(const DumpRecord& r, bool first, std::string& out) = 0;
    virtual void footer(std::string& out) { (void)out; }

    /** nullptr for an unknown name. */
    static std::unique_ptr<DumpFormatter> create(const std::string& name, const Options& options);
    static std::vector<std::string> formatNames();
    /** The usual file name extension of a format ("jsonl", "json", "csv"). */
    static std::string extension(const std::string& name);
};

} // namespace Bench
