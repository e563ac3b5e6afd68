// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringView>

/**
 * The one place where text from the user becomes part of ClickHouse SQL or of a query parameter. Every other piece
 * of SQL the client sends is a constant of its own or a number it printed.
 */
namespace Usage::ClickHouse::Escape {

/** A string literal: 'text' with backslash, quote and control bytes escaped (safe on 18.16 and later). */
QByteArray stringLiteral(QStringView text);
/** An identifier in backquotes: `name`, with backquotes and backslashes escaped. */
QByteArray identifier(QStringView name);
/** A param_NAME value as the server reads it (the Escaped/TSV form): backslash, tab, newline, NUL escaped. */
QByteArray parameterValue(QStringView text);

} // namespace Usage::ClickHouse::Escape
