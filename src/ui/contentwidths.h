// SPDX-License-Identifier: MIT
#pragma once

#include "core/usageresult.h"

#include <QFont>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class UsageTableModel;

/**
 * The text width each column of the usage table needs for its widest cell, over every row of a result (whatever
 * the filter, which only hides rows). Big results are measured on a worker thread; the answer comes by signal.
 */
class ContentWidths : public QObject
{
    Q_OBJECT
public:
    explicit ContentWidths(QObject* parent = nullptr);
    ~ContentWidths() override;

    /** Results with more rows than this are measured on a worker thread (default 20,000). */
    void setAsyncThreshold(int rows) { m_asyncThreshold = rows; }
    /** Measures the model's result with the font given; measured() follows, at once for small results. */
    void measure(const UsageTableModel& model, const QFont& font);

    /**
     * The widest display text's advance per column (UsageColumn values), in pixels rounded up; `none` is the id
     * column's text for an empty id, drawn in italics.
     */
    static QList<int> compute(const Usage::UsageResult& result, qint64 allCostNanos, const QFont& font,
        const QString& none, const std::atomic<bool>* cancel = nullptr);

Q_SIGNALS:
    void measured(const QList<int>& widths);

private:
    int m_asyncThreshold = 20000;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThreadPool m_pool; // own pool: the destructor waits for its job, so the job may post back to this object
};
