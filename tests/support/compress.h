// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/** Compressors for test input: what the byte sources must read back. */
namespace TestCompress {

/** One gzip member. */
QByteArray gzip(const QByteArray& data);
/** One zstd frame. */
QByteArray zstd(const QByteArray& data);

} // namespace TestCompress
