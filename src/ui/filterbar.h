// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class QTimer;
class RowFilter;
class UsageTableModel;

namespace Ui {
class FilterBar;
}

/** The filter above the views: id text or regular expression and a minimum cost, applied to the table model. */
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    ~FilterBar() override;

    /** The model the filter applies to; not owned. */
    void setModel(UsageTableModel* model);
    /** Puts the cursor into the filter box with its text selected. */
    void focusFilter();
    /** Shows only the row whose id is exactly id. */
    void filterToId(const QString& id);
    /** Applies the inputs now rather than after the pause in typing. */
    void apply();
    /** Sets the fields to a filter and applies it (a saved view's). */
    void setFilter(const RowFilter& filter);

private:
    std::unique_ptr<Ui::FilterBar> ui;
    UsageTableModel* m_model = nullptr;
    QTimer* m_timer;
};
