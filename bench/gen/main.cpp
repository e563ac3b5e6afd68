// SPDX-License-Identifier: MIT
// ue-gen-dump: writes a deterministic, realistic Helicone log dump of a given size in one of the dump formats, and
// optionally the exact per-user totals of what it wrote (the benchmark checks every tool against them).

#include "dumpformatter.h"
#include "jsonstyle.h"
#include "recordstream.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>
#include <map>

namespace {

struct Totals
{
    std::int64_t count = 0;
    std::int64_t prompt = 0;
    std::int64_t completion = 0;
    std::int64_t costNanos = 0;
};

std::optional<std::int64_t> parseSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    std::int64_t factor = 1;
    if (t.endsWith(QLatin1Char('K')))
        factor = 1LL << 10;
    else if (t.endsWith(QLatin1Char('M')))
        factor = 1LL << 20;
    else if (t.endsWith(QLatin1Char('G')))
        factor = 1LL << 30;
    if (factor != 1)
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return std::int64_t(v * double(factor));
}

void fail(const QString& message)
{
    std::fprintf(stderr, "ue-gen-dump: %s\n", qPrintable(message));
}

void appendJsonString(std::string& out, const std::string& s)
{
    out += '"';
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    out += '"';
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ue-gen-dump"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a deterministic Helicone log dump (same options, same bytes). Formats: %1.")
            .arg(QString::fromStdString([] {
                std::string s;
                for (const auto& n : Bench::DumpFormatter::formatNames())
                    s += (s.empty() ? "" : ", ") + n;
                return s;
            }())));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("format"), QStringLiteral("Dump format (default helicone-jsonl)."),
        QStringLiteral("F"), QStringLiteral("helicone-jsonl") });
    parser.addOption({ QStringLiteral("records"),
        QStringLiteral("short (about 375 bytes of JSONL each) or long (with request and response "
                       "bodies, about 5.7 KB each)."),
        QStringLiteral("KIND"), QStringLiteral("short") });
    parser.addOption({ QStringLiteral("size"),
        QStringLiteral("Target size, e.g. 50M, 1G (default 100M); the file "
                       "ends at the first record boundary past it."),
        QStringLiteral("BYTES"), QStringLiteral("100M") });
    parser.addOption(
        { QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"), QStringLiteral("20251101") });
    parser.addOption({ QStringLiteral("users"), QStringLiteral("Distinct user ids (Zipf-distributed)."),
        QStringLiteral("N"), QStringLiteral("50000") });
    parser.addOption({ QStringLiteral("unquoted-int64"),
        QStringLiteral("clickhouse-jsonl: write 64-bit integers as numbers (ClickHouse 25.8+), not "
                       "as strings.") });
    parser.addOption({ QStringLiteral("style"),
        QStringLiteral("JSON Lines formats: compact (as the tools write them, the default), spaced (a space after "
                       "every ':' and ','), or mixed (per record another key order, spacing, \\u escapes in ids, "
                       "token counts and cost as strings)."),
        QStringLiteral("STYLE"), QStringLiteral("compact") });
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("Output file."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("totals"),
        QStringLiteral("Also write the exact per-user totals as JSON lines "
                       "[user_id, count, prompt_tokens, completion_tokens, cost_nanos]."),
        QStringLiteral("FILE") });
    parser.process(app);

    const std::string format = parser.value(QStringLiteral("format")).toStdString();
    const QString kind = parser.value(QStringLiteral("records"));
    const auto size = parseSize(parser.value(QStringLiteral("size")));
    bool seedOk = false, usersOk = false;
    const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    const int users = parser.value(QStringLiteral("users")).toInt(&usersOk);
    if (kind != QLatin1String("short") && kind != QLatin1String("long")) {
        fail(QStringLiteral("--records: expected short or long"));
        return 2;
    }
    if (!size || !seedOk || !usersOk || users < 1) {
        fail(QStringLiteral("--size, --seed or --users is not a valid number"));
        return 2;
    }
    const auto styleKind = Bench::JsonStyle::fromName(parser.value(QStringLiteral("style")).toStdString());
    if (!styleKind) {
        fail(QStringLiteral("--style: expected compact, spaced or mixed"));
        return 2;
    }
    const bool jsonLines = format.size() > 6 && format.compare(format.size() - 6, 6, "-jsonl") == 0;
    if (*styleKind != Bench::JsonStyle::Kind::Compact && !jsonLines) {
        fail(QStringLiteral("--style spaced and mixed are for the JSON Lines formats"));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        fail(QStringLiteral("-o FILE is required"));
        return 2;
    }

    Bench::RecordStream::Options streamOptions;
    streamOptions.seed = seed;
    streamOptions.users = users;
    streamOptions.longRecords = kind == QLatin1String("long");
    Bench::DumpFormatter::Options formatOptions;
    formatOptions.longRecords = streamOptions.longRecords;
    formatOptions.quoteInt64 = !parser.isSet(QStringLiteral("unquoted-int64"));

    // one record in the chosen style: the formatter's compact line, rewritten with the same values
    std::string line;
    auto writeRecord = [&line](Bench::DumpFormatter& formatter, Bench::JsonStyle& style,
                           const Bench::DumpRecord& record, bool first, std::string& out) {
        if (style.kind() == Bench::JsonStyle::Kind::Compact) {
            formatter.record(record, first, out);
            return;
        }
        line.clear();
        formatter.record(record, first, line);
        const bool newline = !line.empty() && line.back() == '\n';
        style.append(std::string_view(line).substr(0, line.size() - (newline ? 1 : 0)), out);
        if (newline)
            out += '\n';
    };

    // a trial run of the same stream measures the mean record size, which spreads the timestamps over the month
    {
        Bench::RecordStream trial(streamOptions);
        auto formatter = Bench::DumpFormatter::create(format, formatOptions);
        if (!formatter) {
            fail(QStringLiteral("unknown format %1").arg(QString::fromStdString(format)));
            return 2;
        }
        Bench::JsonStyle style(*styleKind, seed);
        std::string buf;
        Bench::GenRecord r;
        const int n = 4000;
        for (int i = 0; i < n; ++i) {
            trial.next(r);
            writeRecord(*formatter, style, trial.dumpRecord(r), i == 0, buf);
        }
        streamOptions.expectedRecords = std::uint64_t(double(*size) / (double(buf.size()) / n)) + 1;
    }

    Bench::RecordStream stream(streamOptions);
    auto formatter = Bench::DumpFormatter::create(format, formatOptions);
    Bench::JsonStyle style(*styleKind, seed);
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return 1;
    }
    std::vector<Totals> totals(stream.users().size() + 1); // the last one: records without a user id
    std::string buf;
    buf.reserve(9u << 20);
    formatter->header(buf);
    std::int64_t written = 0;
    std::uint64_t records = 0;
    Bench::GenRecord r;
    auto flush = [&] {
        if (file.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
            return false;
        written += std::int64_t(buf.size());
        buf.clear();
        return true;
    };
    while (written + std::int64_t(buf.size()) < *size) {
        stream.next(r);
        writeRecord(*formatter, style, stream.dumpRecord(r), records == 0, buf);
        ++records;
        Totals& t = totals[r.user < 0 ? totals.size() - 1 : size_t(r.user)];
        ++t.count;
        t.prompt += r.tokensNull ? 0 : r.prompt;
        t.completion += r.tokensNull ? 0 : r.completion;
        t.costNanos += r.costNull ? 0 : r.costNanos;
        if (buf.size() >= (8u << 20) && !flush()) {
            fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
    }
    formatter->footer(buf);
    if (!flush() || !file.commit()) {
        fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return 1;
    }

    if (parser.isSet(QStringLiteral("totals"))) {
        // an id without a user and the empty id are one group, as in ClickHouse (user_id '')
        std::map<std::string, Totals> byId;
        for (size_t i = 0; i < totals.size(); ++i) {
            if (!totals[i].count)
                continue;
            Totals& t = byId[i + 1 == totals.size() ? std::string() : stream.users()[i]];
            t.count += totals[i].count;
            t.prompt += totals[i].prompt;
            t.completion += totals[i].completion;
            t.costNanos += totals[i].costNanos;
        }
        std::string out;
        for (const auto& [id, t] : byId) {
            out += '[';
            appendJsonString(out, id);
            out += ',' + std::to_string(t.count) + ',' + std::to_string(t.prompt) + ',' + std::to_string(t.completion)
                + ',' + std::to_string(t.costNanos) + "]\n";
        }
        QSaveFile totalsFile(parser.value(QStringLiteral("totals")));
        if (!totalsFile.open(QIODevice::WriteOnly)
            || totalsFile.write(out.data(), qint64(out.size())) != qint64(out.size()) || !totalsFile.commit()) {
            fail(QStringLiteral("cannot write %1: %2").arg(totalsFile.fileName(), totalsFile.errorString()));
            return 1;
        }
    }
    std::fprintf(stderr, "ue-gen-dump: %s: %llu records, %lld bytes\n", qPrintable(file.fileName()),
        static_cast<unsigned long long>(records), static_cast<long long>(written));
    return 0;
}
