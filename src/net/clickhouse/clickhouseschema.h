// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Usage::ClickHouse {

/** What the client needs to know about the server and the table, read once before the queries are built. */
struct TableSchema
{
    int major = 0;
    int minor = 0;
    QHash<QString, QString> columns; ///< name -> type, from DESCRIBE TABLE

    /** Query parameters ({name:Type} with param_name=) exist from ClickHouse 19.11 on. */
    bool hasParameters() const { return major > 19 || (major == 19 && minor >= 11); }
    /** Int128 without the experimental setting it once needed: every release from 22.1 on. */
    bool hasInt128() const { return major >= 22; }
    bool has(const QString& column) const { return columns.contains(column); }
    /** request_created_at in milliseconds (DateTime64) rather than seconds (DateTime). */
    bool createdHasMilliseconds() const;
    bool hasCacheTokens() const;
    bool hasReasoningTokens() const;
    bool costIsNullable() const;
    bool propertiesIsMap() const;

    /** Reads "18.16.1" or "26.7.2.1"; false when it is no version. */
    bool setVersion(const QString& version);
    /** Takes DESCRIBE TABLE's rows (name, type, ...). */
    void setColumns(const QList<QStringList>& rows);
    /** The columns every query needs that the table lacks. */
    QStringList missingRequired() const;
};

} // namespace Usage::ClickHouse
