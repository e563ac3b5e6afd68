// SPDX-License-Identifier: MIT
// libFuzzer target: a ClickHouse TabSeparated page of a group's requests, streamed in two pieces (the first byte
// picks the split), each row read by requestRowOf() as the requests job reads it.
#include "net/clickhouse/clickhouserequestsjob.h"
#include "net/clickhouse/clickhouserequestsql.h"
#include "net/clickhouse/clickhousetsv.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype split = body.isEmpty() ? 0 : qsizetype(data[0]) % (body.size() + 1);
    std::vector<Usage::Requests::RequestRow> rows;
    Usage::ClickHouse::TsvReader reader(Usage::ClickHouse::RequestsJob::kPageSize + 1, [&](const QStringList& fields) {
        if (auto row = Usage::ClickHouse::requestRowOf(fields))
            rows.push_back(std::move(*row));
    });
    if (reader.feed(body.first(split)) && reader.feed(body.sliced(split)))
        (void)reader.finish();
    return 0;
}
