// SPDX-License-Identifier: MIT
#pragma once

#include "testclickhouse.h"
#include "testrecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <memory>

/**
 * The engines the ClickHouse tests compare, 0: clickhouse-server 18.16 and 1: chDB, each started with the same rows
 * in request_response_rmt. An engine that is not installed stays null and skip() says why.
 */
class TestEngines
{
public:
    static constexpr int kCount = 2;

    explicit TestEngines(const QString& password);

    /** Starts the engines and loads rows into each; false and why when one fails other than by being missing. */
    bool load(const QList<TestRow>& rows, QString* error);
    TestClickHouse* engine(int e) const { return m_engines[size_t(e)].get(); }
    /** "SKIPPED: engine: reason" for an engine that is not installed, else empty. */
    QString skip(int e) const { return m_skip[size_t(e)]; }
    /** Writes engine e's rows as the JSON lines it loaded, all or only one organization's, for `aggregate`. */
    bool writeDump(int e, const QString& path, const QString& organizationId = {}) const;
    /** The data rows' short name: "18.16" or "chdb". */
    static const char* name(int e) { return e == 0 ? "18.16" : "chdb"; }

private:
    QString m_password;
    std::array<std::unique_ptr<TestClickHouse>, kCount> m_engines;
    std::array<QString, kCount> m_skip;
    std::array<QByteArray, kCount> m_json;
};
