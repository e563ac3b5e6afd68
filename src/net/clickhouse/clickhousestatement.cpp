// SPDX-License-Identifier: MIT
#include "net/clickhouse/clickhousestatement.h"

#include "net/clickhouse/clickhouseescape.h"

namespace Usage::ClickHouse {

QByteArray Statement::bind(const QString& text)
{
    if (!useParameters)
        return Escape::stringLiteral(text);
    const QByteArray name = "p" + QByteArray::number(parameters.size());
    parameters.append({ name, Escape::parameterValue(text) });
    return '{' + name + ":String}";
}

} // namespace Usage::ClickHouse
