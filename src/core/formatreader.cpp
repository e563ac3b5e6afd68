// SPDX-License-Identifier: MIT
#include "formatreader.h"

#include "usageresult.h"

#include <cstring>

namespace Usage {

void ChunkReport::skip(std::int64_t line, std::string reason, std::int64_t column)
{
    ++skipped;
    if (diagnostics.size() < size_t(UsageResult::kMaxDiagnostics))
        diagnostics.push_back({line, column, std::move(reason)});
}

SplitResult splitAtLastNewline(std::string_view buffer, bool atEof)
{
    SplitResult r;
    if (atEof) {
        r.consumed = buffer.size();
        return r;
    }
    const void* p = memrchr(buffer.data(), '\n', buffer.size());
    r.consumed = p ? size_t(static_cast<const char*>(p) - buffer.data()) + 1 : 0;
    return r;
}

} // namespace Usage
