// SPDX-License-Identifier: MIT
#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>

namespace ChartStyle {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

void apply(QChart* chart, const QPalette& palette)
{
    // axis labels in the locale's numbers: "1.234,5" in German (the label formats' printf-style numbers are not)
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    QColor line = palette.color(QPalette::Text);
    line.setAlphaF(0.4);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

QList<QColor> seriesColors(const QPalette& palette, int count)
{
    // hues spread by the golden angle from the highlight's hue, with lightness for the background
    const QColor base = palette.color(QPalette::Highlight).toHsl();
    const bool dark = isDark(palette);
    const int hue0 = base.hslHue() < 0 ? 210 : base.hslHue();
    QList<QColor> colors;
    colors.reserve(count);
    for (int i = 0; i < count; ++i) {
        if (i == 0) {
            colors.append(palette.color(QPalette::Highlight));
            continue;
        }
        const int hue = int(hue0 + i * 137.508) % 360;
        const int lightness = dark ? (i % 2 ? 165 : 140) : (i % 2 ? 110 : 135);
        colors.append(QColor::fromHsl(hue, 150, lightness));
    }
    return colors;
}

QColor othersColor(const QPalette& palette)
{
    // halfway between text and background: visible, and clearly not one of the named rows
    const QColor a = palette.color(QPalette::Text);
    const QColor b = palette.color(QPalette::Base);
    return QColor((a.red() + b.red()) / 2, (a.green() + b.green()) / 2, (a.blue() + b.blue()) / 2);
}

QColor selectedColor(const QPalette& palette)
{
    // the highlight's complement: stands out from the bars without leaving the palette's brightness
    const QColor h = palette.color(QPalette::Highlight).toHsl();
    const int hue = h.hslHue() < 0 ? 30 : (h.hslHue() + 180) % 360;
    return QColor::fromHsl(hue, 200, isDark(palette) ? 150 : 120);
}

} // namespace ChartStyle
