// SPDX-License-Identifier: MIT
// libFuzzer target: the details scanners (JSON lines, JSON array, CSV) fed a dump in two pieces, the fuzzer's first
// byte choosing where the first piece ends; every id is wanted.
#include "core/formatreader.h"
#include "core/requests/requestdetailsscan.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

/** scan() of buffer followed by the padding it may read and no more, so that a read past that is caught. */
std::size_t scanPadded(Usage::Requests::DetailsScanner& scanner, const std::string& buffer, bool atEof)
{
    const std::string padded = buffer + std::string(Usage::Chunk::kPadding, '\0');
    return scanner.scan(std::string_view(padded.data(), buffer.size()), atEof);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::size_t cut = text.empty() ? 0 : data[0] % (text.size() + 1);
    QSet<QString> ids { QStringLiteral("a1"), QStringLiteral("r1"), QStringLiteral("r2") };
    QHash<QString, Usage::Requests::RequestDetails> found;
    auto scanner = Usage::Requests::detailsScanner(text, ids, found);
    std::string buffer = text.substr(0, cut);
    std::size_t used = scanPadded(*scanner, buffer, false);
    if (used == std::string::npos)
        return 0;
    if (used > buffer.size())
        __builtin_trap(); // more than it was given
    buffer.erase(0, used);
    buffer += text.substr(cut);
    used = scanPadded(*scanner, buffer, true);
    if (used != std::string::npos && used != buffer.size())
        __builtin_trap(); // at the end everything is read
    return 0;
}
