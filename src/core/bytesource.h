// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

class QIODevice;

namespace Usage {

/** A stream of a log file's bytes: the file itself, or what a decompressor makes of it. */
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    /** Reads up to max bytes; 0 at the end, -1 on an error (see errorString()). */
    virtual qint64 read(char* buffer, qint64 max) = 0;
    /** Bytes of the underlying file consumed so far, for progress. */
    virtual qint64 filePosition() const = 0;
    virtual QString errorString() const = 0;
    /** Name of the compression, empty for plain files (e.g. "gzip"). */
    virtual QString compression() const { return {}; }
};

/**
 * Opens the right source for an open device: plain, or a decompressor chosen by the magic bytes at its start.
 * The device must outlive the source.
 */
std::unique_ptr<ByteSource> openByteSource(QIODevice* device);

} // namespace Usage
