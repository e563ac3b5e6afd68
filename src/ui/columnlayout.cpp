// SPDX-License-Identifier: MIT
#include "ui/columnlayout.h"

#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/headerlink.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

#include <algorithm>
#include <iterator>

namespace {
const QString layoutsKey = QStringLiteral("table/layouts");
const QString headerKey = QStringLiteral("header");
const QString hiddenKey = QStringLiteral("hidden");
} // namespace

ColumnLayout::ColumnLayout(QTableView* table, HeaderLink* link, UsageTableModel* model)
    : QObject(table)
    , m_table(table)
    , m_link(link)
    , m_model(model)
{
}

QMenu* ColumnLayout::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Columns"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        populate(menu);
    });
    populate(menu); // filled from the start, so its actions can be found and triggered before it opens
    return menu;
}

void ColumnLayout::populate(QMenu* menu)
{
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("columnAction%1").arg(column));
        action->setCheckable(true);
        action->setChecked(isColumnShown(column));
        // the group column stays: it names the rows
        action->setEnabled(column != UsageColumn::Id && m_model->isColumnAvailable(column));
        if (!m_model->isColumnAvailable(column))
            action->setToolTip(UsageColumn::isComparison(column)
                    ? tr("Only with a comparison: choose \"Compare with\" and run the query")
                    : tr("The source of this result does not report this column"));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu->addSeparator();
    menu->addAction(tr("Show &All Columns"), this, &ColumnLayout::showAll);
}

void ColumnLayout::setColumnShown(int column, bool shown)
{
    if (column == UsageColumn::Id || isColumnShown(column) == shown)
        return;
    if (shown)
        m_hidden.remove(column);
    else
        m_hidden.insert(column);
    applyVisibility();
}

void ColumnLayout::showAll()
{
    m_hidden.clear();
    applyVisibility();
}

QList<int> ColumnLayout::hiddenColumns() const
{
    QList<int> columns(m_hidden.begin(), m_hidden.end());
    std::sort(columns.begin(), columns.end());
    return columns;
}

void ColumnLayout::setHiddenColumns(const QList<int>& columns)
{
    m_hidden.clear();
    for (int column : columns) {
        if (column > UsageColumn::Id && column < UsageColumn::Count)
            m_hidden.insert(column);
    }
    applyVisibility();
}

void ColumnLayout::applyVisibility()
{
    for (int column = 0; column < UsageColumn::Count; ++column)
        m_link->setColumnHidden(column, m_hidden.contains(column) || !m_model->isColumnAvailable(column));
    m_link->copyLayout();
    Q_EMIT layoutChanged();
}

void ColumnLayout::storeCurrent()
{
    if (m_grouping.isEmpty())
        return;
    m_states.insert(m_grouping, m_table->horizontalHeader()->saveState());
    m_hiddenByGrouping.insert(m_grouping, hiddenColumns());
}

bool ColumnLayout::restoreLayout(const QString& grouping)
{
    QHeaderView* header = m_table->horizontalHeader();
    const auto state = m_states.constFind(grouping);
    if (state == m_states.cend() || !header->restoreState(*state) || header->count() != UsageColumn::Count)
        return false;
    m_hidden.clear();
    for (int column : m_hiddenByGrouping.value(grouping))
        m_hidden.insert(column);
    return true;
}

bool ColumnLayout::switchGrouping(const QString& grouping)
{
    if (grouping == m_grouping) {
        applyVisibility();
        return true;
    }
    storeCurrent();
    const bool first = m_grouping.isEmpty();
    m_grouping = grouping;
    const bool restored = restoreLayout(grouping);
    if (!restored) {
        if (!first)
            m_hidden.clear(); // a grouping seen for the first time starts with every column
        applyDefaultOrder();
    }
    applyVisibility();
    return restored;
}

void ColumnLayout::applyDefaultOrder()
{
    QHeaderView* header = m_table->horizontalHeader();
    const int first[] = { UsageColumn::Id, UsageColumn::Cost, UsageColumn::CostShare };
    for (int visual = 0; visual < int(std::size(first)); ++visual)
        header->moveSection(header->visualIndex(first[visual]), visual);
}

void ColumnLayout::saveSettings(QSettings& settings) const
{
    QHash<QString, QByteArray> states = m_states;
    QHash<QString, QList<int>> hiddenByGrouping = m_hiddenByGrouping;
    if (!m_grouping.isEmpty()) {
        states.insert(m_grouping, m_table->horizontalHeader()->saveState());
        hiddenByGrouping.insert(m_grouping, hiddenColumns());
    }
    QVariantMap layouts;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QVariantList hidden;
        for (int column : hiddenByGrouping.value(it.key()))
            hidden.append(column);
        layouts.insert(it.key(), QVariantMap { { headerKey, *it }, { hiddenKey, hidden } });
    }
    settings.setValue(layoutsKey, layouts);
    settings.setValue(QStringLiteral("table/grouping"), m_grouping);
}

bool ColumnLayout::restoreSettings(const QSettings& settings)
{
    const QVariantMap layouts = settings.value(layoutsKey).toMap();
    m_states.clear();
    m_hiddenByGrouping.clear();
    for (auto it = layouts.cbegin(); it != layouts.cend(); ++it) {
        const QVariantMap layout = it->toMap();
        QList<int> hidden;
        for (const QVariant& column : layout.value(hiddenKey).toList())
            hidden.append(column.toInt());
        m_states.insert(it.key(), layout.value(headerKey).toByteArray());
        m_hiddenByGrouping.insert(it.key(), hidden);
    }
    m_grouping = settings.value(QStringLiteral("table/grouping")).toString();
    const bool restored = !m_grouping.isEmpty() && restoreLayout(m_grouping);
    if (restored)
        applyVisibility();
    return restored;
}

void ColumnLayout::setLayout(const QString& grouping, const QByteArray& header, const QList<int>& hidden)
{
    if (header.isEmpty())
        return;
    if (grouping != m_grouping) {
        m_states.insert(grouping, header);
        m_hiddenByGrouping.insert(grouping, hidden);
        return;
    }
    if (m_table->horizontalHeader()->restoreState(header) && m_table->horizontalHeader()->count() == UsageColumn::Count)
        setHiddenColumns(hidden);
}

QString ColumnLayout::groupingKey(const Usage::GroupBy& groupBy)
{
    switch (groupBy.key) {
    case Usage::GroupKey::User:
        return QStringLiteral("user");
    case Usage::GroupKey::Model:
        return QStringLiteral("model");
    case Usage::GroupKey::Provider:
        return QStringLiteral("provider");
    case Usage::GroupKey::Property:
        return QStringLiteral("property:") + groupBy.property;
    }
    return {};
}
