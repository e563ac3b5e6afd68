// SPDX-License-Identifier: MIT
#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>

#include <algorithm>
#include <cmath>

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

double contrastRatio(const QColor& a, const QColor& b)
{
    // WCAG 2 relative luminance of sRGB colours
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor lineColor(const QPalette& palette)
{
    // the highlight, lightened on a dark background (darkened on a light one) until it stands out (3:1, WCAG's
    // figure for graphics)
    const QColor background = palette.color(QPalette::Base);
    QColor color = palette.color(QPalette::Highlight);
    const bool darkBackground = background.lightnessF() < 0.5;
    for (int step = 0; step < 20 && contrastRatio(color, background) < 3.0; ++step)
        color = darkBackground ? color.lighter(115) : color.darker(115);
    return color;
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
