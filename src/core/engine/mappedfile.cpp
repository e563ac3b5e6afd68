// SPDX-License-Identifier: MIT
#include "core/engine/mappedfile.h"

#include <QtGlobal>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Usage {

std::shared_ptr<const MappedFile> MappedFile::map(int fd, size_t size)
{
#if defined(Q_OS_UNIX)
    const auto page = size_t(sysconf(_SC_PAGESIZE));
    const size_t length = (size + page - 1) / page * page + page;
    void* base = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return nullptr;
    if (mmap(base, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        munmap(base, length);
        return nullptr;
    }
    madvise(base, size, MADV_SEQUENTIAL);
    return std::shared_ptr<const MappedFile>(new MappedFile(fd, static_cast<const char*>(base), size, length, page));
#else
    Q_UNUSED(fd);
    Q_UNUSED(size);
    return nullptr;
#endif
}

MappedFile::MappedFile(int fd, const char* data, size_t size, size_t length, size_t page)
    : m_fd(fd)
    , m_data(data)
    , m_size(size)
    , m_length(length)
    , m_page(page)
    , m_shrunkTo(size)
{
}

MappedFile::~MappedFile()
{
#if defined(Q_OS_UNIX)
    munmap(const_cast<char*>(m_data), m_length);
#endif
}

bool MappedFile::holds(size_t end) const
{
#if defined(Q_OS_UNIX)
    struct stat st;
    if (fstat(m_fd, &st) == 0 && size_t(st.st_size) < m_size) {
        size_t seen = m_shrunkTo.load(std::memory_order_relaxed);
        while (size_t(st.st_size) < seen && !m_shrunkTo.compare_exchange_weak(seen, size_t(st.st_size))) { }
    }
#endif
    // the last page of a shrunk file is still readable past its end (as zeros), the pages after it are not
    const size_t to = shrunkTo();
    return to == m_size || end <= (to + m_page - 1) / m_page * m_page;
}

void MappedFile::populate(size_t begin, size_t end) const
{
    // one call rather than page faults, which would also map pages already released around them
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
    const size_t first = begin / m_page * m_page;
    if (first < end)
        madvise(const_cast<char*>(m_data) + first, end - first, MADV_POPULATE_READ); // best effort
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
#endif
}

void MappedFile::hold(size_t offset) const
{
    std::lock_guard lock(m_mutex);
    m_held.insert(offset);
}

void MappedFile::done(size_t offset) const
{
    std::lock_guard lock(m_mutex);
    m_held.erase(m_held.find(offset));
    releaseBelow();
}

void MappedFile::readerAt(size_t offset) const
{
    std::lock_guard lock(m_mutex);
    m_reader = offset;
    releaseBelow();
}

void MappedFile::releaseBelow() const
{
    size_t low = m_held.empty() ? m_reader : std::min(m_reader, *m_held.begin());
    low = low / m_page * m_page;
    if (low <= m_releasedTo)
        return;
#if defined(Q_OS_UNIX)
    madvise(const_cast<char*>(m_data) + m_releasedTo, low - m_releasedTo, MADV_DONTNEED);
#endif
    m_releasedTo = low;
}

} // namespace Usage
