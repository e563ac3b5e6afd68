// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace Bench {

class RecordStream;
struct GenRecord;

/**
 * Writes the records of a RecordStream in one dump format, byte for byte as the tool that makes such dumps writes
 * them (see /work/shared/docs/helicone-api.md sections 3-5 and bench/README.md).
 */
class DumpFormatter
{
public:
    struct Options
    {
        bool longRecords = false;
        bool quoteInt64 = true; // ClickHouse before 25.8 quotes 64-bit integers in JSON output
    };

    virtual ~DumpFormatter() = default;
    virtual void header(std::string& out) { (void)out; }
    /** Appends one record and its separator; first is true for the first record of the file. */
    virtual void record(const GenRecord& r, bool first, std::string& out) = 0;
    virtual void footer(std::string& out) { (void)out; }

    /** nullptr for an unknown name. The stream must outlive the formatter. */
    static std::unique_ptr<DumpFormatter> create(
        const std::string& name, const RecordStream& stream, const Options& options);
    static std::vector<std::string> formatNames();
    /** The usual file name extension of a format ("jsonl", "json", "csv"). */
    static std::string extension(const std::string& name);
};

} // namespace Bench
