// SPDX-License-Identifier: MIT
#include "ui/contentwidths.h"

#include "models/changecell.h"
#include "models/figurecell.h"
#include "models/usagecolumn.h"
#include "models/usagetablemodel.h"

#include <QFontMetricsF>

#include <cmath>

ContentWidths::ContentWidths(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ContentWidths::~ContentWidths()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

QList<int> ContentWidths::compute(const Usage::UsageResult& result, qint64 allCostNanos, const QFont& font,
    const QString& none, const std::atomic<bool>* cancel)
{
    const QFontMetricsF metrics(font);
    QFont italic = font;
    italic.setItalic(true);
    QList<double> widest(UsageColumn::Count, 0.0);
    for (const Usage::GroupUsage& row : result.rows) {
        if (cancel && cancel->load())
            return {};
        widest[UsageColumn::Id] = std::max(widest[UsageColumn::Id],
            row.id.isEmpty() ? QFontMetricsF(italic).horizontalAdvance(none) : metrics.horizontalAdvance(row.id));
        const FigureCell::Figures figures { row.totals, row.firstMs, row.lastMs, row.hasTimes(), row.pricing,
            result.pricing.hasSources };
        for (int column = UsageColumn::Id + 1; column < UsageColumn::Count; ++column) {
            const QString text = UsageColumn::isComparison(column)
                ? ChangeCell::display(column, row.totals, row.previous)
                : FigureCell::display(column, figures, allCostNanos, result.query.zone);
            widest[column] = std::max(widest[column], metrics.horizontalAdvance(text));
        }
    }
    QList<int> widths;
    for (double width : widest)
        widths.append(int(std::ceil(width)));
    return widths;
}

void ContentWidths::measure(const UsageTableModel& model, const QFont& font)
{
    const quint64 generation = ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    const QString none = UsageTableModel::tr("(none)");
    const qint64 allCost = Usage::clampToInt64(model.allTotals().costNanos);
    if (model.result().rows.size() <= m_asyncThreshold) {
        Q_EMIT measured(compute(model.result(), allCost, font, none));
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const Usage::UsageResult result = model.result(); // implicitly shared: a cheap, read-only snapshot
    m_pool.start([this, result, allCost, font, none, cancel, generation] {
        QList<int> widths = compute(result, allCost, font, none, cancel.get());
        if (cancel->load())
            return;
        // safe: the destructor cancels and waits for this job; a queued call dies with the object
        QMetaObject::invokeMethod(
            this,
            [this, widths = std::move(widths), generation] {
                if (generation == m_generation)
                    Q_EMIT measured(widths);
            },
            Qt::QueuedConnection);
    });
}
