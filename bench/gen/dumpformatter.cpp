// SPDX-License-Identifier: MIT
#include "dumpformatter.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace Bench {
namespace {

    constexpr std::string_view kZeroUuid = "00000000-0000-0000-0000-000000000000";
    constexpr std::string_view kOrganization = "83635a30-5ba6-41a8-8cc6-fb7df941b24a";

    void appendInt(std::string& out, std::int64_t v)
    {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, size_t(res.ptr - buf));
    }

    void appendPadded(std::string& out, std::int64_t v, int width)
    {
        char buf[24];
        int n = 0;
        for (int i = 0; i < width; ++i) {
            buf[width - 1 - i] = char('0' + v % 10);
            v /= 10;
            ++n;
        }
        out.append(buf, size_t(n));
    }

    /** JSON string contents; ClickHouse also escapes '/' (output_format_json_escape_forward_slashes). */
    void appendJsonEscaped(std::string& out, std::string_view s, bool escapeSlash = false)
    {
        static const char hex[] = "0123456789abcdef";
        size_t plainStart = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\' && !(escapeSlash && c == '/'))
                continue;
            out.append(s.data() + plainStart, i - plainStart);
            plainStart = i + 1;
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '/':
                out += "\\/";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
        }
        out.append(s.data() + plainStart, s.size() - plainStart);
    }

    void appendJsonString(std::string& out, std::string_view s, bool escapeSlash = false)
    {
        out += '"';
        appendJsonEscaped(out, s, escapeSlash);
        out += '"';
    }

    /** A USD amount as JavaScript's Number#toString writes nanos / 1e9 (exponent form below 1e-6). */
    void appendUsd(std::string& out, std::int64_t nanos)
    {
        if (nanos == 0) {
            out += '0';
            return;
        }
        if (nanos >= 1000) {
            appendInt(out, nanos / 1000000000);
            std::int64_t frac = nanos % 1000000000;
            if (frac) {
                int digits = 9;
                while (frac % 10 == 0) {
                    frac /= 10;
                    --digits;
                }
                out += '.';
                appendPadded(out, frac, digits);
            }
            return;
        }
        std::string d = std::to_string(nanos);
        const int exponent = -9 + int(d.size()) - 1;
        while (d.size() > 1 && d.back() == '0')
            d.pop_back();
        out += d[0];
        if (d.size() > 1) {
            out += '.';
            out.append(d, 1);
        }
        out += "e-";
        appendInt(out, -exponent);
    }

    /** nanos / 1000 and "e-06": how some tools write a cost in whole micro-USD. */
    void appendMicroExponent(std::string& out, std::int64_t nanos)
    {
        appendInt(out, nanos / 1000);
        out += "e-06";
    }

    /** The spellings one record takes (Options::variantSeed); all off for the tools' own output. */
    struct Variants
    {
        bool tokensAsStrings = false;
        bool propertiesKey = false; // "properties" rather than "request_properties"
        bool requestModelOnly = false;
        bool exponentCost = false;
        bool quoteInt64 = true;
        bool bodyUser = false; // OpenAI's "user" in the request body, unlike the record's user id
    };

    class VariantPicker
    {
    public:
        explicit VariantPicker(const DumpFormatter::Options& o)
            : m_state(o.variantSeed)
            , m_on(o.variantSeed != 0)
            , m_quoteInt64(o.quoteInt64)
        {
        }
        Variants next()
        {
            Variants v;
            v.quoteInt64 = m_quoteInt64;
            if (!m_on)
                return v;
            const std::uint64_t bits = splitmix64();
            v.tokensAsStrings = (bits & 3) == 0;
            v.propertiesKey = (bits >> 2) % 3 == 0;
            v.requestModelOnly = (bits >> 8 & 1) != 0;
            v.exponentCost = (bits >> 9 & 1) != 0;
            v.quoteInt64 = (bits >> 10 & 1) != 0;
            v.bodyUser = (bits >> 11 & 1) != 0;
            return v;
        }

    private:
        std::uint64_t splitmix64()
        {
            std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            return z ^ (z >> 31);
        }

        std::uint64_t m_state;
        bool m_on;
        bool m_quoteInt64;
    };

    /** A cost as the record's spelling has it. */
    void appendCost(std::string& out, std::int64_t nanos, const Variants& v)
    {
        if (v.exponentCost && nanos != 0 && nanos % 1000 == 0)
            appendMicroExponent(out, nanos);
        else
            appendUsd(out, nanos);
    }

    void civil(std::int64_t ms, int& y, int& mo, int& d, int& h, int& mi, int& s, int& milli)
    {
        std::int64_t days = ms / 86400000;
        std::int64_t rest = ms % 86400000;
        milli = int(rest % 1000);
        rest /= 1000;
        s = int(rest % 60);
        mi = int(rest / 60 % 60);
        h = int(rest / 3600);
        // Howard Hinnant's civil_from_days
        days += 719468;
        const std::int64_t era = days / 146097;
        const std::int64_t doe = days - era * 146097;
        const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const std::int64_t mp = (5 * doy + 2) / 153;
        d = int(doy - (153 * mp + 2) / 5 + 1);
        mo = int(mp < 10 ? mp + 3 : mp - 9);
        y = int(yoe + era * 400 + (mo <= 2));
    }

    /** "2025-10-01T00:03:32.537Z" (iso) or ClickHouse's "2025-10-01 00:03:32.537". */
    void appendTime(std::string& out, std::int64_t ms, bool iso)
    {
        int y, mo, d, h, mi, s, milli;
        civil(ms, y, mo, d, h, mi, s, milli);
        appendPadded(out, y, 4);
        out += '-';
        appendPadded(out, mo, 2);
        out += '-';
        appendPadded(out, d, 2);
        out += iso ? 'T' : ' ';
        appendPadded(out, h, 2);
        out += ':';
        appendPadded(out, mi, 2);
        out += ':';
        appendPadded(out, s, 2);
        out += '.';
        appendPadded(out, milli, 3);
        if (iso)
            out += 'Z';
    }

    void appendHex(std::string& out, std::uint64_t v, int digits)
    {
        static const char hex[] = "0123456789abcdef";
        for (int i = digits - 1; i >= 0; --i)
            out += hex[(v >> (4 * (i % 16))) & 15];
    }

    /** CSV cell quoted the way the export CLI and Papa Parse do: wrapped in '"', inner '"' doubled. */
    void appendCsvQuoted(std::string& out, std::string_view s)
    {
        out += '"';
        size_t plainStart = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] != '"')
                continue;
            out.append(s.data() + plainStart, i + 1 - plainStart);
            out += '"';
            plainStart = i + 1;
        }
        out.append(s.data() + plainStart, s.size() - plainStart);
        out += '"';
    }

    /** Reformats compact JSON as JSON.stringify(value, null, 2) would have written it. */
    void appendPretty(std::string& out, std::string_view json)
    {
        int depth = 0;
        auto newline = [&](int d) {
            out += '\n';
            out.append(size_t(2 * d), ' ');
        };
        for (size_t i = 0; i < json.size(); ++i) {
            const char c = json[i];
            switch (c) {
            case '"': {
                const size_t start = i++;
                while (json[i] != '"') {
                    if (json[i] == '\\')
                        ++i;
                    ++i;
                }
                out.append(json.data() + start, i + 1 - start);
                break;
            }
            case '{':
            case '[':
                if (json[i + 1] == (c == '{' ? '}' : ']')) {
                    out += c;
                    out += json[++i];
                } else {
                    out += c;
                    newline(++depth);
                }
                break;
            case '}':
            case ']':
                newline(--depth);
                out += c;
                break;
            case ',':
                out += ',';
                newline(depth);
                break;
            case ':':
                out += ": ";
                break;
            default:
                out += c;
            }
        }
    }

    /** Builds the compact JSON of the shared pieces: bodies, properties, token fields. */
    class Json
    {
    public:
        Json(const DumpRecord& r, std::string& out, const Variants& v = {})
            : r(r)
            , variants(v)
            , out(out)
        {
        }

        void key(std::string_view k)
        {
            out += '"';
            out += k;
            out += "\":";
        }
        void str(std::string_view k, std::string_view v)
        {
            key(k);
            appendJsonString(out, v);
            out += ',';
        }
        void num(std::string_view k, std::int64_t v)
        {
            key(k);
            appendInt(out, v);
            out += ',';
        }
        void tokens(std::string_view k, std::int64_t v)
        {
            key(k);
            if (r.tokensNull) {
                out += "null";
            } else if (variants.tokensAsStrings) {
                out += '"';
                appendInt(out, v);
                out += '"';
            } else {
                appendInt(out, v);
            }
            out += ',';
        }
        void raw(std::string_view k, std::string_view v)
        {
            key(k);
            out += v;
            out += ',';
        }
        void time(std::string_view k, std::int64_t ms)
        {
            key(k);
            out += '"';
            appendTime(out, ms, true);
            out += "\",";
        }
        void user(std::string_view k)
        {
            key(k);
            if (!r.user)
                out += "null";
            else
                appendJsonString(out, *r.user);
            out += ',';
        }
        void cost(std::string_view k)
        {
            key(k);
            if (r.costNull)
                out += "null";
            else
                appendCost(out, r.costNanos, variants);
            out += ',';
        }
        void text(std::string_view k, std::string_view t)
        {
            key(k);
            appendJsonString(out, t);
            out += ',';
        }
        void properties(std::string_view k)
        {
            if (!k.empty())
                key(k);
            out += '{';
            if (!r.environment.empty()) {
                out += "\"environment\":\"";
                out += r.environment;
                out += "\",";
            }
            out += "\"feature\":\"";
            out += r.feature;
            out += "\"},";
        }
        void open(std::string_view k, char c)
        {
            if (!k.empty())
                key(k);
            out += c;
        }
        /** Ends an object or array: drops the trailing ',' of its last member. */
        void close(char c)
        {
            if (out.back() == ',')
                out.back() = c;
            else
                out += c;
            out += ',';
        }
        void end()
        {
            // the value just finished ends with ',' that the caller does not want
            if (out.back() == ',')
                out.pop_back();
        }

        void requestBody(std::string_view k)
        {
            open(k, '{');
            str("model", r.model);
            if (r.anthropicShape) {
                num("max_tokens", 1024);
                text("system", r.system);
                open("messages", '[');
                open({}, '{');
                str("role", "user");
                text("content", r.question);
                close('}');
                close(']');
            } else {
                open("messages", '[');
                open({}, '{');
                str("role", "system");
                text("content", r.system);
                close('}');
                open({}, '{');
                str("role", "user");
                text("content", r.question);
                close('}');
                close(']');
                num("max_tokens", 1024);
                raw("stream", "false");
                if (variants.bodyUser)
                    str("user", "body-user");
            }
            raw("temperature", "0.7");
            close('}');
        }

        void responseBody(std::string_view k)
        {
            // nested "model", "cost" and token counts that differ from the top-level ones: a reader must not mix them
            // up
            const std::int64_t providerCost = r.costNanos + r.costNanos / 10 + 7;
            open(k, '{');
            if (r.anthropicShape) {
                out += "\"id\":\"msg_";
                appendHex(out, r.bodyId, 24);
                out += "\",";
                str("type", "message");
                str("role", "assistant");
                str("model", r.responseModel);
                open("content", '[');
                open({}, '{');
                str("type", "text");
                text("text", r.answer);
                close('}');
                close(']');
                str("stop_reason", "end_turn");
                raw("stop_sequence", "null");
                open("usage", '{');
                num("input_tokens", r.prompt);
                num("cache_creation_input_tokens", 0);
                num("cache_read_input_tokens", r.cacheRead);
                num("output_tokens", r.completion);
                key("cost");
                appendUsd(out, providerCost);
                out += ',';
                close('}');
            } else {
                out += "\"id\":\"chatcmpl-";
                appendHex(out, r.bodyId, 29);
                out += "\",";
                str("object", "chat.completion");
                num("created", r.createdMs / 1000 + 1);
                str("model", r.responseModel);
                open("choices", '[');
                open({}, '{');
                num("index", 0);
                open("message", '{');
                str("role", "assistant");
                text("content", r.answer);
                raw("refusal", "null");
                close('}');
                raw("logprobs", "null");
                str("finish_reason", "stop");
                close('}');
                close(']');
                open("usage", '{');
                num("prompt_tokens", r.prompt + r.cacheRead);
                num("completion_tokens", r.completion + r.reasoning);
                num("total_tokens", r.prompt + r.cacheRead + r.completion + r.reasoning);
                open("prompt_tokens_details", '{');
                num("cached_tokens", r.cacheRead);
                num("audio_tokens", 0);
                close('}');
                open("completion_tokens_details", '{');
                num("reasoning_tokens", r.reasoning);
                num("audio_tokens", 0);
                close('}');
                key("cost");
                appendUsd(out, providerCost);
                out += ',';
                close('}');
                out += "\"system_fingerprint\":\"fp_";
                appendHex(out, r.bodyId >> 7, 10);
                out += "\",";
            }
            close('}');
        }

        const DumpRecord& r;
        Variants variants;
        std::string& out;
    };

    /** HeliconeRequest as /v1/request/query-clickhouse returns it (the export CLI's record). */
    void heliconeRequest(const DumpRecord& r, bool longRecord, const Variants& v, std::string& out)
    {
        Json j(r, out, v);
        out += '{';
        if (!longRecord) {
            j.str("request_id", r.requestId);
            j.time("request_created_at", r.createdMs);
            j.user("request_user_id");
            j.properties(v.propertiesKey ? "properties" : "request_properties");
            j.str("provider", r.provider);
            j.str(v.requestModelOnly ? "request_model" : "model", r.model);
            j.tokens("prompt_tokens", r.prompt);
            j.tokens("completion_tokens", r.completion);
            j.tokens("total_tokens", r.prompt + r.completion + r.reasoning);
            j.cost("cost");
            j.num("delay_ms", r.latencyMs);
            j.num("response_status", r.status);
            j.close('}');
            j.end();
            return;
        }
        j.str("response_id", r.responseId);
        j.responseBody("response_body");
        j.time("response_created_at", r.createdMs + r.latencyMs);
        j.num("response_status", r.status);
        j.str("request_id", r.requestId);
        j.requestBody("request_body");
        j.time("request_created_at", r.createdMs);
        j.user("request_user_id");
        j.properties("request_properties");
        j.str("provider", r.provider);
        j.num("delay_ms", r.latencyMs);
        j.str("request_model", r.model);
        j.raw("ai_gateway_body_mapping", "null");
        j.num("time_to_first_token", r.ttftMs);
        j.tokens("total_tokens", r.prompt + r.completion + r.reasoning);
        j.tokens("completion_tokens", r.completion);
        j.tokens("reasoning_tokens", r.reasoning);
        j.tokens("prompt_cache_read_tokens", r.cacheRead);
        j.tokens("prompt_cache_write_tokens", r.cacheWrite);
        j.tokens("prompt_tokens", r.prompt);
        j.str("country_code", r.country);
        j.raw("scores", "{}");
        j.properties("properties");
        j.raw("asset_ids", "[]");
        j.str("target_url", r.targetUrl);
        j.str("cache_reference_id", kZeroUuid);
        j.str("request_referrer", "");
        j.raw("cache_enabled", "false");
        j.cost("cost");
        j.str("prompt_id", "");
        j.str("prompt_version", "");
        j.time("updated_at", r.updatedMs);
        j.str("storage_location", "s3");
        j.raw("feedback_created_at", "null");
        if (!v.requestModelOnly)
            j.str("model", r.model);
        j.close('}');
        j.end();
    }

    class HeliconeJsonl : public DumpFormatter
    {
    public:
        explicit HeliconeJsonl(const Options& o)
            : m_o(o)
            , m_variants(o)
        {
        }
        void record(const DumpRecord& r, bool, std::string& out) override
        {
            heliconeRequest(r, m_o.longRecords, m_variants.next(), out);
            out += '\n';
        }

    private:
        Options m_o;
        VariantPicker m_variants;
    };

    /** The export CLI's --format json: "[\n", each record pretty-printed and followed by ",\n" (also the last), "]\n".
     */
    class HeliconeJsonArray : public DumpFormatter
    {
    public:
        explicit HeliconeJsonArray(const Options& o)
            : m_o(o)
            , m_variants(o)
        {
        }
        void header(std::string& out) override { out += "[\n"; }
        void record(const DumpRecord& r, bool, std::string& out) override
        {
            m_scratch.clear();
            heliconeRequest(r, m_o.longRecords, m_variants.next(), m_scratch);
            appendPretty(out, m_scratch);
            out += ",\n";
        }
        void footer(std::string& out) override { out += "]\n"; }

    private:
        Options m_o;
        VariantPicker m_variants;
        std::string m_scratch;
    };

    /** The export CLI's --format csv: 12 fixed columns, every value quoted, objects' quotes doubled twice. */
    class ExportCsv : public DumpFormatter
    {
    public:
        explicit ExportCsv(const Options& o)
            : m_o(o)
            , m_variants(o)
        {
        }
        void header(std::string& out) override
        {
            out += "response_id,response_created_at,response_status,request_created_at,request_body,request_properties,"
                   "request_user_id,model,prompt_tokens,completion_tokens,latency,cost\n";
        }
        void record(const DumpRecord& r, bool, std::string& out) override
        {
            const Variants v = m_variants.next();
            appendCsvQuoted(out, r.responseId);
            out += ',';
            m_scratch.clear();
            appendTime(m_scratch, r.createdMs + r.latencyMs, true);
            appendCsvQuoted(out, m_scratch);
            out += ',';
            m_scratch.clear();
            appendInt(m_scratch, r.status);
            appendCsvQuoted(out, m_scratch);
            out += ',';
            m_scratch.clear();
            appendTime(m_scratch, r.createdMs, true);
            appendCsvQuoted(out, m_scratch);
            out += ',';
            if (m_o.longRecords) {
                m_scratch.clear();
                Json j(r, m_scratch);
                j.requestBody({});
                j.end();
                objectCell(m_scratch, out);
            }
            out += ',';
            m_scratch.clear();
            Json j(r, m_scratch);
            j.properties({});
            j.end();
            objectCell(m_scratch, out);
            out += ',';
            if (r.user)
                appendCsvQuoted(out, *r.user);
            out += ',';
            appendCsvQuoted(out, r.model);
            out += ',';
            number(r.tokensNull, r.prompt, out);
            out += ',';
            number(r.tokensNull, r.completion, out);
            out += ",,"; // latency: always empty, the records carry delay_ms
            if (!r.costNull) {
                m_scratch.clear();
                appendCost(m_scratch, r.costNanos, v);
                appendCsvQuoted(out, m_scratch);
            }
            out += '\n';
        }

    private:
        void objectCell(const std::string& json, std::string& out)
        {
            m_doubled.clear();
            for (char c : json) {
                m_doubled += c;
                if (c == '"')
                    m_doubled += '"';
            }
            appendCsvQuoted(out, m_doubled);
        }
        void number(bool isNull, std::int64_t v, std::string& out)
        {
            if (isNull)
                return;
            out += '"';
            appendInt(out, v);
            out += '"';
        }

        Options m_o;
        VariantPicker m_variants;
        std::string m_scratch;
        std::string m_doubled;
    };

    /** MappedLLMRequest, the row of the dashboard's Requests page; figures sit in heliconeMetadata. */
    void mappedRequest(const DumpRecord& r, bool longRecord, const Variants& v, std::string& out)
    {
        Json j(r, out, v);
        out += '{';
        j.str("_type", r.mapperType);
        j.str("id", r.requestId);
        j.open("schema", '{');
        j.open("request", '{');
        j.str("model", r.model);
        if (longRecord) {
            j.open("messages", '[');
            j.open({}, '{');
            j.str("_type", "message");
            j.str("role", "system");
            j.text("content", r.system);
            j.close('}');
            j.open({}, '{');
            j.str("_type", "message");
            j.str("role", "user");
            j.text("content", r.question);
            j.close('}');
            j.close(']');
        }
        j.close('}');
        if (longRecord) {
            j.open("response", '{');
            j.open("messages", '[');
            j.open({}, '{');
            j.str("_type", "message");
            j.str("role", "assistant");
            j.text("content", r.answer);
            j.close('}');
            j.close(']');
            j.str("model", r.responseModel);
            j.close('}');
        } else {
            j.raw("response", "null");
        }
        j.close('}');
        j.open("preview", '{');
        if (longRecord) {
            j.text("request", r.question);
            j.text("response", r.answer);
        } else {
            j.str("request", "");
            j.str("response", "");
        }
        j.raw("concatenatedMessages", "[]");
        j.close('}');
        j.str("model", r.model);
        j.open("raw", '{');
        if (longRecord) {
            j.requestBody("request");
            j.responseBody("response");
        } else {
            j.raw("request", "{}");
            j.raw("response", "{}");
        }
        j.close('}');
        j.open("heliconeMetadata", '{');
        j.str("requestId", r.requestId);
        j.str("path", r.targetUrl);
        j.str("countryCode", r.country);
        j.raw("cacheEnabled", "false");
        j.str("cacheReferenceId", kZeroUuid);
        j.time("createdAt", r.createdMs);
        j.tokens("totalTokens", r.prompt + r.completion + r.reasoning);
        j.tokens("promptTokens", r.prompt);
        j.tokens("completionTokens", r.completion);
        j.tokens("reasoningTokens", r.reasoning);
        j.tokens("promptCacheWriteTokens", r.cacheWrite);
        j.tokens("promptCacheReadTokens", r.cacheRead);
        j.num("latency", r.latencyMs);
        j.user("user");
        j.open("status", '{');
        j.num("code", r.status);
        j.str("statusType", r.status == 200 ? "success" : "error");
        j.close('}');
        j.properties("customProperties");
        j.cost("cost");
        j.raw("feedback", "{\"createdAt\":null,\"id\":null,\"rating\":null}");
        j.str("provider", r.provider);
        j.num("timeToFirstToken", r.ttftMs);
        j.raw("scores", "{}");
        j.str("promptId", "");
        j.str("promptVersion", "");
        j.str("targetUrl", r.targetUrl);
        j.str("requestReferrer", "");
        j.str("storageLocation", "s3");
        j.close('}');
        j.close('}');
        j.end();
    }

    /** The Requests page's JSONL export: JSON.stringify per row, joined with "\n", no newline at the end. */
    class WebJsonl : public DumpFormatter
    {
    public:
        explicit WebJsonl(const Options& o)
            : m_o(o)
            , m_variants(o)
        {
        }
        void record(const DumpRecord& r, bool first, std::string& out) override
        {
            if (!first)
                out += '\n';
            mappedRequest(r, m_o.longRecords, m_variants.next(), out);
        }

    private:
        Options m_o;
        VariantPicker m_variants;
    };

    /** The Requests page's CSV export: object values JSON-stringified, then Papa.unparse (CRLF, quotes when needed). */
    class WebCsv : public DumpFormatter
    {
    public:
        explicit WebCsv(const Options& o)
            : m_o(o)
            , m_variants(o)
        {
        }
        void header(std::string& out) override { out += "_type,id,schema,preview,model,raw,heliconeMetadata"; }
        void record(const DumpRecord& r, bool, std::string& out) override
        {
            // the cells are the top-level values of the same object the JSONL export writes
            m_json.clear();
            mappedRequest(r, m_o.longRecords, m_variants.next(), m_json);
            out += "\r\n";
            std::string_view rest = std::string_view(m_json).substr(1, m_json.size() - 2);
            bool firstCell = true;
            while (!rest.empty()) {
                const size_t colon = rest.find("\":");
                std::string_view value = rest.substr(colon + 2);
                const size_t end = valueEnd(value);
                cell(value.substr(0, end), firstCell, out);
                firstCell = false;
                rest = value.substr(std::min(end + 1, value.size()));
            }
        }

    private:
        static size_t valueEnd(std::string_view v)
        {
            int depth = 0;
            for (size_t i = 0; i < v.size(); ++i) {
                const char c = v[i];
                if (c == '"') {
                    for (++i; v[i] != '"'; ++i) {
                        if (v[i] == '\\')
                            ++i;
                    }
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    --depth;
                } else if (c == ',' && depth == 0) {
                    return i;
                }
            }
            return v.size();
        }
        void cell(std::string_view json, bool firstCell, std::string& out)
        {
            if (!firstCell)
                out += ',';
            if (json == "null")
                return;
            std::string_view text = json;
            if (json.front() == '"') {
                m_unescaped.clear(); // our strings here are ids and model names: no escapes inside
                m_unescaped.assign(json.substr(1, json.size() - 2));
                text = m_unescaped;
            }
            const bool needsQuotes = text.find_first_of(",\"\r\n") != std::string_view::npos
                || (!text.empty() && (text.front() == ' ' || text.back() == ' '));
            if (needsQuotes)
                appendCsvQuoted(out, text);
            else
                out += text;
        }

        Options m_o;
        VariantPicker m_variants;
        std::string m_json;
        std::string m_unescaped;
    };

    /** A row of ClickHouse's request_response_rmt, in JSONEachRow or CSVWithNames. */
    class ClickHouse : public DumpFormatter
    {
    public:
        ClickHouse(const Options& o, bool csv)
            : m_o(o)
            , m_variants(o)
            , m_csv(csv)
        {
        }
        void header(std::string& out) override
        {
            if (!m_csv)
                return;
            static const char* const names[] = { "response_id", "response_created_at", "latency", "status",
                "completion_tokens", "prompt_tokens", "model", "request_id", "request_created_at", "user_id",
                "organization_id", "threat", "time_to_first_token", "provider", "target_url", "country_code",
                "cache_enabled", "properties", "scores", "request_body", "response_body", "assets",
                "prompt_cache_write_tokens", "prompt_cache_read_tokens", "reasoning_tokens", "cost", "prompt_id",
                "prompt_version", "cache_reference_id", "request_referrer", "storage_location", "size_bytes",
                "updated_at" };
            bool first = true;
            for (const char* n : names) {
                if (!first)
                    out += ',';
                first = false;
                out += '"';
                out += n;
                out += '"';
            }
            out += '\n';
        }
        void record(const DumpRecord& r, bool, std::string& out) override
        {
            m_out = &out;
            m_first = true;
            m_quoteInt64 = m_variants.next().quoteInt64;
            if (!m_csv)
                out += '{';
            str("response_id", r.responseId);
            time("response_created_at", r.createdMs + r.latencyMs);
            int64("latency", r.latencyMs, false);
            int64("status", r.status, false);
            int64("completion_tokens", r.completion, r.tokensNull);
            int64("prompt_tokens", r.prompt, r.tokensNull);
            str("model", r.model);
            str("request_id", r.requestId);
            time("request_created_at", r.createdMs);
            str("user_id", r.user.value_or(std::string_view()));
            str("organization_id", kOrganization);
            literal("threat", "null");
            int64("time_to_first_token", r.ttftMs, false);
            str("provider", r.provider);
            str("target_url", r.targetUrl);
            str("country_code", r.country);
            literal("cache_enabled", "false");
            {
                // a Map(String, String): single quotes in CSV, a JSON object in JSON
                const std::string_view q = m_csv ? "'" : "\"";
                std::string map = "{";
                if (!r.environment.empty()) {
                    map.append(q).append("environment").append(q).append(":").append(q);
                    map.append(r.environment).append(q).append(",");
                }
                map.append(q).append("feature").append(q).append(":").append(q).append(r.feature).append(q);
                map += '}';
                if (m_csv)
                    str("properties", map);
                else
                    literal("properties", map);
            }
            if (m_csv)
                str("scores", "{}");
            else
                literal("scores", "{}");
            m_body.clear();
            if (m_o.longRecords) {
                Json j(r, m_body);
                j.requestBody({});
                j.end();
            }
            str("request_body", m_body);
            m_body.clear();
            if (m_o.longRecords) {
                Json j(r, m_body);
                j.responseBody({});
                j.end();
            }
            str("response_body", m_body);
            if (m_csv)
                str("assets", "[]");
            else
                literal("assets", "[]");
            int64("prompt_cache_write_tokens", r.cacheWrite, false);
            int64("prompt_cache_read_tokens", r.cacheRead, false);
            int64("reasoning_tokens", r.reasoning, false);
            int64("cost", r.costNanos, false);
            str("prompt_id", "");
            str("prompt_version", "");
            str("cache_reference_id", kZeroUuid);
            str("request_referrer", "");
            str("storage_location", "s3");
            literal("size_bytes", std::to_string(900 + m_body.size()));
            time("updated_at", r.updatedMs);
            out += m_csv ? '\n' : '}';
            if (!m_csv)
                out += '\n';
        }

    private:
        void key(std::string_view k)
        {
            if (!m_first)
                *m_out += ',';
            m_first = false;
            if (m_csv)
                return;
            *m_out += '"';
            *m_out += k;
            *m_out += "\":";
        }
        void str(std::string_view k, std::string_view v)
        {
            key(k);
            if (m_csv)
                appendCsvQuoted(*m_out, v);
            else
                appendJsonString(*m_out, v, true);
        }
        void time(std::string_view k, std::int64_t ms)
        {
            key(k);
            *m_out += '"';
            appendTime(*m_out, ms, false);
            *m_out += '"';
        }
        void int64(std::string_view k, std::int64_t v, bool isNull)
        {
            key(k);
            if (isNull) {
                *m_out += m_csv ? "\\N" : "null";
                return;
            }
            const bool quote = !m_csv && m_quoteInt64;
            if (quote)
                *m_out += '"';
            appendInt(*m_out, v);
            if (quote)
                *m_out += '"';
        }
        void literal(std::string_view k, std::string_view v)
        {
            key(k);
            if (m_csv && v == "null")
                *m_out += "\\N";
            else
                *m_out += v;
        }

        Options m_o;
        VariantPicker m_variants;
        bool m_csv;
        bool m_quoteInt64 = true;
        std::string* m_out = nullptr;
        bool m_first = true;
        std::string m_body;
    };

} // namespace

std::unique_ptr<DumpFormatter> DumpFormatter::create(const std::string& name, const Options& options)
{
    if (name == "helicone-jsonl")
        return std::make_unique<HeliconeJsonl>(options);
    if (name == "helicone-json")
        return std::make_unique<HeliconeJsonArray>(options);
    if (name == "export-csv")
        return std::make_unique<ExportCsv>(options);
    if (name == "web-jsonl")
        return std::make_unique<WebJsonl>(options);
    if (name == "web-csv")
        return std::make_unique<WebCsv>(options);
    if (name == "clickhouse-jsonl")
        return std::make_unique<ClickHouse>(options, false);
    if (name == "clickhouse-csv")
        return std::make_unique<ClickHouse>(options, true);
    return nullptr;
}

std::vector<std::string> DumpFormatter::formatNames()
{
    return { "helicone-jsonl", "helicone-json", "export-csv", "web-jsonl", "web-csv", "clickhouse-jsonl",
        "clickhouse-csv" };
}

std::string DumpFormatter::extension(const std::string& name)
{
    if (name == "helicone-json")
        return "json";
    if (name.ends_with("csv"))
        return "csv";
    return "jsonl";
}

} // namespace Bench
