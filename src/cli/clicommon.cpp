// SPDX-License-Identifier: MIT
#include "cli/clicommon.h"

#include "core/export/exportfile.h"
#include "core/timeparse.h"
#include "sources/useridlist.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Cli {

void printError(const QString& message)
{
    const QByteArray text = "usage-explorer-cli: " + message.toUtf8() + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

bool writeOutput(const QString& path, const QByteArray& data, QString* error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        errno = 0;
        const size_t n = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        // a short write sets errno; a buffered one fails at the flush (> /dev/full)
        if (n != size_t(data.size()) || std::fflush(stdout) != 0) {
            *error = QStringLiteral("cannot write to standard output: %1").arg(qt_error_string(errno));
            return false;
        }
        return true;
    }
    return Usage::Export::saveFile(path, data, error);
}

namespace {

    /** Both paths name one existing file: the same canonical path, or (Unix) the same device and inode. */
    bool sameFile(const QString& a, const QString& b)
    {
        const QString canonical = QFileInfo(a).canonicalFilePath();
        if (canonical.isEmpty())
            return false; // a new file is no input
        if (canonical == QFileInfo(b).canonicalFilePath())
            return true;
#if defined(Q_OS_UNIX)
        struct stat sa;
        struct stat sb;
        return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
            && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#else
        return false;
#endif
    }

} // namespace

QString inputNamedBy(const QString& output, const QStringList& inputs, const QCommandLineParser& parser)
{
    if (output.isEmpty() || output == QLatin1String("-"))
        return {};
    QStringList all = inputs;
    if (parser.isSet(QStringLiteral("users-file")))
        all.append(parser.value(QStringLiteral("users-file")));
    for (const QString& input : std::as_const(all)) {
        if (sameFile(output, input))
            return input;
    }
    return {};
}

void printHelp(const QCommandLineParser& parser, const QString& command)
{
    // QCommandLineParser names the program by its path; scripts and the README want "usage-explorer-cli COMMAND"
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype options = help.indexOf(QLatin1String(" [options]"));
    if (help.startsWith(QLatin1String("Usage: ")) && options > 0 && options < lineEnd)
        help.replace(7, options - 7, QStringLiteral("usage-explorer-cli ") + command);
    const QByteArray bytes = help.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void addQueryOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("Start of the range, inclusive: ISO 8601 (without a zone: UTC; a date alone: "
                       "the start of that day) or Unix seconds."),
        QStringLiteral("T") });
    parser.addOption({ QStringLiteral("to"),
        QStringLiteral("End of the range, inclusive: ISO 8601 (without a zone: UTC; a date alone: "
                       "the end of that day) or Unix seconds."),
        QStringLiteral("T") });
    parser.addOption({ QStringLiteral("users"),
        QStringLiteral("Only these user ids, comma separated. Requested ids without records get no "
                       "row, as in the API."),
        QStringLiteral("a,b,c") });
    parser.addOption({ QStringLiteral("users-file"),
        QStringLiteral("Only the user ids in FILE: one per line, UTF-8, blank lines ignored."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("time-zone"),
        QStringLiteral("Time zone of the time-series buckets, an IANA id (default: UTC)."), QStringLiteral("ZONE"),
        QStringLiteral("UTC") });
    parser.addOption({ QStringLiteral("output-format"),
        QStringLiteral("csv (default): user_id,count,prompt_tokens,completion_tokens,cost (see "
                       "--columns); json: the API's {data, error} shape plus a meta object (source, "
                       "range, time zone, bound rule, export time, version, skipped and duplicate "
                       "counts)."),
        QStringLiteral("csv|json"), QStringLiteral("csv") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to FILE instead of standard output (replaced only when complete)."),
        QStringLiteral("FILE") });
}

std::optional<Usage::UsageQuery> queryFromOptions(const QCommandLineParser& parser, QString* error, ExitCode* code)
{
    Usage::UsageQuery query;
    *code = UsageError;
    if (parser.isSet(QStringLiteral("from"))) {
        query.startMs = Usage::Time::parseBoundMs(parser.value(QStringLiteral("from")), false);
        if (!query.startMs) {
            *error = QStringLiteral("--from: not a time: %1").arg(parser.value(QStringLiteral("from")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("to"))) {
        query.endMs = Usage::Time::parseBoundMs(parser.value(QStringLiteral("to")), true);
        if (!query.endMs) {
            *error = QStringLiteral("--to: not a time: %1").arg(parser.value(QStringLiteral("to")));
            return std::nullopt;
        }
    }
    if (query.startMs && query.endMs && *query.endMs < *query.startMs) {
        *error = QStringLiteral("--to is before --from");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("users")) && parser.isSet(QStringLiteral("users-file"))) {
        *error = QStringLiteral("--users and --users-file cannot be combined");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("users"))) {
        for (const QString& id : parser.value(QStringLiteral("users")).split(QLatin1Char(',')))
            query.userIds.append(id);
    } else if (parser.isSet(QStringLiteral("users-file"))) {
        QFile file(parser.value(QStringLiteral("users-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read users file %1: %2").arg(file.fileName(), file.errorString());
            *code = Failure; // a file that cannot be read, not a usage error
            return std::nullopt;
        }
        // a bounded read: a users file is a list of ids, not a device or a stream without end
        const QByteArray content = file.read(kMaxUsersFileSize + 1);
        if (content.size() > kMaxUsersFileSize) {
            *error =
                QStringLiteral("users file %1 is larger than %2 bytes").arg(file.fileName()).arg(kMaxUsersFileSize);
            *code = Failure;
            return std::nullopt;
        }
        query.userIds = UserIdList::fromLines(content);
    }
    query.userIds.removeDuplicates();
    const QString zone = parser.value(QStringLiteral("time-zone"));
    query.zone = zone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!query.zone.isValid()) {
        *error = QStringLiteral("--time-zone: unknown time zone: %1").arg(zone);
        return std::nullopt;
    }
    const QString format = parser.value(QStringLiteral("output-format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        *error = QStringLiteral("--output-format: expected csv or json, not %1").arg(format);
        return std::nullopt;
    }
    return query;
}

MemoryUse memoryUse(bool returnFreeMemory)
{
#if defined(__GLIBC__)
    if (returnFreeMemory)
        malloc_trim(0);
#else
    Q_UNUSED(returnFreeMemory);
#endif
    MemoryUse use;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return use;
    for (const QByteArray& line : status.readAll().split('\n')) {
        // "VmRSS:     123456 kB"
        const auto value = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble() / 1024;
        };
        if (line.startsWith("VmRSS:"))
            use.residentMiB = value();
        else if (line.startsWith("VmHWM:"))
            use.peakMiB = value();
    }
    return use;
}

void addGroupingOptions(QCommandLineParser& parser, const QString& granularityHelp)
{
    parser.addOption({ QStringLiteral("group-by"),
        QStringLiteral("Group rows by user (default), model, provider or property:NAME (a custom "
                       "property); the empty value is a group of its own."),
        QStringLiteral("KEY"), QStringLiteral("user") });
    parser.addOption({ QStringLiteral("granularity"),
        granularityHelp.isEmpty() ? QStringLiteral("Bucket width of the time series: hour, day (default) or week.")
                                  : granularityHelp,
        QStringLiteral("G"), QStringLiteral("day") });
}

std::optional<Usage::GroupBy> groupByFromOption(const QString& value, QString* error)
{
    const auto groupBy = Usage::GroupBy::fromString(value);
    if (!groupBy)
        *error = QStringLiteral("--group-by: expected user, model, provider or property:NAME, not %1").arg(value);
    return groupBy;
}

bool groupingFromOptions(const QCommandLineParser& parser, Usage::UsageQuery& query, QString* error, bool groupBy)
{
    if (groupBy) {
        const auto key = groupByFromOption(parser.value(QStringLiteral("group-by")), error);
        if (!key)
            return false;
        query.groupBy = *key;
    }
    const auto granularity = Usage::granularityFromString(parser.value(QStringLiteral("granularity")));
    if (!granularity) {
        *error = QStringLiteral("--granularity: expected hour, day or week, not %1")
                     .arg(parser.value(QStringLiteral("granularity")));
        return false;
    }
    query.granularity = *granularity;
    return true;
}

} // namespace Cli
