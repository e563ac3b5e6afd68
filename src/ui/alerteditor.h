// SPDX-License-Identifier: MIT
#pragma once

#include "core/alertrule.h"

#include <QWidget>

#include <memory>

class QSettings;

namespace Ui {
class AlertEditor;
}

/**
 * The alert thresholds of the window: "cost above" a dollar amount and "change above" a ratio, each switched on by
 * its box. Rows that cross them are highlighted (the rule of the command line's --alert-cost-above and
 * --alert-change-above).
 */
class AlertEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AlertEditor(QWidget* parent = nullptr);
    ~AlertEditor() override;

    Usage::AlertRule rule() const;
    void setRule(const Usage::AlertRule& rule);

    /** The thresholds (alerts/costAbove, alerts/changeAbove; empty when off). */
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void ruleChanged(const Usage::AlertRule& rule);

private:
    void onEdited();

    std::unique_ptr<Ui::AlertEditor> ui;
};
