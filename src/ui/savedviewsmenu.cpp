// SPDX-License-Identifier: MIT
#include "ui/savedviewsmenu.h"

#include "models/rangepreset.h"
#include "models/rowfilter.h"
#include "models/usagetablemodel.h"
#include "ui/columnlayout.h"
#include "ui/compareselector.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/rangeselector.h"
#include "ui/resultsview.h"
#include "ui/useridseditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>

SavedViewsMenu::SavedViewsMenu(MainWindow* window)
    : QMenu(tr("Saved &Views"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

QStringList SavedViewsMenu::names() const
{
    QStringList out;
    for (const SavedView& view : SavedViews::load(QSettings()))
        out.append(view.name);
    return out;
}

void SavedViewsMenu::rebuild()
{
    clear();
    const QStringList views = names();
    for (const QString& name : views)
        addAction(name, this, [this, name] { apply(name); });
    if (!views.isEmpty())
        addSeparator();
    addAction(tr("&Save Current View…"), this, &SavedViewsMenu::askSave);
    QMenu* renameMenu = addMenu(tr("&Rename"));
    QMenu* deleteMenu = addMenu(tr("&Delete"));
    for (const QString& name : views) {
        renameMenu->addAction(name, this, [this, name] { askRename(name); });
        deleteMenu->addAction(name, this, [this, name] { remove(name); });
    }
    renameMenu->setEnabled(!views.isEmpty());
    deleteMenu->setEnabled(!views.isEmpty());
}

void SavedViewsMenu::askSave()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_window, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty()) {
        save(name);
        Q_EMIT message(tr("Saved the view \"%1\".").arg(name));
    }
}

void SavedViewsMenu::askRename(const QString& name)
{
    bool ok = false;
    const QString to =
        QInputDialog::getText(m_window, tr("Rename View"), tr("New name of the view:"), QLineEdit::Normal, name, &ok)
            .trimmed();
    if (ok && !to.isEmpty() && !rename(name, to))
        Q_EMIT message(tr("A view named \"%1\" exists already.").arg(to));
}

SavedView SavedViewsMenu::capture(const QString& name) const
{
    SavedView view;
    view.name = name;
    const RangeSelector* range = m_window->rangeSelector();
    view.rangePreset = RangePreset::key(range->preset());
    view.startWall = range->startWall();
    view.endWall = range->endWall();
    view.zone = range->zone().id();
    view.users = m_window->userIdsEditor()->ids();
    if (const auto* groupBy = m_window->findChild<QComboBox*>(QStringLiteral("groupByCombo")))
        view.groupBy = groupBy->currentIndex();
    if (const auto* property = m_window->findChild<QLineEdit*>(QStringLiteral("propertyEdit")))
        view.property = property->text();
    const RowFilter& filter = m_window->tableModel()->filter();
    view.filterText = filter.text();
    view.filterIsRegex = filter.isRegex();
    view.minCostNanos = filter.minCostNanos();
    const CompareSelector* compare = m_window->findChild<CompareSelector*>();
    view.compare = int(compare->mode());
    view.compareStartWall = compare->customStartWall();
    view.compareEndWall = compare->customEndWall();
    const auto* results = m_window->findChild<ResultsView*>();
    view.hiddenColumns = results->columnLayout()->hiddenColumns();
    view.header = results->tableView()->horizontalHeader()->saveState();
    return view;
}

bool SavedViewsMenu::apply(const QString& name)
{
    const QList<SavedView> views = SavedViews::load(QSettings());
    const qsizetype index = SavedViews::indexOf(views, name);
    if (index < 0)
        return false;
    apply(views[index]);
    return true;
}

void SavedViewsMenu::apply(const SavedView& view)
{
    RangeSelector* range = m_window->rangeSelector();
    range->setZone(view.zone);
    const RangePreset::Preset preset = RangePreset::fromKey(view.rangePreset, RangePreset::AllTime);
    range->setPreset(preset);
    if (preset == RangePreset::Custom && view.startWall.isValid() && view.endWall.isValid())
        range->setWallRange(view.startWall, view.endWall);
    m_window->userIdsEditor()->setIds(view.users);
    if (auto* groupBy = m_window->findChild<QComboBox*>(QStringLiteral("groupByCombo")))
        groupBy->setCurrentIndex(std::clamp(view.groupBy, 0, groupBy->count() - 1));
    if (auto* property = m_window->findChild<QLineEdit*>(QStringLiteral("propertyEdit")))
        property->setText(view.property);
    m_window->findChild<FilterBar*>()->setFilter(RowFilter(view.filterText, view.filterIsRegex, view.minCostNanos));
    auto* compare = m_window->findChild<CompareSelector*>();
    if (view.compareStartWall.isValid() && view.compareEndWall.isValid())
        compare->setCustomWallRange(view.compareStartWall, view.compareEndWall);
    compare->setMode(Usage::CompareMode(view.compare));
    Usage::GroupBy groupBy;
    groupBy.key = Usage::GroupKey(std::clamp(view.groupBy, 0, 3)); // the combo's order is GroupKey's
    groupBy.property = view.property;
    m_window->findChild<ResultsView*>()->columnLayout()->setLayout(
        ColumnLayout::groupingKey(groupBy), view.header, view.hiddenColumns);
    if (m_window->tableModel()->hasResult())
        m_window->runQuery();
}

void SavedViewsMenu::save(const QString& name)
{
    QSettings settings;
    QList<SavedView> views = SavedViews::load(settings);
    const SavedView view = capture(name);
    const qsizetype index = SavedViews::indexOf(views, name);
    if (index >= 0)
        views[index] = view;
    else
        views.append(view);
    SavedViews::store(settings, views);
}

bool SavedViewsMenu::rename(const QString& from, const QString& to)
{
    QSettings settings;
    QList<SavedView> views = SavedViews::load(settings);
    const qsizetype index = SavedViews::indexOf(views, from);
    if (index < 0 || SavedViews::indexOf(views, to) >= 0)
        return false;
    views[index].name = to;
    SavedViews::store(settings, views);
    return true;
}

bool SavedViewsMenu::remove(const QString& name)
{
    QSettings settings;
    QList<SavedView> views = SavedViews::load(settings);
    const qsizetype index = SavedViews::indexOf(views, name);
    if (index < 0)
        return false;
    views.removeAt(index);
    SavedViews::store(settings, views);
    return true;
}
