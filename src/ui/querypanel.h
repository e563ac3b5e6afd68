// SPDX-License-Identifier: MIT
#pragma once

#include "sources/usagesource.h"

#include <QWidget>

#include <memory>

class AlertEditor;
class CompareSelector;
class PricingPanel;
class QSettings;
class WhatIfPanel;
class RangeSelector;
class SourcePanel;
class UserIdsEditor;

namespace Ui {
class QueryPanel;
}

/** The query inputs: source, date range and comparison, users, grouping, prices, alerts, and Run and Cancel. */
class QueryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit QueryPanel(QWidget* parent = nullptr);
    ~QueryPanel() override;

    SourcePanel* sourcePanel() const;
    RangeSelector* rangeSelector() const;
    CompareSelector* compareSelector() const;
    AlertEditor* alertEditor() const;
    UserIdsEditor* userIdsEditor() const;
    /** The price book choices; a what-if panel sets its options there (PricingPanel::setWhatIf). */
    PricingPanel* pricingPanel() const;
    /** The what-if options (a price date, model swaps) the price book applies to whatif_cost. */
    WhatIfPanel* whatIfPanel() const;

    /** The run the inputs describe; when they describe none, problem gets the reason (the request is unusable). */
    SourceRequest request(QString* problem);
    /** Enables Cancel while a run is going. */
    void setRunning(bool running);

    /** The keys of the range, comparison, grouping, deduplication, prices and alerts; the source panel's are the
     * window's. */
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    /** A note for the message bar, e.g. how many ids were added. */
    void message(const QString& text);

private:
    void onSourceKindChanged(Usage::SourceKind kind);
    Usage::UsageQuery query(QString* problem);

    std::unique_ptr<Ui::QueryPanel> ui;
};
