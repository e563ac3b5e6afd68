// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class ChartGroupModel;
class ChartTimeModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabBar;
class QTimer;
class QToolButton;
class UsageTableModel;

/**
 * Charts of the rows a UsageTableModel shows: cost per group (top N and Others), tokens per group, cost over time
 * and the share of cost. They follow the table's rows and filter, read raw numbers from the chart models, and save
 * as PNG or SVG or copy to the clipboard.
 */
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { CostPerGroup, TokensPerGroup, CostOverTime, CostShare };
    Q_ENUM(Kind)

    explicit ChartsPanel(QWidget* parent = nullptr);
    ~ChartsPanel() override;

    void setSourceModel(UsageTableModel* table);
    ChartGroupModel* groupModel() const { return m_groups; }
    ChartTimeModel* timeModel() const { return m_time; }

    void setKind(Kind kind);
    Kind kind() const;
    /** "cost", "tokens", "time" or "share" (command line and settings); nullopt-like false when unknown. */
    static bool kindFromKey(const QString& key, Kind* kind);
    static QString kindKey(Kind kind);

    void setTopN(int n);
    int topN() const;

    /** The rows selected in the table (indices into the result's rows): highlighted, and charted over time. */
    void setSelectedRows(const QList<int>& resultRows);
    /** Cost over time of the selected rows instead of all shown rows. */
    void setTimeOfSelectedRows(bool selected);

    /** The chart on show, rebuilt first when its data changed. */
    QChart* chart();
    QChartView* chartView() const { return m_view; }
    /** The exact figures under the pointer (or of the last bar hovered). */
    QString hoverText() const;

    /** Writes the chart as PNG, or as SVG when path ends in .svg; false with error set when it fails. */
    bool saveChart(const QString& path, QString* error);
    void copyChart();

Q_SIGNALS:
    /** A bar or slice of a row was clicked (index into the result's rows). */
    void rowActivated(int resultRow);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void updateControls();
    QChart* buildCostPerGroup();
    QChart* buildTokensPerGroup();
    QChart* buildCostOverTime();
    QChart* buildCostShare();
    QChart* emptyChart(const QString& message);
    QString groupTitle() const;
    QString groupHoverText(int bar) const;
    void showHover(const QString& text);
    void chooseSaveFile();
    void activateBar(int bar);

    UsageTableModel* m_table = nullptr;
    ChartGroupModel* m_groups;
    ChartTimeModel* m_time;
    QTabBar* m_tabs;
    QLabel* m_topNLabel;
    QSpinBox* m_topN;
    QLabel* m_granularityLabel;
    QComboBox* m_granularity;
    QComboBox* m_scope;
    QToolButton* m_save;
    QToolButton* m_copy;
    QChartView* m_view;
    QLabel* m_hover;
    QTimer* m_rebuildTimer;
    QList<int> m_selected;
    bool m_dirty = true;
};
