// SPDX-License-Identifier: MIT
// libFuzzer target: one input is one log file (any format, plain, gzip or zstd), read the way the programs read
// dumps: byte source, format detection, the reader, aggregation with de-duplication on or off.
#include "core/logaggregation.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QString path = QDir::tempPath() + QStringLiteral("/ue-fuzz-logfile-%1").arg(getpid());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    Usage::UsageQuery query;
    Usage::AggregateOptions options;
    options.threads = 1;
    options.blockSize = 4096; // small blocks, so records cross block boundaries
    options.dedupe = size > 0 && (data[0] & 1);
    if (size > 1 && (data[1] & 1)) {
        query.groupBy = *Usage::GroupBy::fromString(QStringLiteral("property:env"));
        query.granularity = Usage::Granularity::Hour;
    }
    const auto outcome = Usage::aggregateFiles({ path }, query, options);
    (void)outcome.result.totals();
    return 0;
}
