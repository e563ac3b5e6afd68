// SPDX-License-Identifier: MIT
// The price book's matching contract: match kinds, provider fallback, dates, sources and their priority.
#include "core/pricing/pricerow.h"
#include "pricefixtures.h"
#include "pricetestutil.h"

#include <QTest>

using namespace PriceTest;
using Usage::PriceBook;

class TestPriceBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchKinds_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("cost"); // of 1,000 prompt tokens
        QTest::addRow("equals") << "m-eq"
                                << "eq"
                                << "0.001";
        QTest::addRow("equals is case sensitive") << "M-EQ"
                                                  << ""
                                                  << "unpriced";
        QTest::addRow("starts_with") << "sw-large"
                                     << "sw"
                                     << "0.002";
        QTest::addRow("ends_with") << "big-ew"
                                   << "ew"
                                   << "0.003";
        QTest::addRow("contains") << "a-ctx-b"
                                  << "ct"
                                  << "0.004";
        QTest::addRow("regex") << "rx-42"
                               << "rx"
                               << "0.005";
        QTest::addRow("regex anchored") << "rx-42b"
                                        << ""
                                        << "unpriced";
        QTest::addRow("or, first") << "or-a"
                                   << "or"
                                   << "0.006";
        QTest::addRow("or, second") << "or-b"
                                    << "or"
                                    << "0.006";
        QTest::addRow("and, both") << "and-y-z"
                                   << "and"
                                   << "0.007";
        QTest::addRow("and, one") << "and-y"
                                  << ""
                                  << "unpriced";
        QTest::addRow("first model in order wins") << "sw-ctx"
                                                   << "sw"
                                                   << "0.002";
        QTest::addRow("no model") << ""
                                  << ""
                                  << "unpriced";
    }
    void matchKinds()
    {
        QFETCH(QString, model);
        QFETCH(QString, entry);
        QFETCH(QString, cost);
        const auto book = bookOf(Fixture::kMatchKinds);
        QVERIFY(book);
        const std::string text = model.toStdString();
        const auto match = book->lookup("acme", text, 0);
        QCOMPARE(match ? match->modelId : QString(), entry);
        QCOMPARE(QString::fromLatin1(usd(book->price(request("acme", text, 0, 1000, 0)))), cost);
    }

    void providerFallback_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("providerId");
        QTest::addRow("id, lower-cased") << "ALPHA"
                                         << "a-1"
                                         << "alpha";
        QTest::addRow("provider_match") << "my-alp-proxy"
                                        << "a-1"
                                        << "alpha";
        QTest::addRow("unknown provider: model_match") << "CUSTOM"
                                                       << "b-1"
                                                       << "beta";
        QTest::addRow("no provider: model_match") << ""
                                                  << "a-1"
                                                  << "alpha";
        QTest::addRow("known provider without the model") << "alpha"
                                                          << "b-1"
                                                          << "";
        QTest::addRow("nothing matches") << "CUSTOM"
                                         << "c-1"
                                         << "";
    }
    void providerFallback()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, providerId);
        const auto book = bookOf(Fixture::kProviders);
        QVERIFY(book);
        const auto match = book->lookup(provider.toStdString(), model.toStdString(), 0);
        QCOMPARE(match ? match->providerId : QString(), providerId);
    }

    void realDataProviders()
    {
        PriceTest::Files files;
        Usage::Pricing::PriceError error;
        const auto book = PriceBook::load({ sharedGenaiPrices() }, false, &error);
        QVERIFY2(book, qPrintable(error.text()));
        auto match = book->lookup("OPENAI", "gpt-4o", 0);
        QVERIFY(match);
        QCOMPARE(match->providerId, QStringLiteral("openai"));
        QCOMPARE(match->source, sharedGenaiPrices());
        match = book->lookup("CUSTOM", "claude-3-haiku-20240307", 0);
        QVERIFY(match);
        QCOMPARE(match->providerId, QStringLiteral("anthropic"));
        QCOMPARE(match->modelId, QStringLiteral("claude-3-haiku"));
        QCOMPARE(match->matchText, QStringLiteral("starts_with:claude-3-haiku"));
        QCOMPARE(Usage::Pricing::formatPrice(match->prices.input->base, Usage::Pricing::PriceScale::PerMillionTokens),
            QStringLiteral("0.25"));
    }

    void o3PriceChange_data()
    {
        QTest::addColumn<bool>("builtIn");
        QTest::addRow("genai-prices.json") << false;
        QTest::addRow("built-in book") << true;
    }
    void o3PriceChange()
    {
        QFETCH(bool, builtIn);
        Usage::Pricing::PriceError error;
        const auto book = builtIn ? PriceBook::builtIn() : PriceBook::load({ sharedGenaiPrices() }, false, &error);
        QVERIFY2(book, qPrintable(error.text()));
        const auto before = book->lookup("openai", "o3-2025-04-16", ms("2025-06-09T23:59:59.999Z"));
        const auto after = book->lookup("openai", "o3", ms("2025-06-10T00:00:00.000Z"));
        QVERIFY(before && after);
        QCOMPARE(before->modelId, QStringLiteral("o3"));
        QVERIFY(!before->startMs);
        QCOMPARE(after->startMs.value_or(0), ms("2025-06-10T00:00:00Z"));
        // 1,000 prompt and 500 completion tokens: 10 and 40 USD per million, then 2 and 8.
        QCOMPARE(usd(book->price(request("openai", "o3", ms("2025-06-09T23:59:59.999Z"), 1000, 500))), "0.03");
        QCOMPARE(usd(book->price(request("openai", "o3", ms("2025-06-10T00:00:00Z"), 1000, 500))), "0.006");
        QCOMPARE(usd(book->price(request("openai", "o3", ms("2024-01-01T00:00:00Z"), 1000, 500))), "0.03");
        // The row of `prices --model o3`.
        QCOMPARE(Usage::Pricing::priceRowFields(*after),
            QStringList({ after->source, QStringLiteral("openai"), QStringLiteral("o3"),
                QStringLiteral("or(equals:o3,equals:o3-2025-04-16)"), QStringLiteral("2025-06-10"), QStringLiteral("2"),
                QStringLiteral("8"), QStringLiteral("0.5"), QString(), QString() }));
        const auto tiered = book->lookup("anthropic", "claude-sonnet-4-5", 0);
        QVERIFY(tiered);
        QCOMPARE(Usage::Pricing::priceRowFields(*tiered).mid(4, 3),
            QStringList({ QString(), QStringLiteral("3 (>200000: 6)"), QStringLiteral("15 (>200000: 22.5)") }));
    }

    void timeOfDay_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("cost"); // 1,000,000 prompt tokens
        QTest::addRow("before the window") << "2025-03-01T00:29:59.999Z"
                                           << "0.135";
        QTest::addRow("window start") << "2025-03-01T00:30:00.000Z"
                                      << "0.27";
        QTest::addRow("noon") << "2025-03-01T12:00:00.000Z"
                              << "0.27";
        QTest::addRow("window end (excluded)") << "2025-03-01T16:30:00.000Z"
                                               << "0.135";
        QTest::addRow("evening") << "2025-03-01T20:00:00.000Z"
                                 << "0.135";
    }
    void timeOfDay()
    {
        QFETCH(QString, time);
        QFETCH(QString, cost);
        Usage::Pricing::PriceError error;
        const auto book = PriceBook::load({ sharedGenaiPrices() }, false, &error);
        QVERIFY2(book, qPrintable(error.text()));
        const auto at = ms(time.toLatin1().constData());
        QCOMPARE(QString::fromLatin1(usd(book->price(request("deepseek", "deepseek-chat", at, 1'000'000, 0)))), cost);
    }

    void liteLlmKeys_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cost"); // 1,000 prompt tokens
        QTest::addRow("plain key") << ""
                                   << "gpt-x"
                                   << "gpt-x"
                                   << "0.001";
        QTest::addRow("exact key beats prefixed") << "bedrock"
                                                  << "gpt-x"
                                                  << "gpt-x"
                                                  << "0.001";
        QTest::addRow("prefix equals provider") << "AZURE"
                                                << "gpt-y"
                                                << "azure/gpt-y"
                                                << "0.003";
        QTest::addRow("second prefixed key") << "openrouter"
                                             << "gpt-y"
                                             << "openrouter/gpt-y"
                                             << "0.005";
        QTest::addRow("litellm_provider") << "vertex_ai-language-models"
                                          << "gemini-z"
                                          << "vertex_ai/gemini-z"
                                          << "0.000125";
        QTest::addRow("other provider") << "openai"
                                        << "gpt-y"
                                        << ""
                                        << "unpriced";
        QTest::addRow("no provider, prefixed only") << ""
                                                    << "gpt-y"
                                                    << ""
                                                    << "unpriced";
        QTest::addRow("model written with prefix") << ""
                                                   << "azure/gpt-y"
                                                   << "azure/gpt-y"
                                                   << "0.003";
        QTest::addRow("sample_spec skipped") << ""
                                             << "sample_spec"
                                             << ""
                                             << "unpriced";
    }
    void liteLlmKeys()
    {
        QFETCH(QString, provider);
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(QString, cost);
        const auto book = bookOf(Fixture::kLiteLlm);
        QVERIFY(book);
        const std::string p = provider.toStdString();
        const std::string m = model.toStdString();
        const auto match = book->lookup(p, m, 0);
        QCOMPARE(match ? match->modelId : QString(), key);
        QCOMPARE(QString::fromLatin1(usd(book->price(request(p, m, 0, 1000, 0)))), cost);
        // azure/gpt-y has no output price: completion tokens leave the request unpriced.
        if (key == QStringLiteral("azure/gpt-y"))
            QCOMPARE(usd(book->price(request(p, m, 0, 1000, 1))), "unpriced");
    }

    void overrideBeatsImported_data()
    {
        QTest::addColumn<bool>("overridesFirst");
        QTest::addRow("overrides named first") << true;
        QTest::addRow("overrides named last") << false;
    }
    void overrideBeatsImported()
    {
        QFETCH(bool, overridesFirst);
        Files files;
        const QString csv = files.write(QStringLiteral("negotiated.csv"),
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n"
            "openai,gpt-4o,,,1,4,,,\n"
            "openai,gpt-4o,,2025-01-01,0.5,2,,,\n");
        const QStringList names =
            overridesFirst ? QStringList { csv, sharedGenaiPrices() } : QStringList { sharedGenaiPrices(), csv };
        Usage::Pricing::PriceError error;
        const auto book = PriceBook::load(names, true, &error);
        QVERIFY2(book, qPrintable(error.text()));
        QCOMPARE(book->sources().size(), 3);
        QCOMPARE(book->sources().at(0).kind, Usage::Pricing::PriceSourceKind::Overrides);
        QCOMPARE(book->sources().at(2).kind, Usage::Pricing::PriceSourceKind::BuiltIn);
        QCOMPARE(book->sources().at(2).dataDate, QStringLiteral("2026-08-21"));
        const auto match = book->lookup("OpenAI", "gpt-4o", ms("2024-06-01T00:00:00Z"));
        QVERIFY(match);
        QCOMPARE(match->source, csv);
        QCOMPARE(match->matchText, QStringLiteral("equals:gpt-4o"));
        QCOMPARE(usd(book->price(request("OpenAI", "gpt-4o", ms("2024-06-01T00:00:00Z"), 1000, 1000))), "0.005");
        QCOMPARE(usd(book->price(request("OpenAI", "gpt-4o", ms("2025-06-01T00:00:00Z"), 1000, 1000))), "0.0025");
        // The override's entry is used whole: no cache read price there, so cache reads fall back to its input.
        QCOMPARE(usd(book->price(request("openai", "gpt-4o", ms("2025-06-01T00:00:00Z"), 0, 0, 1000))), "0.0005");
        // Other models still come from the imported file.
        QCOMPARE(book->lookup("openai", "o1", 0)->source, sharedGenaiPrices());
    }

    void lastNamedImportWins()
    {
        Files files;
        const QString first = files.write(QStringLiteral("first.json"), Fixture::kFirstImport);
        const QString second = files.write(QStringLiteral("second.json"), Fixture::kSecondImport);
        Usage::Pricing::PriceError error;
        auto book = PriceBook::load({ first, second }, false, &error);
        QVERIFY2(book, qPrintable(error.text()));
        QCOMPARE(book->lookup("acme", "m", 0)->source, second);
        book = PriceBook::load({ second, first }, false, &error);
        QCOMPARE(book->lookup("acme", "m", 0)->source, first);
    }

    void overridesGroups()
    {
        // The first group that matches wins, even when a later one is more specific.
        const auto book = bookOf(
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n"
            ",ft:,starts_with,,1,,,,\n"
            "acme,ft:m,,,2,,,,\n"
            "acme,r.*x,regex,,3,,,,\n"
            "\n"
            ",ctx,contains,2025-02-01,4,,,,\n");
        QVERIFY(book);
        QCOMPARE(book->lookup("acme", "ft:m", 0)->matchText, QStringLiteral("starts_with:ft:"));
        QCOMPARE(book->lookup("ACME", "rabbitx", 0)->providerId, QStringLiteral("acme"));
        QVERIFY(!book->lookup("other", "rabbitx", 0));
        QCOMPARE(book->lookup("other", "a-ctx", 0)->startMs.value_or(0), ms("2025-02-01T00:00:00Z"));
    }

    void builtInBook()
    {
        const auto book = PriceBook::builtIn();
        QCOMPARE(book->sources().size(), 1);
        QCOMPARE(book->sources().at(0).file, QStringLiteral("built-in"));
        QCOMPARE(book->sources().at(0).sha256.size(), 32);
        QVERIFY(book->sources().at(0).entries > 1000);
        QVERIFY(book->warnings().isEmpty());
        QCOMPARE(PriceBook::builtInDataDate(), QStringLiteral("2026-08-21"));
        QCOMPARE(book->lookup("openai", "gpt-4o-mini", 0)->source, QStringLiteral("built-in"));
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
