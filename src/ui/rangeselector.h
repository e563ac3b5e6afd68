// SPDX-License-Identifier: MIT
#pragma once

#include "models/rangepreset.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace Ui {
class RangeSelector;
}

/**
 * Date range and time zone: presets, two wall-time pickers and a zone. The pickers hold wall time (Qt 6.4's
 * QDateTimeEdit has no zone); range() converts to instants with WallClock, DST gaps and overlaps included.
 */
class RangeSelector : public QWidget
{
    Q_OBJECT
public:
    struct Range
    {
        std::optional<qint64> startMs; ///< inclusive, UTC epoch ms; nullopt: unbounded (All time)
        std::optional<qint64> endMs; ///< inclusive: the whole last second shown
        QTimeZone zone;
    };

    explicit RangeSelector(QWidget* parent = nullptr);
    ~RangeSelector() override;

    /** The chosen range; nullopt, with a message shown and in errorText, when the end is before the start. */
    std::optional<Range> range(QString* errorText = nullptr);

    RangePreset::Preset preset() const;
    void setPreset(RangePreset::Preset preset);
    QTimeZone zone() const;
    /** Sets a zone by IANA id, "UTC" or the system zone; false (and no change) when the id is not known. */
    bool setZone(const QByteArray& ianaId);
    QDateTime startWall() const;
    QDateTime endWall() const;
    void setWallRange(const QDateTime& start, const QDateTime& end);

    /** Replaces the clock presets use (epoch ms); for tests. */
    void setClock(std::function<qint64()> clock);
    /** "2025-03-01 00:00 – 2025-03-31 23:59:59 (Europe/Berlin)", for the status bar. */
    QString describe() const;

    /** The preset and the zone (range/preset, range/zone); unknown or damaged values keep the defaults. */
    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void changed();

private:
    void applyPreset();
    void onZoneEdited();
    void showError(const QString& text);

    std::unique_ptr<Ui::RangeSelector> ui;
    std::function<qint64()> m_clock;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_applyingPreset = false;
};
