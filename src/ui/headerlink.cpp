// SPDX-License-Identifier: MIT
#include "ui/headerlink.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

HeaderLink::HeaderLink(QTableView* table, QTableView* totals)
    : QObject(table)
    , m_table(table)
    , m_totals(totals)
{
    QHeaderView* header = table->horizontalHeader();
    QHeaderView* totalsHeader = totals->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, totalsHeader,
        [totalsHeader](int section, int, int size) { totalsHeader->resizeSection(section, size); });
    connect(header, &QHeaderView::sectionMoved, this, &HeaderLink::copyOrder);
    connect(
        table->horizontalScrollBar(), &QScrollBar::valueChanged, totals->horizontalScrollBar(), &QScrollBar::setValue);
    connect(
        table->horizontalScrollBar(), &QScrollBar::rangeChanged, totals->horizontalScrollBar(), &QScrollBar::setRange);
}

void HeaderLink::setColumnHidden(int column, bool hidden)
{
    m_table->setColumnHidden(column, hidden);
    m_totals->setColumnHidden(column, hidden);
}

void HeaderLink::copyLayout()
{
    copyOrder();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        m_totals->horizontalHeader()->resizeSection(column, header->sectionSize(column));
}

void HeaderLink::copyOrder()
{
    QHeaderView* header = m_table->horizontalHeader();
    QHeaderView* totals = m_totals->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        totals->moveSection(totals->visualIndex(logical), visual);
    }
}
