// SPDX-License-Identifier: MIT
#pragma once

#include "core/pricing/pricingsetup.h"
#include "core/sum.h"
#include "core/usagequery.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>

namespace Usage {

/**
 * Additive figures of a set of requests. Cost is integer nano-USD (USD x 1e9), so every sum is exact; every field
 * is a 128-bit Sum, so no sum of 64-bit figures can wrap.
 */
struct Totals
{
    Sum requests = 0;
    Sum promptTokens = 0;
    Sum completionTokens = 0;
    Sum cacheReadTokens = 0;
    Sum cacheWriteTokens = 0;
    Sum reasoningTokens = 0;
    Sum costNanos = 0;
    Sum requestsWithoutCost = 0;

    Sum totalTokens() const { return promptTokens + completionTokens; }
    void add(const Totals& o) // inline: called per record
    {
        for (Sum Totals::*field : kFields)
            this->*field += o.*field;
    }
    void subtract(const Totals& o)
    {
        for (Sum Totals::*field : kFields)
            this->*field -= o.*field;
    }
    friend bool operator==(const Totals&, const Totals&) = default;

    /** Every field, in declaration order: add() and subtract() treat them alike. */
    static constexpr Sum Totals::*kFields[] = { &Totals::requests, &Totals::promptTokens, &Totals::completionTokens,
        &Totals::cacheReadTokens, &Totals::cacheWriteTokens, &Totals::reasoningTokens, &Totals::costNanos,
        &Totals::requestsWithoutCost };
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
