// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

/**
 * A small JSON Schema checker for the OpenAPI schemas the client sends: type (object, array, string, number,
 * integer, boolean), properties, required, additionalProperties false, items, enum and $ref to components.
 */
class SchemaCheck
{
public:
    /** Loads components.schemas from an OpenAPI file; isValid() is false when it cannot. */
    explicit SchemaCheck(const QString& openApiPath);
    bool isValid() const { return !m_schemas.isEmpty(); }
    /** The problems of value against the named schema; empty when it validates. */
    QStringList check(const QJsonValue& value, const QString& schemaName) const;

private:
    void checkValue(const QJsonValue& value, const QJsonObject& schema, const QString& at, QStringList& out) const;
    QJsonObject m_schemas;
};
