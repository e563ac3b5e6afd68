// SPDX-License-Identifier: MIT
#include "testengines.h"

#include <QFile>

TestEngines::TestEngines(const QString& password)
    : m_password(password)
{
}

bool TestEngines::load(const QList<TestRow>& rows, QString* error)
{
    for (int e = 0; e < kCount; ++e) {
        const bool legacy = e == 0;
        auto engine = std::make_unique<TestClickHouse>(
            legacy ? TestClickHouse::Kind::Server1816 : TestClickHouse::Kind::Chdb, m_password);
        QString message;
        const TestClickHouse::Started started = engine->start(&message);
        if (started == TestClickHouse::Started::Missing) {
            m_skip[size_t(e)] = QStringLiteral("SKIPPED: %1: %2").arg(engine->name(), message);
            qWarning("%s", qPrintable(m_skip[size_t(e)]));
            continue;
        }
        const QByteArray json = TestRecords::jsonEachRow(rows, legacy);
        if (started != TestClickHouse::Started::Yes
            || !engine->exec(TestRecords::createTable(legacy), nullptr, &message)
            || !engine->exec(
                "INSERT INTO default.request_response_rmt FORMAT JSONEachRow\n" + json, nullptr, &message)) {
            *error = engine->name() + QStringLiteral(": ") + message;
            return false;
        }
        m_json[size_t(e)] = json;
        m_engines[size_t(e)] = std::move(engine);
    }
    return true;
}

bool TestEngines::writeDump(int e, const QString& path, const QString& organizationId) const
{
    QByteArray lines;
    if (organizationId.isEmpty()) {
        lines = m_json[size_t(e)];
    } else {
        for (const QByteArray& line : m_json[size_t(e)].split('\n')) {
            if (line.contains(organizationId.toLatin1()))
                lines += line + '\n';
        }
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size();
}
