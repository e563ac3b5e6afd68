// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

class QChart;

/** One place for how charts look: colours from the window's palette, light or dark. */
namespace ChartStyle {

/** True when the palette is dark (Qt 6.4 has no colour-scheme hint: judge by the window colour). */
bool isDark(const QPalette& palette);

/** Background, title, legend and every axis of chart in the palette's colours; call after the axes are added. */
void apply(QChart* chart, const QPalette& palette);

/** count distinct colours starting from the palette's highlight, readable on its base colour. */
QList<QColor> seriesColors(const QPalette& palette, int count);

/** WCAG 2 contrast ratio of two colours: 1 (same) to 21 (black on white). */
double contrastRatio(const QColor& a, const QColor& b);

/** The colour of a single line (cost over time): the highlight, adjusted to stand out 3:1 from the base colour. */
QColor lineColor(const QPalette& palette);

/** The muted colour of the Others bar and slice. */
QColor othersColor(const QPalette& palette);

/** The colour of bars of the rows selected in the table. */
QColor selectedColor(const QPalette& palette);

} // namespace ChartStyle
