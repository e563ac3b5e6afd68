// SPDX-License-Identifier: MIT
#include "core/bytesource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <vector>
#include <zlib.h>
#include <zstd.h>

namespace Usage {
namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("Usage", text);
    }

    class PlainSource final : public ByteSource
    {
    public:
        explicit PlainSource(QIODevice* device)
            : m_device(device)
        {
        }
        qint64 read(char* buffer, qint64 max) override
        {
            const qint64 n = m_device->read(buffer, max);
            if (n > 0)
                m_position += n;
            return n;
        }
        qint64 filePosition() const override { return m_position; }
        QString errorString() const override { return m_device->errorString(); }

    private:
        QIODevice* m_device;
        qint64 m_position = 0;
    };

    /** Shared plumbing of the decompressors: compressed input read from the device in blocks. */
    class CompressedSource : public ByteSource
    {
    public:
        explicit CompressedSource(QIODevice* device)
            : m_device(device)
            , m_in(size_t(1) << 18)
        {
        }
        qint64 filePosition() const override { return m_position; }
        QString errorString() const override { return m_error; }

    protected:
        /** Refills the input when it is used up; false at the end of the file or on an error (m_error). */
        bool refill()
        {
            if (m_inPos < m_inSize)
                return true;
            const qint64 n = m_device->read(m_in.data(), qint64(m_in.size()));
            if (n < 0) {
                m_error = m_device->errorString();
                return false;
            }
            m_inPos = 0;
            m_inSize = size_t(n);
            m_position += n;
            return n > 0;
        }

        QIODevice* m_device;
        std::vector<char> m_in;
        size_t m_inPos = 0;
        size_t m_inSize = 0;
        qint64 m_position = 0;
        QString m_error;
    };

    class GzipSource final : public CompressedSource
    {
    public:
        explicit GzipSource(QIODevice* device)
            : CompressedSource(device)
        {
            m_ok = inflateInit2(&m_stream, 15 + 16) == Z_OK;
            if (!m_ok)
                m_error = tr("cannot start the gzip decompressor");
        }
        ~GzipSource() override { inflateEnd(&m_stream); }
        QString compression() const override { return QStringLiteral("gzip"); }

        qint64 read(char* buffer, qint64 max) override
        {
            if (!m_ok)
                return -1;
            qint64 produced = 0;
            while (produced < max) {
                const bool haveInput = refill();
                if (!m_error.isEmpty()) {
                    m_ok = false;
                    return produced > 0 ? produced : -1;
                }
                if (!haveInput && !m_inMember)
                    return produced; // the end of the last member
                if (!m_inMember) {
                    // another member follows (multi-member gzip); skip padding zeros some tools append
                    while (m_inPos < m_inSize && m_in[m_inPos] == 0)
                        ++m_inPos;
                    if (m_inPos == m_inSize)
                        continue;
                    inflateReset(&m_stream);
                    m_inMember = true;
                }
                m_stream.next_in = reinterpret_cast<Bytef*>(m_in.data() + m_inPos);
                m_stream.avail_in = uInt(m_inSize - m_inPos);
                m_stream.next_out = reinterpret_cast<Bytef*>(buffer + produced);
                m_stream.avail_out = uInt(std::min<qint64>(max - produced, 1 << 30));
                const int rc = inflate(&m_stream, Z_NO_FLUSH);
                const size_t usedIn = (m_inSize - m_inPos) - m_stream.avail_in;
                m_inPos += usedIn;
                const qint64 now = qint64(reinterpret_cast<char*>(m_stream.next_out) - buffer);
                const bool progress = usedIn > 0 || now > produced;
                produced = now;
                if (rc == Z_STREAM_END) {
                    m_inMember = false;
                } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
                    if (!haveInput && !progress) {
                        m_error = tr("the gzip stream is truncated");
                        m_ok = false;
                        return produced > 0 ? produced : -1;
                    }
                } else {
                    m_error =
                        tr("the gzip data is corrupt: %1").arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "?"));
                    m_ok = false;
                    return produced > 0 ? produced : -1;
                }
            }
            return produced;
        }

    private:
        z_stream m_stream {};
        bool m_ok = false;
        bool m_inMember = true;
    };

    class ZstdSource final : public CompressedSource
    {
    public:
        explicit ZstdSource(QIODevice* device)
            : CompressedSource(device)
            , m_ctx(ZSTD_createDCtx())
        {
        }
        ~ZstdSource() override { ZSTD_freeDCtx(m_ctx); }
        QString compression() const override { return QStringLiteral("zstd"); }

        qint64 read(char* buffer, qint64 max) override
        {
            if (!m_ok)
                return -1;
            ZSTD_outBuffer out { buffer, size_t(max), 0 };
            while (out.pos < out.size) {
                const bool haveInput = refill();
                if (!m_error.isEmpty()) {
                    m_ok = false;
                    return out.pos > 0 ? qint64(out.pos) : -1;
                }
                if (!haveInput && !m_frameOpen)
                    break; // the end of the last frame
                ZSTD_inBuffer in { m_in.data() + m_inPos, m_inSize - m_inPos, 0 };
                const size_t before = out.pos;
                const size_t rc = ZSTD_decompressStream(m_ctx, &out, &in);
                m_inPos += in.pos;
                if (ZSTD_isError(rc)) {
                    m_error = tr("the zstd data is corrupt: %1").arg(QString::fromLatin1(ZSTD_getErrorName(rc)));
                    m_ok = false;
                    return out.pos > 0 ? qint64(out.pos) : -1;
                }
                m_frameOpen = rc != 0; // 0: a frame is complete (more frames may follow)
                if (!haveInput && m_frameOpen && out.pos == before) {
                    m_error = tr("the zstd stream is truncated");
                    m_ok = false;
                    return out.pos > 0 ? qint64(out.pos) : -1;
                }
            }
            return qint64(out.pos);
        }

    private:
        ZSTD_DCtx* m_ctx;
        bool m_ok = true;
        bool m_frameOpen = false;
    };

} // namespace

std::unique_ptr<ByteSource> openByteSource(QIODevice* device)
{
    const QByteArray magic = device->peek(4);
    if (magic.size() >= 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b)
        return std::make_unique<GzipSource>(device);
    if (magic.size() == 4 && uchar(magic[0]) == 0x28 && uchar(magic[1]) == 0xb5 && uchar(magic[2]) == 0x2f
        && uchar(magic[3]) == 0xfd)
        return std::make_unique<ZstdSource>(device);
    return std::make_unique<PlainSource>(device);
}

} // namespace Usage
