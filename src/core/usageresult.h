// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"
#include "core/usagequery.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>

namespace Usage {

/** Additive figures of a set of requests. Cost is integer nano-USD (USD x 1e9), so every sum is exact. */
struct Totals
{
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 costNanos = 0;
    qint64 requestsWithoutCost = 0;

    /** Fields whose sum passed 2^63 - 1 (or -2^63): one bit each, in declaration order; they hold the bound. */
    quint8 overflowed = 0;

    /** Prompt plus completion tokens, held at the bound rather than wrapping. */
    qint64 totalTokens() const
    {
        qint64 sum;
        return __builtin_add_overflow(promptTokens, completionTokens, &sum) ? std::numeric_limits<qint64>::max() : sum;
    }
    void add(const Totals& o) // inline: called per record
    {
        overflowed |= o.overflowed | addTo(requests, o.requests, 0) | addTo(promptTokens, o.promptTokens, 1)
            | addTo(completionTokens, o.completionTokens, 2) | addTo(cacheReadTokens, o.cacheReadTokens, 3)
            | addTo(cacheWriteTokens, o.cacheWriteTokens, 4) | addTo(reasoningTokens, o.reasoningTokens, 5)
            | addTo(costNanos, o.costNanos, 6) | addTo(requestsWithoutCost, o.requestsWithoutCost, 7);
    }
    void subtract(const Totals& o)
    {
        overflowed |= o.overflowed | subtractFrom(requests, o.requests, 0)
            | subtractFrom(promptTokens, o.promptTokens, 1) | subtractFrom(completionTokens, o.completionTokens, 2)
            | subtractFrom(cacheReadTokens, o.cacheReadTokens, 3)
            | subtractFrom(cacheWriteTokens, o.cacheWriteTokens, 4)
            | subtractFrom(reasoningTokens, o.reasoningTokens, 5) | subtractFrom(costNanos, o.costNanos, 6)
            | subtractFrom(requestsWithoutCost, o.requestsWithoutCost, 7);
    }
    /** The names of the overflowed fields, as the exports name them. */
    QStringList overflowedFields() const;
    friend bool operator==(const Totals&, const Totals&) = default;

private:
    /** a += b, held at the bound on overflow; returns the field's bit then, 0 otherwise. */
    static quint8 addTo(qint64& a, qint64 b, int bit)
    {
        if (Q_LIKELY(!__builtin_add_overflow(a, b, &a)))
            return 0;
        a = b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return quint8(1u << bit);
    }
    static quint8 subtractFrom(qint64& a, qint64 b, int bit)
    {
        if (Q_LIKELY(!__builtin_sub_overflow(a, b, &a)))
            return 0;
        a = b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return quint8(1u << bit);
    }
};

/** One bucket of a time series; startMs is the bucket's first instant (UTC epoch ms). */
struct BucketTotals
{
    qint64 startMs = 0;
    Totals totals;
    friend bool operator==(const BucketTotals&, const BucketTotals&) = default;
};

struct ModelTotals
{
    QString model;
    Totals totals;
    PricingFigures pricing; ///< when the result's pricing is enabled
    friend bool operator==(const ModelTotals&, const ModelTotals&) = default;
};

/** One row of a result: a user (or model, provider, property value) and its figures. */
struct GroupUsage
{
    QString id;
    Totals totals;
    qint64 firstMs = std::numeric_limits<qint64>::max(); ///< first request, when hasTimes()
    qint64 lastMs = std::numeric_limits<qint64>::min();
    QList<ModelTotals> models; ///< per-model breakdown, by cost descending
    QList<BucketTotals> series; ///< sparse, by start ascending
    Totals previous; ///< the comparison range's figures, when the query has one
    /** The comparison range's series, bucketed as series (bucket starts in the comparison range), when kept. */
    QList<BucketTotals> previousSeries;
    PricingFigures pricing; ///< when the result's pricing is enabled

    bool hasTimes() const { return firstMs <= lastMs; }
    friend bool operator==(const GroupUsage&, const GroupUsage&) = default;
};

/** A line or record that was skipped, or a file-level problem. */
struct Diagnostic
{
    QString file;
    qint64 line = 0; ///< 1-based, 0 when not known
    qint64 column = 0; ///< 1-based, 0 when not known
    QString reason;
    /** "file:line: reason" (or "file:line:column: reason"), untranslated. */
    QString toString() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

enum class SourceKind { LogFiles, HeliconeApi, ClickHouse };

/** Where a result came from and which rule its time bounds followed. */
struct Provenance
{
    SourceKind kind = SourceKind::LogFiles;
    QStringList files; ///< log files, with their detected formats in formats
    QStringList formats;
    QString baseUrl;
    QString endpoint;
    QString database; ///< ClickHouse: the database and table aggregated (baseUrl is the server)
    QString table;
    /** e.g. "inclusive-ms" for dumps, "inclusive-seconds" for /v1/user/query, "exclusive" for metrics. */
    QString boundRule;
};

/** The single answer both sources produce: rows shaped like the API's, richer where the source allows. */
struct UsageResult
{
    UsageQuery query;
    QList<GroupUsage> rows; ///< sorted by cost descending, then id's UTF-8 bytes ascending
    QList<BucketTotals> series; ///< all rows together
    Provenance provenance;
    QDateTime fetchedAt;

    qint64 recordsRead = 0; ///< records read, before the window and user filters
    qint64 skippedRecords = 0; ///< malformed lines or records that were skipped
    QList<Diagnostic> diagnostics; ///< the first kMaxDiagnostics skipped records, in file and line order
    QList<Diagnostic> errors; ///< file-level errors; a result with errors is partial
    QStringList warnings;
    qint64 duplicateRequestIds = -1; ///< -1 when not known
    bool partial = false;
    bool hasCacheTokens = false; ///< the source reports cache-read/-write tokens
    bool hasReasoningTokens = false;
    bool hasRequestTimes = false; ///< first/last request and the time series are meaningful
    PricingSummary pricing;

    static constexpr int kMaxDiagnostics = 100;

    Totals totals() const;
    /** The comparison range's totals of all rows. */
    Totals previousTotals() const;
    /** Rows with requests in the current range and none in the comparison range, and the reverse. */
    qint64 newGroups() const;
    qint64 goneGroups() const;
    /** The rows' pricing figures summed exactly. */
    PricingFigures pricingTotals() const;
    /** Sorts rows by cost descending, then by the id's UTF-8 bytes ascending. */
    void sortRows();
    /**
     * Adds an error "FIELD total of GROUP exceeds 2^63" for every row (and the grand total) whose sums overflowed,
     * and marks the result partial then; true when there was none.
     */
    bool reportOverflows();
};

/** Comparison used everywhere a result is ordered: cost descending, then id's UTF-8 bytes ascending. */
bool costOrderLess(const GroupUsage& a, const GroupUsage& b);
/** True when a sorts before b in Unicode code point order (the order of their UTF-8 bytes). */
bool codePointLess(QStringView a, QStringView b);

} // namespace Usage

Q_DECLARE_TYPEINFO(Usage::Totals, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(Usage::BucketTotals, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(Usage::ModelTotals, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Usage::GroupUsage, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Usage::Diagnostic, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Usage::UsageResult)
