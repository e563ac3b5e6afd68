// SPDX-License-Identifier: MIT
#include "ui/frozencolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

FrozenColumn::FrozenColumn(QTableView* table, int column)
    : QObject(table)
    , m_table(table)
    , m_view(new QTableView(table))
    , m_column(column)
{
    m_view->setObjectName(table->objectName() + QStringLiteral("Frozen"));
    m_view->setModel(table->model());
    if (table->selectionMode() != QAbstractItemView::NoSelection)
        m_view->setSelectionModel(table->selectionModel());
    m_view->setSelectionMode(table->selectionMode());
    m_view->setSelectionBehavior(table->selectionBehavior());
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setAlternatingRowColors(table->alternatingRowColors());
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(table->contextMenuPolicy());
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    m_view->horizontalHeader()->setHidden(table->horizontalHeader()->isHidden());
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setDefaultAlignment(table->horizontalHeader()->defaultAlignment());
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(table->verticalScrollMode());
    m_view->setFrameShape(QFrame::NoFrame);

    QHeaderView* header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == m_column) {
            m_view->setColumnWidth(m_column, size);
            updateGeometry();
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, &FrozenColumn::keepFirst);
    connect(header, &QHeaderView::geometriesChanged, this, &FrozenColumn::updateGeometry);
    // the indicator shows on the frozen header only when the table is sorted by the frozen column
    const auto showIndicator = [this](int section, Qt::SortOrder order) {
        m_view->horizontalHeader()->setSortIndicatorShown(section == m_column);
        m_view->horizontalHeader()->setSortIndicator(section, order);
    };
    connect(header, &QHeaderView::sortIndicatorChanged, this, showIndicator);
    showIndicator(header->sortIndicatorSection(), header->sortIndicatorOrder());
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const QHeaderView* header = m_table->horizontalHeader();
        if (m_table->isSortingEnabled())
            m_table->sortByColumn(section,
                header->sortIndicatorSection() == section && header->sortIndicatorOrder() == Qt::DescendingOrder
                    ? Qt::AscendingOrder
                    : Qt::DescendingOrder);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        Q_EMIT m_table->customContextMenuRequested(m_table->viewport()->mapFrom(m_view->viewport(), pos));
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, table->verticalScrollBar(), &QScrollBar::setValue);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, m_view->verticalScrollBar(), &QScrollBar::setValue);
    table->installEventFilter(this);
    table->viewport()->stackUnder(m_view);
    sync();
    m_view->show();
}

void FrozenColumn::sync()
{
    const int columns = m_table->model()->columnCount();
    for (int column = 0; column < columns; ++column)
        m_view->setColumnHidden(column, column != m_column);
    m_view->setColumnWidth(m_column, m_table->columnWidth(m_column));
    m_view->setVisible(!m_table->isColumnHidden(m_column));
    keepFirst();
    updateGeometry();
    m_view->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

void FrozenColumn::keepFirst()
{
    QHeaderView* header = m_table->horizontalHeader();
    if (header->visualIndex(m_column) != 0)
        header->moveSection(header->visualIndex(m_column), 0);
}

void FrozenColumn::updateGeometry()
{
    const int frame = m_table->frameWidth();
    const int headerHeight = m_table->horizontalHeader()->isHidden() ? 0 : m_table->horizontalHeader()->height();
    // the same header height gives the same viewport height, so both views scroll rows alike
    m_view->horizontalHeader()->setFixedHeight(headerHeight);
    m_view->setGeometry(frame, frame, m_table->columnWidth(m_column), m_table->viewport()->height() + headerHeight);
}

bool FrozenColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        updateGeometry();
    return QObject::eventFilter(watched, event);
}
