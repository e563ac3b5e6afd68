// SPDX-License-Identifier: MIT
#include "ui/costbardelegate.h"

#include "models/usagetablemodel.h"

#include <QPainter>

CostBarDelegate::CostBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

CostBarDelegate::~CostBarDelegate() = default;

void CostBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double share = std::clamp(index.data(UsageTableModel::RawValueRole).toDouble(), 0.0, 1.0);
    if (share > 0 && !(option.state & QStyle::State_Selected)) {
        QColor color = option.palette.color(QPalette::Highlight);
        color.setAlphaF(0.35f);
        QRect bar = option.rect.adjusted(1, 2, -1, -2);
        bar.setWidth(std::max(1, int(bar.width() * share)));
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}
