// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class ColumnLayout;
class ColumnSizer;
class FrozenColumn;
class HeaderLink;
class QMenu;
class QSettings;
class QTableView;
class TotalsModel;
class UnpricedPanel;
class UsageTableModel;

namespace Ui {
class ResultsView;
}

/** The per-group table with its totals line and the selected row in depth; Copy and the context menu. */
class ResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ResultsView(QWidget* parent = nullptr);
    ~ResultsView() override;

    /** The models the view shows; not owned. Call once. */
    void setModels(UsageTableModel* table, TotalsModel* totals);
    QTableView* tableView() const;

    /**
     * After a new result: sizes the columns to the first result (later ones keep the user's widths), hides the
     * columns the source does not report and makes the first row current when none is.
     */
    void showResult();
    /** Selects the row of the result (index into result().rows), when the filter shows it. */
    bool selectResultRow(int resultRow);
    /** The selected rows as indices into result().rows, ascending. */
    QList<int> selectedResultRows() const;
    /** Copies the selected rows, the columns as shown, to the clipboard (text and HTML). */
    void copySelection();
    /** Copies every row shown, the columns as shown, to the clipboard (text and HTML). */
    void copyAll();
    /** The shown columns (UsageColumn values) in their shown order. */
    QList<int> shownColumns() const;

    /** The column chooser, a menu for View; created once, owned by parent. */
    QMenu* columnsMenu(QWidget* parent);
    ColumnLayout* columnLayout() const { return m_layout; }
    ColumnSizer* columnSizer() const { return m_sizer; }
    /** The models no price source prices, below the table. */
    UnpricedPanel* unpricedPanel() const { return m_unpriced; }
    /** The frozen group column laid over the table's left edge. */
    QTableView* frozenView() const;

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    /** The selection changed, or the rows under it did. */
    void selectedRowsChanged();
    /** The context menu's "Filter to This". */
    void filterToIdRequested(const QString& id);
    /** The context menu's "Show in Charts". */
    void showInChartsRequested();
    /** "Show Requests" on a row (Enter, double-click, context menu): resultRow indexes result().rows. */
    void showRequestsRequested(int resultRow);

private:
    void setupTable();
    void copyRows(const QList<int>& rows);
    void showHeaderMenu(const QPoint& pos);
    void updateDetail();
    void showContextMenu(const QPoint& pos);
    void requestRequests(const QModelIndex& index);

    std::unique_ptr<Ui::ResultsView> ui;
    UsageTableModel* m_model = nullptr;
    UnpricedPanel* m_unpriced = nullptr;
    HeaderLink* m_link = nullptr;
    ColumnLayout* m_layout = nullptr;
    ColumnSizer* m_sizer = nullptr;
    FrozenColumn* m_frozen = nullptr;
    FrozenColumn* m_frozenTotals = nullptr;
};
