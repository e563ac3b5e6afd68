// SPDX-License-Identifier: MIT
#include "core/pricing/overridessource.h"

#include "core/csvparse.h"
#include "core/pricing/overridesrow.h"
#include "core/pricing/pricetext.h"

#include <QCryptographicHash>

namespace Usage::Pricing {

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
            if (fields.size() != kOverridesColumnCount)
                return fail(where, {}, QStringLiteral("the header must be %1").arg(QLatin1String(kHeader)));
            for (int column = 0; column < kOverridesColumnCount; ++column)
                if (overridesTrimmed(fields[column]) != overridesColumnName(column))
                    return fail(where, utf8Text(fields[column]),
                        QStringLiteral("the header must be %1").arg(QLatin1String(kHeader)));
            continue;
        }
        if (fields.size() == 1 && overridesTrimmed(fields[0]).empty())
            continue; // a blank line
        if (fields.size() != kOverridesColumnCount)
            return fail(
                where, {}, QStringLiteral("has %1 fields, not %2").arg(fields.size()).arg(kOverridesColumnCount));
        QString field;
        QString message;
        std::optional<OverridesRow> parsed = parseOverridesRow(fields, &field, &message);
        if (!parsed)
            return fail(where, field, message);
        const std::string& provider = parsed->provider;
        Group* group = nullptr;
        for (Group& candidate : source->m_groups)
            if (candidate.provider == provider && candidate.model == parsed->model && candidate.match == parsed->match)
                group = &candidate;
        if (!group) {
            Group created { provider, parsed->model, parsed->match, std::move(parsed->rule), {} };
            created.prices.source = file;
            created.prices.providerId = QString::fromStdString(provider);
            created.prices.modelId = QString::fromStdString(parsed->model);
            created.prices.matchText = created.rule.describe();
            source->m_groups.push_back(std::move(created));
            group = &source->m_groups.back();
        }
        for (const DatedPrice& other : group->prices.history)
            if (other.startMs == parsed->dated.startMs)
                return fail(where, QLatin1String(overridesColumnName(int(OverridesColumn::StartDate))),
                    overridesRepeatedDateMessage());
        group->prices.history.push_back(std::move(parsed->dated));
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
