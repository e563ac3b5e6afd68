// SPDX-License-Identifier: MIT
// Price files that cannot be used: each error names the file, the row or key, and the field.
#include "pricefixtures.h"
#include "pricetestutil.h"

#include <QTest>

using namespace PriceTest;
using Usage::PriceBook;

class TestPriceFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unusableEntriesWarn()
    {
        const auto book = bookOf(Fixture::kUnusableEntries);
        QVERIFY(book);
        QCOMPARE(book->warnings(),
            QStringList(
                { QStringLiteral("prices: [0] (acme).models[0] (m).prices[1]: constraint.region: unknown constraint"),
                    QStringLiteral("prices: [0] (acme).models[1] (p): input_mtok: \"0.18000000000000002\" has more "
                                   "precision than 1e-18 USD") }));
        QCOMPARE(usd(book->price(request("acme", "m", 0, 1000, 0))), "0.001");
        QCOMPARE(usd(book->price(request("acme", "p", 0, 1000, 0))), "unpriced");
    }

    void csvWithBomAndCrLf()
    {
        const auto book = bookOf("\xEF\xBB\xBFprovider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,"
                                 "cache_write_mtok,reasoning_mtok\r\n"
                                 "OpenAI,\"gpt-4o\",,,1,2,,,\r\n");
        QVERIFY(book);
        QCOMPARE(usd(book->price(request("openai", "gpt-4o", 0, 1000, 1000))), "0.003");
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        const QByteArray header =
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n";
        QTest::addRow("csv header") << QByteArray("provider,model,input\n")
                                    << QStringLiteral("prices: row 1: the header must be ")
                + QString::fromLatin1(header.trimmed());
        QTest::addRow("csv price") << header + "openai,gpt-4o,,,abc,,,,\n"
                                   << "prices: row 2: input_mtok: \"abc\" is not a decimal number";
        QTest::addRow("csv precision") << header + "openai,gpt-4o,,,,0.0000000000001,,,\n"
                                       << "prices: row 2: output_mtok: \"0.0000000000001\" has more precision than "
                                          "1e-18 USD";
        QTest::addRow("csv negative") << header + "openai,gpt-4o,,,1,,,,-2\n"
                                      << "prices: row 2: reasoning_mtok: \"-2\" is negative";
        QTest::addRow("csv match") << header + "openai,gpt-4o,fuzzy,,1,,,,\n"
                                   << "prices: row 2: match: \"fuzzy\" is not equals, starts_with, contains or regex";
        QTest::addRow("csv date") << header + "openai,gpt-4o,,,1,,,,\nopenai,gpt-4o,,2025-13-01,1,,,,\n"
                                  << "prices: row 3: start_date: \"2025-13-01\" is not a YYYY-MM-DD date";
        QTest::addRow("csv repeated date") << header + "openai,gpt-4o,,,1,,,,\nopenai,gpt-4o,,,2,,,,\n"
                                           << "prices: row 3: start_date: repeats a start date of the same model";
        QTest::addRow("csv model") << header + ",,,,1,,,,\n"
                                   << "prices: row 2: model: is empty";
        QTest::addRow("csv regex") << header + ",(,regex,,1,,,,\n"
                                   << "prices: row 2: model: invalid regular expression \"(\": missing closing "
                                      "parenthesis";
        QTest::addRow("csv fields") << header + "openai,gpt-4o,,,1\n"
                                    << "prices: row 2: has 5 fields, not 9";
        QTest::addRow("genai price") << (Fixture::kBadGenaiPrice)
                                     << "prices: [0] (acme).models[0] (m1): input_mtok: \"x\" is not a decimal number";
        QTest::addRow("genai tier")
            << (Fixture::kBadGenaiTier)
            << "prices: [0] (acme).models[0] (m1).prices[0]: output_mtok: has a tier without start and price";
        QTest::addRow("genai match") << (Fixture::kBadGenaiMatch)
                                     << "prices: [0] (acme).models[0] (m1): match: unknown match \"like\"";
        QTest::addRow("genai provider match")
            << (Fixture::kBadProviderMatch)
            << "prices: [0] (acme): provider_match: invalid regular expression \"[a-\": missing terminating ] for "
               "character class";
        QTest::addRow("genai id") << (Fixture::kMissingId) << "prices: [0]: id: is missing";
        QTest::addRow("genai date")
            << (Fixture::kBadStartDate)
            << "prices: [0] (acme).models[0] (m1).prices[0]: constraint.start_date: \"June\" is not a YYYY-MM-DD date";
        QTest::addRow("litellm price")
            << (Fixture::kBadLiteLlmPrice)
            << "prices: key \"gpt-x\": output_cost_per_token: \"abc\" is not a decimal number";
        QTest::addRow("litellm type") << (Fixture::kBadLiteLlmType)
                                      << "prices: key \"gpt-x\": input_cost_per_token: is not a number";
        QTest::addRow("litellm too large")
            << (Fixture::kTooLargeLiteLlm) << "prices: key \"gpt-x\": input_cost_per_token: \"1e3\" is too large";
        // one lazy walk: it stops at the first syntax error, where it meets it
        QTest::addRow("genai syntax in a constraint")
            << QByteArray(R"([{"id": "acme", "models": [{"id": "m1", "match": {"equals": "m1"},
                "prices": [{"prices": {"input_mtok": 1}, "constraint": {"start_date" "2025-06-10"}}]}]}])")
            << "prices: [0] (acme).models[0] (m1).prices[0]: constraint: is not valid JSON (The JSON document has an "
               "improper structure: missing or superfluous commas, braces, missing keys, etc.)";
        QTest::addRow("genai trailing") << QByteArray(R"([{"id": "acme", "models": []}] [])")
                                        << QStringLiteral("prices: has more after its list of providers");
        QTest::addRow("litellm syntax in a price")
            << QByteArray(R"({"gpt-x": {"input_cost_per_token": 1e, "output_cost_per_token": 2}})")
            << "prices: key \"gpt-x\": input_cost_per_token: \"1e\" is not a decimal number";
        QTest::addRow("litellm trailing") << QByteArray(R"({"gpt-x": {"input_cost_per_token": 1}} {})")
                                          << QStringLiteral("prices: has more after its object of models");
        QTest::addRow("unknown kind") << QByteArray("model;price\n")
                                      << QStringLiteral("prices: is neither a genai-prices data.json, a LiteLLM price "
                                                        "JSON nor an overrides CSV (header ")
                + QString::fromLatin1(header.trimmed()) + QLatin1Char(')');
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QString text;
        QVERIFY(!bookOf(content, &text));
        QCOMPARE(text, error);
    }

    void badFileNamed()
    {
        Files files;
        const QString bad = files.write(QStringLiteral("bad.csv"),
            "provider,model,match,start_date,input_mtok,output_mtok,cache_read_mtok,cache_write_mtok,reasoning_mtok\n"
            "openai,gpt-4o,,,1,x,,,\n");
        Usage::Pricing::PriceError error;
        QVERIFY(!PriceBook::load({ sharedGenaiPrices(), bad }, true, &error));
        QCOMPARE(error.file, bad);
        QCOMPARE(error.location, QStringLiteral("row 2"));
        QCOMPARE(error.field, QStringLiteral("output_mtok"));
        QVERIFY(!PriceBook::load({ files.path(QStringLiteral("missing.json")) }, true, &error));
        QVERIFY(
            error.text().startsWith(files.path(QStringLiteral("missing.json")) + QStringLiteral(": cannot be read")));
    }
};

QTEST_GUILESS_MAIN(TestPriceFiles)
#include "tst_pricefiles.moc"
