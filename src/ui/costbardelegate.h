// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/** Paints a row's share of the total cost as a bar behind the text; reads the raw share, never the text. */
class CostBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CostBarDelegate(QObject* parent = nullptr);
    ~CostBarDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
