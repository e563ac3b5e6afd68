// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

/** Turning pasted or imported text into user ids: the window's editor and the command line's --users-file. */
namespace UserIdList {

/**
 * Splits on newlines, commas, tabs and spaces; drops empty pieces and duplicates, keeping first-seen order.
 * pieces receives the number of non-empty pieces, duplicates included.
 */
QStringList split(const QString& text, int* pieces = nullptr);

/**
 * Ids from a text file (one per line, or separated as in split()) or a CSV file (the first column; a header named
 * user_id, user or id is skipped). UTF-8, a leading byte-order mark ignored.
 */
QStringList fromFile(const QByteArray& contents, bool isCsv);

/**
 * Ids one per line, as they are (an id may hold commas and spaces): UTF-8, a leading byte-order mark and a line's
 * trailing carriage return dropped, blank lines and duplicates skipped. The command line's --users-file.
 */
QStringList fromLines(const QByteArray& contents);

/** existing followed by the ids of added not in it yet; addedCount receives how many were new. */
QStringList merge(const QStringList& existing, const QStringList& added, int* addedCount = nullptr);

} // namespace UserIdList
