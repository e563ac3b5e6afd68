// SPDX-License-Identifier: MIT
#pragma once

#include "core/sum.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <utility>

/** Display text for figures: localized, and the same in tables, totals, tooltips and chart labels. */
namespace DisplayFormat {

/**
 * Dollars for reading: 2 decimals from $1 up, 3 significant digits below ("$0.00376"), "$0.00" for zero; the
 * symbol where the locale writes it ("0,00376 $" in German).
 * Never used for export or sorting: those read the exact nano-USD.
 */
QString money(double nanos, const QLocale& locale = QLocale());

/**
 * What comes before and after an amount of dollars in the locale: {"$", ""} in English (and the C locale),
 * {"", "\u00A0$"} in German and French. For spin boxes and other places that format the number themselves.
 */
std::pair<QString, QString> dollarAffixes(const QLocale& locale = QLocale());

/**
 * The label format of a dollar axis whose ticks are tickStep apart, with the decimals that write them exactly:
 * "$%.2f" or "%.2f $" as the locale places the symbol. For charts that localize their numbers
 * (QChart::setLocalizeNumbers), which then put in the locale's separators ("$1,234.50", "1.234,50 $").
 */
QString moneyAxisFormat(double tickStep, const QLocale& locale = QLocale());

/** The exact value, "$0.00375875" ("0,00375875 $" in German), for tooltips. */
QString moneyExact(Usage::Sum nanos, const QLocale& locale = QLocale());

/** A whole number with the locale's group separators, exact at any size of total. */
QString count(Usage::Sum value, const QLocale& locale = QLocale());

/** A fraction 0..1 as "12.3%" ("<0.1%" for tiny non-zero shares). */
QString percent(double fraction, const QLocale& locale = QLocale());

/** An instant as wall time in the zone, "2025-10-01 14:03:07". */
QString dateTime(qint64 ms, const QTimeZone& zone);

/** The zone as shown to users: "UTC", or its IANA id. */
QString zoneName(const QTimeZone& zone);

} // namespace DisplayFormat
