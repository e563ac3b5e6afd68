// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class HeaderLink;
class QMenu;
class QSettings;
class QTableView;
class QWidget;
class UsageTableModel;

/**
 * Which columns of the usage table are shown, in which order and how wide, remembered per grouping (a table of
 * users is laid out apart from one of models). The column chooser menu shows and hides every column.
 */
class ColumnLayout : public QObject
{
    Q_OBJECT
public:
    ColumnLayout(QTableView* table, HeaderLink* link, UsageTableModel* model);

    /** A "Columns" menu that lists every column, checked when shown; it follows the table when opened. */
    QMenu* createMenu(QWidget* parent);
    /** Fills a menu with the column actions (the header's context menu). */
    void populate(QMenu* menu);

    /** Shows or hides a column by the user's choice (a column the source does not report stays hidden). */
    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const { return !m_hidden.contains(column); }
    /** Shows every column the source reports. */
    void showAll();
    /** The columns hidden by the user. */
    QList<int> hiddenColumns() const;
    void setHiddenColumns(const QList<int>& columns);

    /**
     * For a result of this grouping: keeps the current layout for the previous grouping and brings back the one of
     * this grouping; true when the grouping's layout is in place (the widths are then the user's), false for a
     * grouping seen for the first time.
     */
    bool switchGrouping(const QString& grouping);
    /** Applies the user's choice and the source's columns to the table and its totals line. */
    void applyVisibility();

    /** Sets the layout of a grouping (a saved view's): now when it is the current one, else on its next result. */
    void setLayout(const QString& grouping, const QByteArray& header, const QList<int>& hidden);
    /** The name a grouping's layout is kept under: "user", "model", "provider", "property:NAME". */
    static QString groupingKey(const Usage::GroupBy& groupBy);

    void saveSettings(QSettings& settings) const;
    /** True when a layout for the current grouping was restored. */
    bool restoreSettings(const QSettings& settings);

Q_SIGNALS:
    /** Columns were shown, hidden or restored. */
    void layoutChanged();

private:
    void storeCurrent();
    /** A grouping's first layout: its cost and cost share right after the group column, where even the narrowest
     *  window shows them; the other columns in the model's order. */
    void applyDefaultOrder();
    bool restoreLayout(const QString& grouping);

    QTableView* m_table;
    HeaderLink* m_link;
    UsageTableModel* m_model;
    QSet<int> m_hidden;
    QString m_grouping;
    QHash<QString, QByteArray> m_states; ///< header state per grouping
    QHash<QString, QList<int>> m_hiddenByGrouping;
};
