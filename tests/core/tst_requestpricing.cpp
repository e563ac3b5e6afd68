// SPDX-License-Identifier: MIT
// The requests of a group priced with a price book: the computed cost and price entry of each, the cost under
// each basis, the order by that cost, and the sum equal to the aggregation's cost of the group.
#include "core/logaggregation.h"
#include "core/pricing/pricebook.h"
#include "core/requests/filerequests.h"
#include "core/requests/requestpricing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Usage::CostBasis;
using Usage::Requests::RequestRow;

namespace {

const QByteArray kPrices = "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,"
                           "reasoning_mtok\n"
                           "openai,gpt-4o,,,2.5,10,,,\n"
                           "openai,gpt-4o,,2025-10-02,2,8,1,,\n"
                           ",acme-1,,,0.3,0.7,,,\n";

// x1: gpt-4o before 2025-10-02 ($0.0035, recorded $0.01); x2: at the later price with cache reads ($0.0084, no
// recorded cost); x3: acme-1 of any provider ($0.0000016); x4: a model no entry prices (recorded $0.002)
const QByteArray kDump =
    R"({"request_id":"x1","request_user_id":"u","provider":"OPENAI","model":"gpt-4o","prompt_tokens":1000,"completion_tokens":100,"cost":0.01,"request_created_at":"2025-10-01T10:00:00.000Z"}
{"request_id":"x2","request_user_id":"u","provider":"OPENAI","model":"gpt-4o","prompt_tokens":2000,"completion_tokens":500,"prompt_cache_read_tokens":400,"request_created_at":"2025-10-03T10:00:00.000Z"}
{"request_id":"x3","request_user_id":"u","provider":"ACME","model":"acme-1","prompt_tokens":3,"completion_tokens":1,"request_created_at":"2025-10-03T11:00:00.000Z"}
{"request_id":"x4","request_user_id":"u","provider":"OPENAI","model":"mystery","prompt_tokens":5,"completion_tokens":5,"cost":0.002,"request_created_at":"2025-10-04T11:00:00.000Z"}
{"request_id":"y1","request_user_id":"v","provider":"OPENAI","model":"gpt-4o","prompt_tokens":1,"completion_tokens":1,"cost":1,"request_created_at":"2025-10-04T11:00:00.000Z"}
)";

std::shared_ptr<const Usage::PricingSetup> setupWith(CostBasis basis)
{
    Usage::Pricing::PriceError error;
    std::vector<std::unique_ptr<Usage::Pricing::PriceSource>> sources;
    sources.push_back(Usage::PriceBook::readSource(QStringLiteral("book.csv"), kPrices, &error));
    if (!sources.back())
        qFatal("bad price fixture: %s", qPrintable(error.text()));
    auto setup = std::make_shared<Usage::PricingSetup>();
    setup->book = Usage::PriceBook::fromSources(std::move(sources));
    setup->basis = basis;
    return setup;
}

/** The rows' ids, comma-separated. */
QString idsOf(const std::vector<RequestRow>& rows)
{
    QStringList out;
    for (const RequestRow& r : rows)
        out.append(r.requestId);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestRequestPricing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dump;

    std::vector<RequestRow> listed(CostBasis basis)
    {
        Usage::Requests::RequestsQuery query;
        query.groupValue = QStringLiteral("u");
        query.pricing = setupWith(basis);
        Usage::Requests::FileRequests read = Usage::Requests::readFileRequests({ m_dump }, query);
        return read.rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dump = m_dir.filePath(QStringLiteral("dump.jsonl"));
        QFile f(m_dump);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDump);
    }

    void eachRequestAtItsEntry()
    {
        const std::vector<RequestRow> rows = listed(CostBasis::Computed);
        // by the computed cost, the unpriced request last
        QCOMPARE(idsOf(rows), QStringLiteral("x2,x1,x3,x4"));
        QCOMPARE(rows[0].computedCostNanos, std::optional<std::int64_t>(8'400'000));
        QCOMPARE(rows[0].priceSource, QStringLiteral("book.csv:openai/gpt-4o@2025-10-02"));
        QCOMPARE(rows[1].computedCostNanos, std::optional<std::int64_t>(3'500'000));
        QCOMPARE(rows[1].priceSource, QStringLiteral("book.csv:openai/gpt-4o"));
        QCOMPARE(rows[1].recordedCostNanos, std::optional<std::int64_t>(10'000'000));
        QCOMPARE(rows[2].computedCostNanos, std::optional<std::int64_t>(1'600));
        QCOMPARE(rows[2].priceSource, QStringLiteral("book.csv:acme-1"));
        QCOMPARE(rows[3].computedCostNanos, std::nullopt);
        QCOMPARE(rows[3].priceSource, QStringLiteral("unpriced"));
        QCOMPARE(rows[3].costNanos(), std::nullopt);
    }

    void costFollowsTheBasis()
    {
        std::vector<RequestRow> rows = listed(CostBasis::Recorded);
        QCOMPARE(idsOf(rows), QStringLiteral("x1,x4,x2,x3"));
        QCOMPARE(rows[0].costNanos(), std::optional<std::int64_t>(10'000'000));
        QCOMPARE(rows[2].costNanos(), std::nullopt);
        QCOMPARE(rows[2].computedCostNanos, std::optional<std::int64_t>(8'400'000));
        rows = listed(CostBasis::Auto);
        QCOMPARE(idsOf(rows), QStringLiteral("x1,x2,x4,x3"));
        QCOMPARE(rows[0].costNanos(), std::optional<std::int64_t>(10'000'000));
        QCOMPARE(rows[1].costNanos(), std::optional<std::int64_t>(8'400'000));
        QCOMPARE(rows[3].costNanos(), std::optional<std::int64_t>(1'600));
    }

    /** The requests' costs add up to the group's cost of an aggregation with the same book and basis. */
    void sumIsTheGroupsCost()
    {
        for (const CostBasis basis : { CostBasis::Recorded, CostBasis::Computed, CostBasis::Auto }) {
            Usage::UsageQuery query;
            query.pricing = setupWith(basis);
            const Usage::AggregateOutcome outcome = Usage::aggregateFiles({ m_dump }, query, {});
            const auto row = std::find_if(outcome.result.rows.begin(), outcome.result.rows.end(),
                [](const Usage::GroupUsage& g) { return g.id == QLatin1String("u"); });
            QVERIFY(row != outcome.result.rows.end());
            std::int64_t sum = 0;
            for (const RequestRow& r : listed(basis))
                sum += r.costNanos().value_or(0);
            QCOMPARE(sum, row->totals.costNanos);
        }
    }

    void withoutABookNothingIsPriced()
    {
        Usage::Requests::RequestsQuery query;
        query.groupValue = QStringLiteral("u");
        const std::vector<RequestRow> rows = Usage::Requests::readFileRequests({ m_dump }, query).rows;
        QCOMPARE(idsOf(rows), QStringLiteral("x1,x4,x2,x3"));
        for (const RequestRow& r : rows) {
            QCOMPARE(r.computedCostNanos, std::nullopt);
            QVERIFY(r.priceSource.isEmpty());
        }
    }

    void entryNames()
    {
        Usage::ModelPrices entry;
        entry.source = QStringLiteral("built-in");
        entry.modelId = QStringLiteral("claude-3");
        Usage::DatedPrice dated;
        QCOMPARE(Usage::Requests::priceEntryName(entry, dated), QStringLiteral("built-in:claude-3"));
        entry.providerId = QStringLiteral("anthropic");
        dated.startMs = -86'400'000 + 1; // the last day before 1970
        QCOMPARE(
            Usage::Requests::priceEntryName(entry, dated), QStringLiteral("built-in:anthropic/claude-3@1969-12-31"));
    }
};

QTEST_MAIN(TestRequestPricing)
#include "tst_requestpricing.moc"
