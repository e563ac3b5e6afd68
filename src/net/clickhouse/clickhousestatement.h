// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Usage::ClickHouse {

/**
 * One SQL statement and its parameters. Text from the user enters it only through bind(): as a query parameter
 * ({pN:Type}, the value sent as param_pN=) when the server has them, else as a literal from Escape::stringLiteral().
 */
struct Statement
{
    QByteArray sql; ///< sent as the POST body
    QList<std::pair<QByteArray, QByteArray>> parameters; ///< name (without param_) and escaped value
    bool useParameters = true;

    /** Binds text as a value of type String; returns the SQL that stands for it. */
    QByteArray bind(const QString& text);
};

} // namespace Usage::ClickHouse
