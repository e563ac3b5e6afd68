// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <utility>

namespace Usage {

struct PricingSetup;

/** Width of one bucket of a time series, in the query's time zone. */
enum class Granularity { Hour, Day, Week };

/** What the rows of a result are grouped by. */
enum class GroupKey { User, Model, Provider, Property };

struct GroupBy
{
    GroupKey key = GroupKey::User;
    QString property; ///< custom property name when key == Property

    /** The name of the id column in exports: user_id, model, provider or the property name. */
    QString columnName() const;
    /** Parses "user", "model", "provider" or "property:NAME"; nullopt when the text is none of these. */
    static std::optional<GroupBy> fromString(const QString& text);
    QString toString() const;
    friend bool operator==(const GroupBy&, const GroupBy&) = default;
};

/** Which period a query compares its range with; Custom takes the comparison bounds as given. */
enum class CompareMode { None, PreviousPeriod, PreviousYear, Custom };

QString granularityName(Granularity g);

/** The bucket [start, end) of granularity g holding ms (UTC epoch ms) in zone, DST-correct. */
std::pair<qint64, qint64> bucketBounds(const QTimeZone& zone, Granularity g, qint64 ms);
std::optional<Granularity> granularityFromString(const QString& text);

/**
 * The parts of a result a run computes beyond each group's totals: the engine skips the work and memory of the
 * parts nobody reads (a CLI run asks for its columns and outputs; the window asks for everything).
 */
struct ResultParts
{
    bool series = true; ///< each group's and the overall time series
    bool models = true; ///< each group's per-model breakdown
    bool times = true; ///< each group's first and last request
    bool duplicates = true; ///< the count of repeated request ids (JSON meta, warning)

    static ResultParts totalsOnly() { return { false, false, false, false }; }
    friend bool operator==(const ResultParts&, const ResultParts&) = default;
};

/** What to compute: the same value for a remote query and a local aggregation. */
struct UsageQuery
{
    std::optional<qint64> startMs; ///< inclusive lower bound, Unix epoch milliseconds (UTC)
    std::optional<qint64> endMs; ///< inclusive upper bound, Unix epoch milliseconds (UTC)
    QTimeZone zone = QTimeZone::utc(); ///< zone of the time-series buckets
    QStringList userIds; ///< empty: all users
    Granularity granularity = Granularity::Day;
    GroupBy groupBy;
    CompareMode compare = CompareMode::None;
    std::optional<qint64> compareStartMs; ///< inclusive bounds of the comparison range, set with compare
    std::optional<qint64> compareEndMs;

    bool hasComparison() const { return compare != CompareMode::None && compareStartMs && compareEndMs; }
    /** Prices each record when set (dumps only): the book, the cost basis and the what-if options. */
    std::shared_ptr<const PricingSetup> pricing;
    ResultParts parts; ///< what beyond the totals is wanted (dumps; the remote sources answer what they answer)
};

} // namespace Usage

Q_DECLARE_METATYPE(Usage::UsageQuery)
