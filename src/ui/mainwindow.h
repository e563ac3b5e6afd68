// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"
#include "ui/resultexport.h"
#include "ui/windowsettings.h"

#include <QMainWindow>

#include <memory>

class ChartsPanel;
class MessageBar;
class PricingPanel;
class QSettings;
class RangeSelector;
class RequestsView;
class SourceController;
class SourcePanel;
class StatusLine;
class TotalsModel;
class UsageTableModel;
class UserIdsEditor;

namespace Ui {
class MainWindow;
}

/**
 * The main window: the query panel in a dock, the filter, the table and charts of the result, the status line. It
 * runs the sources and routes their outcome to its parts; each part keeps its own widgets and settings.
 */
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
    PricingPanel* pricingPanel() const;

    /**
     * Shows a view by name: "table", "charts", or a chart ("cost", "tokens", "time", "share"); false when the name
     * is none of these.
     */
    bool showView(const QString& name);
    /** The context menu's "Show in Charts": the selected rows' cost over time, on the Charts tab. */
    void showSelectionInCharts();
    /** Opens the requests of the result's row (index into result().rows) in a window and starts listing them. */
    RequestsView* showRequests(int resultRow);
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

    /** The About box's text: the version and the built-in price book's source and data date. */
    static QString aboutText();

Q_SIGNALS:
    /** A result reached the table. */
    void resultShown();
    /** A run ended: finished, failed or cancelled. */
    void runEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupSources();
    void setupActions();
    void setupMenus();
    void onFinished(const Usage::UsageResult& result, const SourceRequest& request);
    void showInformation(const QString& text);
    void onFailed(const QString& reason);
    void onCancelled();
    void onRunningChanged(bool running);
    void chooseExportFile();
    void chooseFilesToOpen();
    /** Makes the Query dock wide enough for its panel's buttons. */
    void fitQueryDock();
    /** Sizes the window to fit the screen's available area (at most the size of the form) and centres it. */
    void fitToScreen();
    void saveWindowSettings(QSettings& settings) const;
    void restoreWindowSettings(const QSettings& settings);

    std::unique_ptr<Ui::MainWindow> ui;
    SourceController* m_controller;
    UsageTableModel* m_model;
    TotalsModel* m_totals;
    StatusLine* m_status = nullptr;
    WindowSettings m_settings;
    SourceRequest m_shownRequest; ///< the run whose result the table shows, for Show Requests
};
