// SPDX-License-Identifier: MIT
#include "core/readers/heliconejsonarrayreader.h"

#include "core/readers/heliconerequest.h"
#include "core/readers/jsonarrayscan.h"
#include "core/readers/recordbounds.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Usage {
namespace {

    bool isSpace(char c)
    {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    // Finds the end of the JSON value starting at b[0]: returns its length, 0 when the buffer ends first,
    // or SIZE_MAX on a structural error (a closing bracket that does not match).
    size_t valueLength(const char* b, size_t n, size_t& errorAt)
    {
        char stack[256];
        size_t depth = 0;
        size_t i = 0;
        const char first = b[0];
        if (first != '{' && first != '[' && first != '"') {
            // a scalar: ends at the next separator
            while (i < n && b[i] != ',' && b[i] != ']' && !isSpace(b[i]))
                ++i;
            return i < n ? i : 0;
        }
        while (i < n) {
            const char c = b[i];
            if (c == '"') {
                ++i;
                for (;;) {
                    const void* q = memchr(b + i, '"', n - i);
                    if (!q)
                        return 0;
                    size_t pos = size_t(static_cast<const char*>(q) - b);
                    size_t backslashes = 0;
                    while (pos - backslashes > i && b[pos - backslashes - 1] == '\\')
                        ++backslashes;
                    i = pos + 1;
                    if (backslashes % 2 == 0)
                        break;
                }
                if (depth == 0)
                    return i;
                continue;
            }
            if (c == '{' || c == '[') {
                if (depth == sizeof(stack)) {
                    errorAt = i;
                    return SIZE_MAX;
                }
                stack[depth++] = c == '{' ? '}' : ']';
            } else if (c == '}' || c == ']') {
                if (depth == 0 || stack[depth - 1] != c) {
                    errorAt = i;
                    return SIZE_MAX;
                }
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return 0;
    }

} // namespace

size_t containerLength(const char* b, size_t n, size_t& errorAt)
{
#if defined(UE_JSONARRAY_AVX2)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2)
        return containerLengthAvx2(b, n, errorAt);
#endif
    return containerLengthSse2(b, n, errorAt);
}

size_t containerLengthSse2(const char* b, size_t n, size_t& errorAt)
{
#if defined(__SSE2__)
    return scanContainer<ContainerMasks<Sse2Bytes>>(b, n, errorAt);
#else
    return valueLength(b, n, errorAt); // no SSE2: a byte at a time
#endif
}

HeliconeJsonArrayReader::HeliconeJsonArrayReader(ReaderOptions options)
    : m_options(std::move(options))
{
}

SplitResult HeliconeJsonArrayReader::split(std::string_view buffer, bool atEof)
{
    SplitResult r;
    const char* b = buffer.data();
    const size_t n = buffer.size();
    size_t i = 0;
    auto fail = [&](size_t at, const char* reason) {
        r.fatalOffset = at;
        r.fatalReason = reason;
        r.consumed = at;
        return r;
    };
    for (;;) {
        while (i < n && isSpace(b[i]))
            ++i;
        r.consumed = i; // between tokens: the white space is consumed too
        if (i == n)
            break;
        switch (m_state) {
        case State::BeforeArray:
            if (b[i] != '[')
                return fail(i, "expected '[' at the start of a JSON array");
            ++i;
            m_state = State::ExpectElement;
            r.consumed = i;
            continue;
        case State::AfterArray:
            return fail(i, "unexpected data after the end of the JSON array");
        case State::AfterElement:
            if (b[i] == ',') {
                ++i;
                m_state = State::ExpectElement;
                r.consumed = i;
                continue;
            }
            if (b[i] == ']') {
                ++i;
                m_state = State::AfterArray;
                r.consumed = i;
                continue;
            }
            return fail(i, "expected ',' or ']' after an array element");
        case State::ExpectElement: {
            if (b[i] == ']') { // also after a trailing comma, as the export CLI writes it
                ++i;
                m_state = State::AfterArray;
                r.consumed = i;
                continue;
            }
            if (b[i] == ',')
                return fail(i, "unexpected ','");
            size_t errorAt = 0;
            const size_t len = b[i] == '{' || b[i] == '[' ? containerLength(b + i, n - i, errorAt)
                                                          : valueLength(b + i, n - i, errorAt);
            if (len == SIZE_MAX)
                return fail(i + errorAt, "mismatched bracket");
            if (len == 0)
                goto done; // incomplete element: wait for more data
            r.spans.emplace_back(std::uint32_t(i), std::uint32_t(i + len));
            i += len;
            m_state = State::AfterElement;
            r.consumed = i;
            continue;
        }
        }
    }
done:
    if (atEof) {
        if (r.consumed < n)
            return fail(r.consumed, "unexpected end of file inside an array element");
        if (m_state == State::BeforeArray)
            return fail(n, "the file holds no JSON array");
        if (m_state != State::AfterArray)
            return fail(n, "unexpected end of file: the JSON array is not closed");
        r.consumed = n;
    }
    return r;
}

void HeliconeJsonArrayReader::parse(const Chunk& chunk, RecordSink& sink, ChunkReport& report) const
{
    simdjson::ondemand::parser parser;
    RequestRecord record;
    const char* bufferEnd = chunk.data + chunk.size + Chunk::kPadding;
    LineCounter lines(chunk.data);
    auto lineOf = [&](size_t begin) { return lines.lineOf(chunk.data + begin); };
    bool fellBack = false;
    for (const auto& [begin, end] : chunk.spans) {
        const char* p = chunk.data + begin;
        if (*p != '{') {
            report.skip(lineOf(begin), "array element is not a JSON object");
            continue;
        }
        std::string error =
            HeliconeRequest::parse(parser, p, end - begin, size_t(bufferEnd - p), m_options, record, &fellBack);
        if (error.empty() && RecordBounds::within(record)) {
            sink.add(record);
            continue;
        }
        if (error.empty())
            error = RecordBounds::describe(record);
        if (error.rfind("invalid JSON", 0) == 0) {
            // a syntax error ends the file: report where it starts
            const char* nl = static_cast<const char*>(memrchr(chunk.data, '\n', begin));
            const std::int64_t column = nl ? std::int64_t(p - nl) : std::int64_t(begin) + 1;
            report.fatal = ChunkDiagnostic { lineOf(begin), column, std::move(error) };
            break;
        }
        report.skip(lineOf(begin), std::move(error));
    }
    m_fallbackLog.note(formatName(), fellBack);
}

} // namespace Usage
