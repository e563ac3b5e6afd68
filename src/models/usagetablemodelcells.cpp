// SPDX-License-Identifier: MIT
// The cells of UsageTableModel's comparison columns and its alert highlight.
#include "models/changecell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace {

/** The window colour when there is a window (light or dark palette), else a light one. */
QColor windowColor()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance())
        ? QGuiApplication::palette().color(QPalette::Window)
        : QColor(Qt::white);
}

} // namespace

void UsageTableModel::setAlertRule(const Usage::AlertRule& rule)
{
    if (rule == m_alerts)
        return;
    m_alerts = rule;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, AlertRole });
    Q_EMIT alertsChanged();
}

qsizetype UsageTableModel::alertCount() const
{
    if (!m_alerts.any())
        return 0;
    return std::count_if(m_result.rows.cbegin(), m_result.rows.cend(),
        [this](const Usage::GroupUsage& row) { return m_alerts.crosses(row); });
}

QVariant UsageTableModel::alertBackground()
{
    // a soft amber that keeps the text readable on light and dark palettes
    return windowColor().lightnessF() < 0.5 ? QColor(0x5a, 0x44, 0x10) : QColor(0xff, 0xe8, 0xb0);
}

QVariant UsageTableModel::comparisonData(
    int column, const Usage::Totals& current, const Usage::Totals& previous, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return ChangeCell::display(column, current, previous);
    case Qt::ToolTipRole:
        return ChangeCell::toolTip(column, current, previous);
    case RawValueRole:
        return ChangeCell::raw(column, current, previous);
    case Qt::ForegroundRole: {
        const QColor color = ChangeCell::foreground(column, current, previous, windowColor());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}
