// SPDX-License-Identifier: MIT
#include "bytesource.h"

#include <QIODevice>

namespace Usage {
namespace {

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

} // namespace

std::unique_ptr<ByteSource> openByteSource(QIODevice* device)
{
    return std::make_unique<PlainSource>(device);
}

} // namespace Usage
