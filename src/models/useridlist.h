// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

/** Turning pasted or imported text into user ids. */
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

/** existing followed by the ids of added not in it yet; addedCount receives how many were new. */
QStringList merge(const QStringList& existing, const QStringList& added, int* addedCount = nullptr);

} // namespace UserIdList
