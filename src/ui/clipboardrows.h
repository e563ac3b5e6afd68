// SPDX-License-Identifier: MIT
#pragma once

#include "core/export/exportcolumn.h"

#include <QList>
#include <QString>

class QMimeData;
class UsageTableModel;

/** What the table's Copy puts on the clipboard: tab-separated lines that spreadsheets paste into cells. */
namespace ClipboardRows {

/**
 * A line of the column titles, then one line per row (model rows, in the order given) with the cells of the given
 * columns (UsageColumn values): the core's export cells, so numbers are plain and exact as in a CSV export.
 */
QString text(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns);

/** The same cells as an HTML table (a header row of <th>, then <td> cells), for spreadsheets and word processors. */
QString html(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns);

/** Both forms for the clipboard: text/plain and text/html. */
QMimeData* mimeData(const UsageTableModel& model, const QList<int>& rows, const QList<int>& columns);

/** The export column of a table column. */
Usage::Export::Column exportColumn(int usageColumn);

} // namespace ClipboardRows
