// SPDX-License-Identifier: MIT
#include "sources/useridlist.h"

#include "core/csvparse.h"

#include <QRegularExpression>
#include <QSet>

namespace UserIdList {

QStringList split(const QString& text, int* pieces)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,\\t ]+"));
    const QStringList all = text.split(separators, Qt::SkipEmptyParts);
    if (pieces)
        *pieces = int(all.size());
    return merge({}, all);
}

namespace {

    QByteArray withoutByteOrderMark(const QByteArray& contents)
    {
        return contents.startsWith("\xEF\xBB\xBF") ? contents.sliced(3) : contents;
    }

} // namespace

QStringList fromLines(const QByteArray& contents)
{
    QStringList ids;
    for (QByteArray line : withoutByteOrderMark(contents).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            ids.append(QString::fromUtf8(line));
    }
    return merge({}, ids);
}

QStringList fromFile(const QByteArray& contents, bool isCsv)
{
    const QByteArray data = withoutByteOrderMark(contents);
    if (!isCsv)
        return split(QString::fromUtf8(data));
    QStringList ids;
    const char* p = data.constData();
    const char* end = p + data.size();
    std::vector<std::string_view> fields;
    std::string scratch;
    bool first = true;
    while (p < end) {
        if (!Usage::Csv::parseRecord(p, end, fields, scratch) || fields.empty())
            continue;
        const QString id = QString::fromUtf8(fields.front().data(), qsizetype(fields.front().size())).trimmed();
        if (first) {
            first = false;
            const QString lower = id.toLower();
            if (lower == QLatin1String("user_id") || lower == QLatin1String("user") || lower == QLatin1String("id"))
                continue;
        }
        if (!id.isEmpty())
            ids.append(id);
    }
    return merge({}, ids);
}

QStringList merge(const QStringList& existing, const QStringList& added, int* addedCount)
{
    QSet<QString> seen(existing.begin(), existing.end());
    QStringList out = existing;
    int count = 0;
    for (const QString& id : added) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.insert(id);
        out.append(id);
        ++count;
    }
    if (addedCount)
        *addedCount = count;
    return out;
}

} // namespace UserIdList
