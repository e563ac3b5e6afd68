// SPDX-License-Identifier: MIT
#include "ui/columnsizer.h"

#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"
#include "ui/contentwidths.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

ColumnSizer::ColumnSizer(QTableView* table, QTableView* totals, UsageTableModel* model)
    : QObject(table)
    , m_table(table)
    , m_totals(totals)
    , m_model(model)
    , m_widths(new ContentWidths(this))
{
    connect(m_widths, &ContentWidths::measured, this, [this](const QList<int>& widths) {
        m_rowWidths = widths;
        apply();
        m_exact = false;
        Q_EMIT fitted();
    });
    // the totals line's texts change with the filter ("Total (20 of 46 rows)"), the rows' do not
    connect(m_model, &UsageTableModel::visibleRowsChanged, this, &ColumnSizer::apply);
}

void ColumnSizer::setAsyncThreshold(int rows)
{
    m_widths->setAsyncThreshold(rows);
}

void ColumnSizer::fit(bool exact)
{
    m_exact = exact;
    m_rowWidths.clear();
    m_widths->measure(*m_model, m_table->font());
}

int ColumnSizer::widthFor(int textAdvance) const
{
    // the item delegate insets the text by the focus frame margin plus one on each side; the grid takes a pixel
    const int margin = m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return textAdvance + 2 * margin + 2;
}

int ColumnSizer::totalsWidth(int column) const
{
    const QModelIndex index = m_totals->model()->index(0, column);
    if (!index.isValid())
        return 0;
    QFont font = m_totals->font();
    const QVariant cellFont = index.data(Qt::FontRole);
    if (cellFont.isValid())
        font = cellFont.value<QFont>().resolve(font);
    return QFontMetrics(font).horizontalAdvance(index.data().toString());
}

void ColumnSizer::apply()
{
    const QList<int>& rowWidths = m_rowWidths;
    if (rowWidths.size() != UsageColumn::Count)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    const int x = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    for (int column = 0; column < UsageColumn::Count; ++column) {
        int rows = widthFor(rowWidths[column]);
        if (column == UsageColumn::Id)
            rows = std::clamp(rows, x * 16, x * 40); // long ids (e-mails) elide; the tooltip has them whole
        const int needed = std::max({ rows, widthFor(totalsWidth(column)), header->sectionSizeHint(column) });
        if (m_exact || header->sectionSize(column) < needed)
            header->resizeSection(column, needed);
    }
}
