// SPDX-License-Identifier: MIT
#include "schemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

SchemaCheck::SchemaCheck(const QString& openApiPath)
{
    QFile file(openApiPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    m_schemas = doc.object().value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
}

QStringList SchemaCheck::check(const QJsonValue& value, const QString& schemaName) const
{
    QStringList out;
    if (!m_schemas.contains(schemaName)) {
        out.append(QStringLiteral("no schema %1").arg(schemaName));
        return out;
    }
    checkValue(value, m_schemas.value(schemaName).toObject(), QStringLiteral("$"), out);
    return out;
}

void SchemaCheck::checkValue(
    const QJsonValue& value, const QJsonObject& schemaIn, const QString& at, QStringList& out) const
{
    QJsonObject schema = schemaIn;
    for (int depth = 0; schema.contains(QStringLiteral("$ref")) && depth < 16; ++depth) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        const QString prefix = QStringLiteral("#/components/schemas/");
        if (!ref.startsWith(prefix)) {
            out.append(at + QStringLiteral(": unsupported $ref ") + ref);
            return;
        }
        schema = m_schemas.value(ref.mid(prefix.size())).toObject();
    }
    if (schema.contains(QStringLiteral("anyOf")) || schema.contains(QStringLiteral("oneOf"))) {
        const QJsonArray options =
            schema.value(schema.contains(QStringLiteral("anyOf")) ? QStringLiteral("anyOf") : QStringLiteral("oneOf"))
                .toArray();
        for (const QJsonValue& option : options) {
            QStringList sub;
            checkValue(value, option.toObject(), at, sub);
            if (sub.isEmpty())
                return;
        }
        out.append(at + QStringLiteral(": matches none of the alternatives"));
        return;
    }
    if (schema.contains(QStringLiteral("enum"))) {
        if (!schema.value(QStringLiteral("enum")).toArray().contains(value))
            out.append(at + QStringLiteral(": not one of the allowed values"));
    }
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return;
    if (type == QLatin1String("object")) {
        if (!value.isObject()) {
            out.append(at + QStringLiteral(": expected an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(name.toString()))
                out.append(at + QStringLiteral(": missing required field ") + name.toString());
        }
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = at + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                checkValue(it.value(), properties.value(it.key()).toObject(), child, out);
            else if (additional.isBool() && !additional.toBool())
                out.append(child + QStringLiteral(": not allowed (additionalProperties: false)"));
            else if (additional.isObject())
                checkValue(it.value(), additional.toObject(), child, out);
        }
    } else if (type == QLatin1String("array")) {
        if (!value.isArray()) {
            out.append(at + QStringLiteral(": expected an array"));
            return;
        }
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkValue(array.at(i), items, at + QStringLiteral("[%1]").arg(i), out);
    } else if (type == QLatin1String("string")) {
        if (!value.isString())
            out.append(at + QStringLiteral(": expected a string"));
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            out.append(at + QStringLiteral(": expected a number"));
    } else if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
            out.append(at + QStringLiteral(": expected an integer"));
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            out.append(at + QStringLiteral(": expected a boolean"));
    }
}
