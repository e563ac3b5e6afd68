// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"
#include "sources/usagesource.h"

#include <QDialog>

class CostHistogram;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class RequestBodyPanel;
class RequestsFilterModel;
class RequestsSource;
class RequestsTableModel;

/**
 * The requests behind one row of the result: listed from the run's source in the background, sortable and
 * filterable, with their totals, a cost histogram, the selected request's bodies, Copy request id and export.
 */
class RequestsView : public QDialog
{
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Json };

    /** run: the request that produced the result; group: the row whose requests to list. */
    RequestsView(const SourceRequest& run, const Usage::GroupUsage& group, QWidget* parent = nullptr);
    ~RequestsView() override;

    /** Starts listing; false (with the reason shown) when the source cannot list requests. */
    bool start();
    void cancel();
    void loadMore();

    RequestsSource* source() const { return m_source; }
    RequestsTableModel* model() const { return m_model; }
    RequestsFilterModel* proxy() const { return m_proxy; }
    QTableView* tableView() const { return m_table; }
    RequestBodyPanel* bodyPanel() const { return m_bodies; }
    CostHistogram* histogram() const { return m_histogram; }
    /** The totals of the requests shown (after the filters). */
    const Usage::Totals& shownTotals() const { return m_shown; }
    QString totalsText() const;
    QString statusText() const;

    /** Writes the shown requests, in their order, with the core's exporters; false and error when it fails. */
    bool exportTo(const QString& path, ExportFormat format, QString* error);
    /** The current request's id on the clipboard. */
    void copyRequestId();

Q_SIGNALS:
    /** A listing ended: rows arrived, it failed or it was cancelled. */
    void listingEnded();

private:
    QWidget* createFilterBar();
    void onRowsReady();
    void onRunningChanged(bool running);
    void updateTotals();
    void updateBodies();
    void chooseExportFile();
    void showTableMenu(const QPoint& pos);

    SourceRequest m_run;
    Usage::GroupUsage m_group;
    Usage::Totals m_shown;
    RequestsSource* m_source;
    RequestsTableModel* m_model;
    RequestsFilterModel* m_proxy;
    QComboBox* m_modelFilter = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_loadMore = nullptr;
    QPushButton* m_export = nullptr;
    CostHistogram* m_histogram = nullptr;
    RequestBodyPanel* m_bodies = nullptr;
};
