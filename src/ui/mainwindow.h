// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"
#include "ui/resultexport.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ChartsPanel;
class DetailPanel;
class MessageBar;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class RangeSelector;
class SourceController;
class SourcePanel;
class TotalsModel;
class UsageTableModel;
class UserIdsEditor;

namespace Ui {
class MainWindow;
}

/** The main window: query inputs on the left, the per-group table with its totals line and detail panel. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** The sources the window runs; tests and the application register sources here. */
    SourceController* sourceController() const { return m_controller; }
    UsageTableModel* tableModel() const { return m_model; }
    TotalsModel* totalsModel() const { return m_totals; }
    SourcePanel* sourcePanel() const;
    RangeSelector* rangeSelector() const;
    UserIdsEditor* userIdsEditor() const;
    MessageBar* messageBar() const;
    ChartsPanel* chartsPanel() const;

    /**
     * Shows a view by name: "table", "charts", or a chart ("cost", "tokens", "time", "share"); false when the name
     * is none of these.
     */
    bool showView(const QString& name);
    /** The context menu's "Show in Charts": the selected rows' cost over time, on the Charts tab. */
    void showSelectionInCharts();
    /** Selects the row of the result (index into result().rows) in the table, when the filter shows it. */
    bool selectResultRow(int resultRow);

    /** Shows files as the log files source (replacing the list) and, when run is true, aggregates them. */
    void openFiles(const QStringList& files, bool run = true);
    /** Starts the query described by the inputs; false when it cannot start (the reason is in the message bar). */
    bool runQuery();
    void cancelQuery();
    bool isRunning() const;

    /** Writes the rows shown, in their order; false with a message in the message bar when it fails. */
    bool exportVisibleRows(const QString& path, ResultExport::Format format);

    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    /** A result reached the table. */
    void resultShown();
    /** A run ended: finished, failed or cancelled. */
    void runEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupTable();
    void setupActions();
    void onSourceKindChanged(Usage::SourceKind kind);
    void onFinished(const Usage::UsageResult& result, const SourceRequest& request);
    void onFailed(const QString& reason);
    void onCancelled();
    void onProgress(int permille, const QString& text);
    void onRunningChanged(bool running);
    void applyFilter();
    void updateColumnVisibility();
    void updateDetail();
    void updateStatus();
    void updateTotalsHeight();
    void showContextMenu(const QPoint& pos);
    void copySelection();
    void filterToCurrent();
    void updateChartSelection();
    void chooseExportFile();
    void chooseFilesToOpen();
    Usage::UsageQuery queryFromInputs(QString* problem);

    std::unique_ptr<Ui::MainWindow> ui;
    SourceController* m_controller;
    UsageTableModel* m_model;
    TotalsModel* m_totals;
    QTimer* m_filterTimer;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QLabel* m_statusLabel;
    QMenu* m_languageMenu = nullptr;
    SourceRequest m_shownRequest; ///< the request behind the table
    bool m_hasShownRequest = false;
    bool m_headerStateRestored = false;
};
