// SPDX-License-Identifier: MIT
#pragma once

#include "core/usagequery.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

class QSettings;

namespace Ui {
class CompareSelector;
}

/**
 * "Compare with": none, the previous period, the same period last year or a custom range (two wall-time pickers in
 * the range's zone). The comparison needs a bounded range: under "All time" the choice is disabled and says why.
 */
class CompareSelector : public QWidget
{
    Q_OBJECT
public:
    explicit CompareSelector(QWidget* parent = nullptr);
    ~CompareSelector() override;

    Usage::CompareMode mode() const;
    void setMode(Usage::CompareMode mode);
    void setCustomWallRange(const QDateTime& start, const QDateTime& end);
    /** The custom range's bounds as wall-clock times in the query's zone. */
    QDateTime customStartWall() const;
    QDateTime customEndWall() const;

    /** Whether the range has both bounds; without them there is nothing to compare with. */
    void setRangeBounded(bool bounded);
    bool isRangeBounded() const { return m_bounded; }

    /**
     * Sets query's comparison from the choice, bounds computed like the command line's (in query.zone); false with
     * problem set when the custom range ends before it starts. Under "All time" the query gets no comparison.
     */
    bool apply(Usage::UsageQuery& query, QString* problem) const;

    /** The mode and the custom range (query/compare, query/compareFrom, query/compareTo). */
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void changed();

private:
    void updateControls();

    std::unique_ptr<Ui::CompareSelector> ui;
    bool m_bounded = true;
};
