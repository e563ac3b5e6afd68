// SPDX-License-Identifier: MIT
#include "models/resultmodels.h"

#include <QSet>

QStringList resultModels(const Usage::UsageResult& result)
{
    QSet<QString> names;
    const bool byModel = result.query.groupBy.key == Usage::GroupKey::Model;
    for (const Usage::GroupUsage& row : result.rows) {
        if (byModel)
            names.insert(row.id);
        for (const Usage::ModelTotals& model : row.models)
            names.insert(model.model);
    }
    for (const Usage::UnpricedModel& unpriced : result.pricing.unpricedModels)
        names.insert(unpriced.model);
    names.remove(QString());
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}
