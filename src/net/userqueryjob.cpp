// SPDX-License-Identifier: MIT
#include "net/userqueryjob.h"

namespace Usage::Net {

namespace {

    constexpr int kMaxIdsListed = 100;

} // namespace

QString listIds(const QStringList& ids)
{
    QStringList shown = ids.mid(0, kMaxIdsListed);
    for (QString& id : shown)
        id = id.isEmpty() ? QStringLiteral("\"\"") : id;
    QString text = shown.join(QStringLiteral(", "));
    if (ids.size() > kMaxIdsListed)
        text += QObject::tr(" and %n more", nullptr, int(ids.size() - kMaxIdsListed));
    return text;
}

UserQueryJob::UserQueryJob(RestClient* rest, const UsageQuery& query, QObject* parent)
    : BatchJob(rest, query, parent)
{
    QStringList ids = query.userIds;
    ids.removeDuplicates();
    for (qsizetype i = 0; i < ids.size(); i += kMaxUsersPerRequest) {
        m_batches.append(ids.mid(i, kMaxUsersPerRequest));
        addRequest();
    }
}

QByteArray UserQueryJob::body(int index) const
{
    return userQueryBody(m_batches[index], query().startMs, query().endMs, m_unit, nowMs());
}

bool UserQueryJob::take(int, const QByteArray& body, QString* error)
{
    const auto answer = readAnswer(Endpoint::UserQuery, body, error);
    if (!answer)
        return false;
    for (const GroupUsage& usage : answer->rows) {
        const qsizetype index = rowIndex(usage.id);
        if (index < 0)
            appendRow(usage);
        else
            row(index).totals.add(usage.totals);
    }
    return true;
}

QString UserQueryJob::missingText(int index, int count, const QString& error) const
{
    const QStringList& ids = m_batches[index];
    return tr("batch %1 of %2 failed: %3; %n user(s) missing: %4", nullptr, int(ids.size()))
        .arg(index + 1)
        .arg(count)
        .arg(error, listIds(ids));
}

void UserQueryJob::complete(UsageResult& result)
{
    // /v1/user/query compares whole seconds inclusively
    result.provenance.boundRule = QStringLiteral("inclusive-seconds");
}

} // namespace Usage::Net
