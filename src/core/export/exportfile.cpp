// SPDX-License-Identifier: MIT
#include "core/export/exportfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace Usage::Export {
namespace {

    /** A message the window shows (the command line, without translators, prints the English). */
    QString tr(const char* text)
    {
        return QCoreApplication::translate("Usage::Export", text);
    }

    /** The device's own text, or the system's for errno when Qt has none to give. */
    QString reason(const QFileDevice& file, int savedErrno)
    {
        const QString text = file.errorString();
        if (savedErrno != 0 && (text.isEmpty() || text == QLatin1String("Unknown error")))
            return qt_error_string(savedErrno);
        return text;
    }

    /** A FIFO, a terminal, /dev/null: written through as a shell redirect would, never replaced. */
    bool writeThrough(const QString& path, const QByteArray& data, QString* error)
    {
        QFile file(path);
        errno = 0;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            *error = reason(file, errno);
            return false;
        }
        errno = 0;
        if (file.write(data) != data.size()) {
            *error = reason(file, errno);
            return false;
        }
        return true;
    }

} // namespace

bool saveFile(const QString& path, const QByteArray& data, QString* error)
{
    auto fail = [&](const QString& reason) {
        *error = tr("cannot write %1: %2").arg(path, reason);
        return false;
    };
    const QFileInfo info(path);
    // QSaveFile would only notice at commit, after writing everything, and then say nothing useful
    if (info.isDir())
        return fail(tr("is a directory"));
    QString problem;
    if (info.exists() && !info.isFile())
        return writeThrough(path, data, &problem) || fail(problem);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(reason(file, errno));
    errno = 0;
    if (file.write(data) != data.size()) {
        problem = reason(file, errno);
        file.cancelWriting();
        return fail(problem);
    }
    errno = 0;
    if (!file.commit())
        return fail(reason(file, errno));
    return true;
}

} // namespace Usage::Export
