// SPDX-License-Identifier: MIT
// What a request costs: the cost formula, exact units and sums, what-if pricing and threads.
#include "core/pricing/pricer.h"
#include "pricefixtures.h"
#include "pricetestutil.h"

#include <QTest>

#include <thread>

using namespace PriceTest;
using Usage::PriceBook;
using Usage::Pricing::Atto;
using Usage::Pricing::PriceScale;

namespace {
std::shared_ptr<const PriceBook> sharedBook()
{
    static const std::shared_ptr<const PriceBook> book = PriceBook::load({ sharedGenaiPrices() }, false, nullptr);
    return book;
}

Usage::PricingOptions optionsOf(const char* priceDate, std::map<std::string, std::string, std::less<>> swaps)
{
    Usage::PricingOptions options;
    if (priceDate)
        options.priceDateMs = ms(priceDate);
    options.modelSwaps = std::move(swaps);
    return options;
}
} // namespace

class TestPriceCost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void costs_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QList<qint64>>("tokens"); // prompt, completion, cache read, cache write, reasoning
        QTest::addColumn<QString>("cost");
        using T = QList<qint64>;
        // 1000 x 3 + 2000 x 0.3 + 4000 x 3.75 per million
        QTest::addRow("cache read/write, own prices") << "cached" << T { 1000, 0, 2000, 4000, 0 } << "0.0186";
        QTest::addRow("cache read/write at input price") << "plain" << T { 1000, 0, 2000, 4000, 0 } << "0.021";
        QTest::addRow("reasoning, own price") << "thinker" << T { 0, 100, 0, 0, 300 } << "0.007";
        QTest::addRow("reasoning at output price") << "plain" << T { 0, 100, 0, 0, 300 } << "0.006";
        QTest::addRow("no output price, no output") << "embed" << T { 1000, 0, 0, 0, 0 } << "0.0001";
        QTest::addRow("no output price, output") << "embed" << T { 1000, 1, 0, 0, 0 } << "unpriced";
        QTest::addRow("no output price, reasoning") << "embed" << T { 1000, 0, 0, 0, 1 } << "unpriced";
        QTest::addRow("no prices, tokens") << "free" << T { 1, 0, 0, 0, 0 } << "unpriced";
        QTest::addRow("no prices, no tokens") << "free" << T { 0, 0, 0, 0, 0 } << "0";
        // 150000 + 50000 input tokens do not exceed 200000: base prices
        QTest::addRow("tier, at the boundary") << "tiered" << T { 150000, 1000, 50000, 0, 0 } << "0.48";
        // 200001 input tokens: every token of each type at its tier price (6, 0.6, 22.5)
        QTest::addRow("tier reached") << "tiered" << T { 150001, 1000, 50000, 0, 0 } << "0.952506";
        QTest::addRow("second tier") << "tiered" << T { 1000001, 0, 0, 0, 0 } << "9.000009";
        QTest::addRow("output tier by input tokens") << "tiered" << T { 10, 300000, 0, 0, 0 } << "4.50003";
        QTest::addRow("requests_kcount") << "search" << T { 1000, 1000, 0, 0, 0 } << "0.014";
        QTest::addRow("requests_kcount alone") << "search" << T { 0, 0, 0, 0, 0 } << "0.012";
        QTest::addRow("1e-18 USD") << "subnano" << T { 0, 1, 0, 0, 0 } << "0.000000000000000001";
    }
    void costs()
    {
        QFETCH(QString, model);
        QFETCH(QList<qint64>, tokens);
        QFETCH(QString, cost);
        const auto book = bookOf(Fixture::kCosts);
        QVERIFY(book);
        const std::string name = model.toStdString();
        const auto priced = request("acme", name, 0, tokens[0], tokens[1], tokens[2], tokens[3], tokens[4]);
        QCOMPARE(QString::fromLatin1(usd(book->price(priced))), cost);
        Usage::Pricer pricer(book);
        QCOMPARE(QString::fromLatin1(usd(pricer.price(priced))), cost);
    }

    void realTier()
    {
        QVERIFY(sharedBook());
        const auto cost = [](std::int64_t prompt) {
            return usd(sharedBook()->price(request("anthropic", "claude-sonnet-4-5-20250929", 0, prompt, 1000, 50000)));
        };
        QCOMPARE(cost(150000), "0.48");
        QCOMPARE(cost(150001), "0.952506");
    }

    void parsePrice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("units"); // or the error
        const int mtok = int(PriceScale::PerMillionTokens);
        const int token = int(PriceScale::PerToken);
        const int kcount = int(PriceScale::PerThousandRequests);
        QTest::addRow("mtok") << "2.5" << mtok << "2500000000000";
        QTest::addRow("mtok decimals") << "0.135" << mtok << "135000000000";
        QTest::addRow("mtok smallest") << "0.000000000001" << mtok << "1";
        QTest::addRow("trailing zero") << "0.10" << mtok << "100000000000";
        QTest::addRow("plus") << "+3" << mtok << "3000000000000";
        QTest::addRow("no fraction digits") << "1." << mtok << "1000000000000";
        QTest::addRow("no integer digits") << ".5" << mtok << "500000000000";
        QTest::addRow("zero exponent") << "0.0e5" << mtok << "0";
        QTest::addRow("per token") << "1.25e-06" << token << "1250000000000";
        QTest::addRow("per token, capital E") << "5E-6" << token << "5000000000000";
        QTest::addRow("per token smallest") << "1e-18" << token << "1";
        QTest::addRow("more zeros than precision") << "1.000e-18" << token << "1";
        QTest::addRow("kcount") << "12" << kcount << "12000000000000000";
        QTest::addRow("largest") << "9223372.036854775807" << mtok << "9223372036854775807";
        QTest::addRow("too precise") << "1e-19" << token << "\"1e-19\" has more precision than 1e-18 USD";
        QTest::addRow("float artefact") << "0.08333333333333334" << mtok
                                        << "\"0.08333333333333334\" has more precision than 1e-18 USD";
        QTest::addRow("too large") << "9223372.036854775808" << mtok << "\"9223372.036854775808\" is too large";
        QTest::addRow("huge exponent") << "1e400" << mtok << "\"1e400\" is too large";
        QTest::addRow("negative") << "-1" << mtok << "\"-1\" is negative";
        QTest::addRow("empty") << "" << mtok << "\"\" is not a decimal number";
        QTest::addRow("comma") << "1,5" << mtok << "\"1,5\" is not a decimal number";
        QTest::addRow("bare exponent") << "1e" << mtok << "\"1e\" is not a decimal number";
        QTest::addRow("point only") << "." << mtok << "\".\" is not a decimal number";
    }
    void parsePrice()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(QString, units);
        QString error;
        const auto parsed = Usage::Pricing::parsePrice(text.toStdString(), PriceScale(scale), &error);
        QCOMPARE(parsed ? QString::number(*parsed) : error, units);
        if (parsed)
            QCOMPARE(Usage::Pricing::parsePrice(Usage::Pricing::formatPrice(*parsed, PriceScale(scale)).toStdString(),
                         PriceScale(scale), nullptr),
                parsed);
    }

    void formatPrice()
    {
        using Usage::Pricing::formatPrice;
        QCOMPARE(formatPrice(2'500'000'000'000, PriceScale::PerMillionTokens), QStringLiteral("2.5"));
        QCOMPARE(formatPrice(1, PriceScale::PerMillionTokens), QStringLiteral("0.000000000001"));
        QCOMPARE(formatPrice(0, PriceScale::PerMillionTokens), QStringLiteral("0"));
        QCOMPARE(formatPrice(12'000'000'000'000'000, PriceScale::PerThousandRequests), QStringLiteral("12"));
        QCOMPARE(formatPrice(1'250'000'000'000, PriceScale::PerToken), QStringLiteral("0.00000125"));
    }

    void roundToNanos()
    {
        using Usage::Pricing::roundToNanos;
        QCOMPARE(roundToNanos(Atto(2'500'000'000)), 2); // half to even
        QCOMPARE(roundToNanos(Atto(3'500'000'000)), 4);
        QCOMPARE(roundToNanos(Atto(2'500'000'001)), 3);
        QCOMPARE(roundToNanos(Atto(2'499'999'999)), 2);
        QCOMPARE(roundToNanos(Atto(-2'500'000'000)), -2);
        QCOMPARE(roundToNanos(Atto(-3'500'000'000)), -4);
        QCOMPARE(roundToNanos(Atto(-2'600'000'000)), -3);
        QCOMPARE(roundToNanos(Atto(0)), 0);
        QCOMPARE(roundToNanos(Atto(400'000'000)), 0);
        // 2^64 nano-USD-sized sums stay exact in 128 bits: 10^27 atto = 10^18 nano
        QCOMPARE(roundToNanos(Atto(1'000'000'000'000'000'000) * 1'000'000'000), 1'000'000'000'000'000'000);
    }

    void subNanoSums()
    {
        // 0.0004 USD per million tokens: one token costs 0.4 nano-USD, 0 when rounded one request at a time.
        const auto book = bookOf(Fixture::kCosts);
        QVERIFY(book);
        Usage::Pricer pricer(book);
        Atto sum = 0;
        for (int i = 0; i < 1'000'000; ++i)
            sum += *pricer.price(request("acme", "subnano", i, 1, 0));
        QCOMPARE(usd(sum), "0.0004");
        QCOMPARE(Usage::Pricing::roundToNanos(sum), 400'000);
        QCOMPARE(Usage::Pricing::roundToNanos(*pricer.price(request("acme", "subnano", 0, 1, 0))), 0);
        // Three requests: 1.2 nano-USD, rounded once to 1.
        QCOMPARE(Usage::Pricing::roundToNanos(Atto(3) * *pricer.price(request("acme", "subnano", 0, 1, 0))), 1);
    }

    void whatIf_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("priceDate");
        QTest::addColumn<QString>("swapFrom");
        QTest::addColumn<QString>("swapTo");
        QTest::addColumn<QString>("own");
        QTest::addColumn<QString>("whatIf");
        // 1,000 prompt and 500 completion tokens. o3: 10/40 USD per million, 2/8 from 2025-06-10.
        const QString none;
        QTest::addRow("no options") << "o3"
                                    << "2025-07-01T10:00:00Z" << none << none << none << "0.006"
                                    << "0.006";
        QTest::addRow("date before the change") << "o3"
                                                << "2025-07-01T10:00:00Z"
                                                << "2025-06-01" << none << none << "0.006"
                                                << "0.03";
        QTest::addRow("day before the change") << "o3"
                                               << "2025-07-01T23:59:59Z"
                                               << "2025-06-09" << none << none << "0.006"
                                               << "0.03";
        QTest::addRow("date after the change") << "o3"
                                               << "2025-05-01T10:00:00Z"
                                               << "2025-06-10" << none << none << "0.03"
                                               << "0.006";
        QTest::addRow("swap to a cheaper model") << "o3"
                                                 << "2025-07-01T10:00:00Z" << none << "o3"
                                                 << "gpt-4o-mini"
                                                 << "0.006"
                                                 << "0.00045";
        QTest::addRow("swap to a dearer model") << "o3"
                                                << "2025-07-01T10:00:00Z" << none << "o3"
                                                << "o1"
                                                << "0.006"
                                                << "0.045";
        QTest::addRow("swap to an unknown model") << "o3"
                                                  << "2025-07-01T10:00:00Z" << none << "o3"
                                                  << "no-such-model"
                                                  << "0.006"
                                                  << "unpriced";
        QTest::addRow("swap is for the exact model") << "o3-2025-04-16"
                                                     << "2025-07-01T10:00:00Z" << none << "o3"
                                                     << "o1"
                                                     << "0.006"
                                                     << "0.006";
        QTest::addRow("swap and date") << "gpt-4o-mini"
                                       << "2025-05-01T10:00:00Z"
                                       << "2025-07-01"
                                       << "gpt-4o-mini"
                                       << "o3"
                                       << "0.00045"
                                       << "0.006";
        QTest::addRow("swap an unpriced model") << "my-model"
                                                << "2025-05-01T10:00:00Z" << none << "my-model"
                                                << "o3"
                                                << "unpriced"
                                                << "0.03";
    }
    void whatIf()
    {
        QFETCH(QString, model);
        QFETCH(QString, time);
        QFETCH(QString, priceDate);
        QFETCH(QString, swapFrom);
        QFETCH(QString, swapTo);
        QFETCH(QString, own);
        QFETCH(QString, whatIf);
        QVERIFY(sharedBook());
        std::map<std::string, std::string, std::less<>> swaps;
        if (!swapFrom.isEmpty())
            swaps.emplace(swapFrom.toStdString(), swapTo.toStdString());
        const QByteArray date = priceDate.toLatin1() + "T00:00:00Z";
        const auto options = optionsOf(priceDate.isEmpty() ? nullptr : date.constData(), std::move(swaps));
        const std::string name = model.toStdString();
        // CUSTOM: an unknown provider, found by the model match (also for the swapped model).
        const auto priced = request("CUSTOM", name, ms(time.toLatin1().constData()), 1000, 500);
        QCOMPARE(QString::fromLatin1(usd(sharedBook()->price(priced))), own);
        QCOMPARE(QString::fromLatin1(usd(sharedBook()->price(priced, options))), whatIf);
        Usage::Pricer pricer(sharedBook(), options);
        QCOMPARE(QString::fromLatin1(usd(pricer.price(priced))), whatIf);
    }

    void whatIfKeepsTimeOfDay()
    {
        // deepseek-chat's peak price (00:30-16:30 UTC) still follows the request's own time of day.
        QVERIFY(sharedBook());
        const auto options = optionsOf("2025-04-01T00:00:00Z", {});
        QCOMPARE(usd(sharedBook()->price(
                     request("deepseek", "deepseek-chat", ms("2025-03-01T12:00:00Z"), 1'000'000, 0), options)),
            "0.27");
        QCOMPARE(usd(sharedBook()->price(
                     request("deepseek", "deepseek-chat", ms("2025-03-01T20:00:00Z"), 1'000'000, 0), options)),
            "0.135");
    }

    void threadsAgree()
    {
        QVERIFY(sharedBook());
        static const char* const kModels[] = { "o3", "gpt-4o", "claude-3-5-haiku-20241022", "deepseek-chat", "nope" };
        std::vector<Usage::PricedRequest> requests;
        for (int i = 0; i < 20'000; ++i)
            requests.push_back(request(i % 3 ? "" : "CUSTOM", kModels[i % 5],
                ms("2025-06-01T00:00:00Z") + std::int64_t(i) * 97'000, 1000 + i, 10 + i % 700, i % 11, i % 5, i % 3));
        const auto sumOf = [&](size_t from, size_t to, Atto& sum, int& unpriced) {
            Usage::Pricer pricer(sharedBook());
            for (size_t i = from; i < to; ++i) {
                const auto cost = pricer.price(requests[i]);
                cost ? void(sum += *cost) : void(++unpriced);
            }
        };
        Atto one = 0;
        int unpricedOne = 0;
        sumOf(0, requests.size(), one, unpricedOne);
        Atto first = 0, second = 0;
        int unpricedFirst = 0, unpricedSecond = 0;
        std::thread worker([&] { sumOf(0, requests.size() / 2, first, unpricedFirst); });
        sumOf(requests.size() / 2, requests.size(), second, unpricedSecond);
        worker.join();
        QCOMPARE(usd(first + second), usd(one));
        QCOMPARE(unpricedFirst + unpricedSecond, unpricedOne);
        QCOMPARE(unpricedOne, 4000);
    }
};

QTEST_GUILESS_MAIN(TestPriceCost)
#include "tst_pricecost.moc"
