// SPDX-License-Identifier: MIT
// libFuzzer target: Helicone's answers as the client reads them: per-user rows of /v1/user/query and
// /v1/user/metrics/query (the first byte picks the endpoint) and the request listing of query-clickhouse.
#include "core/requests/requestrow.h"
#include "net/answerparser.h"
#include "net/requestlistjob.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 3) {
    case 0:
        (void)Usage::Net::parseUserQueryAnswer(body, &error);
        break;
    case 1:
        (void)Usage::Net::parseUserMetricsAnswer(body, &error);
        break;
    default: {
        std::vector<Usage::Requests::RequestRow> rows;
        (void)Usage::Net::RequestListJob::parseAnswer(body, rows, &error);
        break;
    }
    }
    return 0;
}
