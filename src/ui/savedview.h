// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

/**
 * A named set of what the window shows: range, zone, users, grouping, filter, minimum cost and the table's columns.
 * Kept in the settings (views/saved) as plain values; it never holds a key or other secret.
 */
struct SavedView
{
    QString name;
    QString rangePreset; ///< RangePreset::key()
    QDateTime startWall; ///< the custom range, for the Custom preset
    QDateTime endWall;
    QByteArray zone; ///< IANA id
    QStringList users;
    int groupBy = 0; ///< the Group by choice (user, model, provider, property)
    QString property;
    QString filterText;
    bool filterIsRegex = false;
    qint64 minCostNanos = 0;
    int compare = 0; ///< Usage::CompareMode
    QDateTime compareStartWall; ///< the custom comparison range
    QDateTime compareEndWall;
    QList<int> hiddenColumns; ///< UsageColumn values hidden by the user
    QByteArray header; ///< the table header's state: order and widths

    QVariantMap toVariant() const;
    static SavedView fromVariant(const QVariantMap& map);
    friend bool operator==(const SavedView&, const SavedView&) = default;
};

/** The saved views in the settings, in the order saved. */
namespace SavedViews {

QList<SavedView> load(const QSettings& settings);
void store(QSettings& settings, const QList<SavedView>& views);
/** The index of the view with this name (case-sensitive), or -1. */
qsizetype indexOf(const QList<SavedView>& views, const QString& name);

} // namespace SavedViews
