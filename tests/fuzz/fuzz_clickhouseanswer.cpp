// SPDX-License-Identifier: MIT
// libFuzzer target: a ClickHouse TabSeparated answer, streamed in two pieces (the first byte picks the split), its
// rows read as the usage job reads the per-model and the per-bucket answers.
#include "net/clickhouse/clickhouseresultbuilder.h"
#include "net/clickhouse/clickhousetsv.h"

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype split = body.isEmpty() ? 0 : qsizetype(data[0]) % (body.size() + 1);
    Usage::ClickHouse::ResultBuilder builder;
    bool series = false;
    Usage::ClickHouse::TsvReader reader(1000, [&](const QStringList& fields) {
        // the model answer's rows, then (after the first row that is not one) the series answer's
        if (!series && !builder.addModelRow(fields))
            series = true;
        if (series)
            (void)builder.addSeriesRow(fields);
    });
    if (reader.feed(body.first(split)) && reader.feed(body.sliced(split)))
        (void)reader.finish();
    (void)builder.take(Usage::UsageQuery {});
    return 0;
}
