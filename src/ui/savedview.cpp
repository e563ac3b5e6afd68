// SPDX-License-Identifier: MIT
#include "ui/savedview.h"

#include "core/usagequery.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString settingsKey = QStringLiteral("views/saved");
} // namespace

QVariantMap SavedView::toVariant() const
{
    QVariantList hidden;
    for (int column : hiddenColumns)
        hidden.append(column);
    return {
        { QStringLiteral("name"), name },
        { QStringLiteral("range"), rangePreset },
        { QStringLiteral("start"), startWall },
        { QStringLiteral("end"), endWall },
        { QStringLiteral("zone"), zone },
        { QStringLiteral("users"), users },
        { QStringLiteral("groupBy"), groupBy },
        { QStringLiteral("property"), property },
        { QStringLiteral("filter"), filterText },
        { QStringLiteral("regex"), filterIsRegex },
        { QStringLiteral("minCostNanos"), minCostNanos },
        { QStringLiteral("compare"), compare },
        { QStringLiteral("compareStart"), compareStartWall },
        { QStringLiteral("compareEnd"), compareEndWall },
        { QStringLiteral("hiddenColumns"), hidden },
        { QStringLiteral("header"), header },
    };
}

SavedView SavedView::fromVariant(const QVariantMap& map)
{
    SavedView view;
    view.name = map.value(QStringLiteral("name")).toString();
    view.rangePreset = map.value(QStringLiteral("range")).toString();
    view.startWall = map.value(QStringLiteral("start")).toDateTime();
    view.endWall = map.value(QStringLiteral("end")).toDateTime();
    view.zone = map.value(QStringLiteral("zone")).toByteArray();
    view.users = map.value(QStringLiteral("users")).toStringList();
    view.groupBy = map.value(QStringLiteral("groupBy")).toInt();
    view.property = map.value(QStringLiteral("property")).toString();
    view.filterText = map.value(QStringLiteral("filter")).toString();
    view.filterIsRegex = map.value(QStringLiteral("regex")).toBool();
    view.minCostNanos = map.value(QStringLiteral("minCostNanos")).toLongLong();
    view.compare = std::clamp(map.value(QStringLiteral("compare")).toInt(), 0, int(Usage::CompareMode::Custom));
    view.compareStartWall = map.value(QStringLiteral("compareStart")).toDateTime();
    view.compareEndWall = map.value(QStringLiteral("compareEnd")).toDateTime();
    for (const QVariant& column : map.value(QStringLiteral("hiddenColumns")).toList())
        view.hiddenColumns.append(column.toInt());
    view.header = map.value(QStringLiteral("header")).toByteArray();
    return view;
}

namespace SavedViews {

QList<SavedView> load(const QSettings& settings)
{
    QList<SavedView> views;
    for (const QVariant& item : settings.value(settingsKey).toList()) {
        SavedView view = SavedView::fromVariant(item.toMap());
        if (!view.name.isEmpty() && indexOf(views, view.name) < 0)
            views.append(view);
    }
    return views;
}

void store(QSettings& settings, const QList<SavedView>& views)
{
    QVariantList list;
    for (const SavedView& view : views)
        list.append(view.toVariant());
    settings.setValue(settingsKey, list);
}

qsizetype indexOf(const QList<SavedView>& views, const QString& name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views[i].name == name)
            return i;
    }
    return -1;
}

} // namespace SavedViews
