// SPDX-License-Identifier: MIT
#include "core/pricing/overridessource.h"

#include "core/csvparse.h"
#include "core/pricing/pricedates.h"

#include <QCryptographicHash>

namespace Usage::Pricing {

namespace {
    QString str(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    std::string_view trimmed(std::string_view text)
    {
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
            text.remove_suffix(1);
        return text;
    }

    std::string lower(std::string_view text)
    {
        std::string out(text);
        for (char& c : out)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        return out;
    }

    enum Column { Provider, Model, Match, StartDate, Input, Output, CacheRead, CacheWrite, Reasoning, ColumnCount };
    constexpr const char* kColumnNames[ColumnCount] = { "provider", "model", "match", "start_date", "input_mtok",
        "output_mtok", "cache_read_mtok", "cache_write_mtok", "reasoning_mtok" };
    constexpr std::optional<TieredPrice> PriceSet::*kPriceMembers[] = { &PriceSet::input, &PriceSet::output,
        &PriceSet::cacheRead, &PriceSet::cacheWrite, &PriceSet::reasoning };
} // namespace

std::unique_ptr<OverridesSource> OverridesSource::read(const QString& file, const QByteArray& data, PriceError* error)
{
    const auto fail = [&](const QString& location, const QString& field, const QString& message) {
        if (error)
            *error = PriceError { file, location, field, message };
        return nullptr;
    };
    auto source = std::make_unique<OverridesSource>();
    source->kind = PriceSourceKind::Overrides;
    source->file = file;
    source->sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const char* p = data.constData();
    const char* end = p + data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        p += 3;
    std::vector<std::string_view> fields;
    std::string scratch;
    std::string csvError;
    int row = 0;
    while (p < end) {
        ++row;
        const QString where = QStringLiteral("row %1").arg(row);
        if (!Csv::parseRecord(p, end, fields, scratch, &csvError))
            return fail(where, {}, QStringLiteral("is not valid CSV: %1").arg(QString::fromStdString(csvError)));
        if (row == 1) {
            if (fields.size() != ColumnCount)
                return fail(where, {}, QStringLiteral("the header must be %1").arg(QLatin1String(kHeader)));
            for (int column = 0; column < ColumnCount; ++column)
                if (trimmed(fields[column]) != kColumnNames[column])
                    return fail(where, str(fields[column]),
                        QStringLiteral("the header must be %1").arg(QLatin1String(kHeader)));
            continue;
        }
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            continue; // a blank line
        if (fields.size() != ColumnCount)
            return fail(where, {}, QStringLiteral("has %1 fields, not %2").arg(fields.size()).arg(ColumnCount));
        const auto cell = [&](Column column) { return trimmed(fields[column]); };
        const auto field = [](Column column) { return QLatin1String(kColumnNames[column]); };
        if (cell(Model).empty())
            return fail(where, field(Model), QStringLiteral("is empty"));
        const std::string_view matchName = cell(Match).empty() ? std::string_view("equals") : cell(Match);
        const auto kind = MatchRule::kindFromName(matchName);
        if (!kind || *kind == MatchRule::Kind::Or || *kind == MatchRule::Kind::And
            || *kind == MatchRule::Kind::EndsWith)
            return fail(where, field(Match),
                QStringLiteral("\"%1\" is not equals, starts_with, contains or regex").arg(str(matchName)));
        DatedPrice dated;
        if (!cell(StartDate).empty()) {
            const auto startMs = parseStartDate(cell(StartDate));
            if (!startMs)
                return fail(where, field(StartDate),
                    QStringLiteral("\"%1\" is not a YYYY-MM-DD date").arg(str(cell(StartDate))));
            dated.startMs = *startMs;
        }
        for (int column = Input; column <= Reasoning; ++column) {
            const std::string_view text = cell(Column(column));
            if (text.empty())
                continue;
            QString why;
            const auto units = parsePrice(text, PriceScale::PerMillionTokens, &why);
            if (!units)
                return fail(where, field(Column(column)), why);
            dated.prices.*kPriceMembers[column - Input] = TieredPrice { *units, {} };
        }
        const std::string provider = lower(cell(Provider));
        Group* group = nullptr;
        for (Group& candidate : source->m_groups)
            if (candidate.provider == provider && candidate.model == cell(Model) && candidate.match == matchName)
                group = &candidate;
        if (!group) {
            QString why;
            std::optional<MatchRule> rule = MatchRule::leaf(*kind, std::string(cell(Model)), &why);
            if (!rule)
                return fail(where, field(Model), why);
            Group created { provider, std::string(cell(Model)), std::string(matchName), std::move(*rule), {} };
            created.prices.source = file;
            created.prices.providerId = QString::fromStdString(provider);
            created.prices.modelId = str(cell(Model));
            created.prices.matchText = created.rule.describe();
            source->m_groups.push_back(std::move(created));
            group = &source->m_groups.back();
        }
        for (const DatedPrice& other : group->prices.history)
            if (other.startMs == dated.startMs)
                return fail(where, field(StartDate), QStringLiteral("repeats a start date of the same model"));
        group->prices.history.push_back(std::move(dated));
    }
    if (row == 0)
        return fail({}, {}, QStringLiteral("is empty"));
    return source;
}

const ModelPrices* OverridesSource::find(std::string_view providerLower, std::string_view model) const
{
    for (const Group& group : m_groups)
        if ((group.provider.empty() || group.provider == providerLower) && group.rule.matches(model))
            return &group.prices;
    return nullptr;
}

} // namespace Usage::Pricing
