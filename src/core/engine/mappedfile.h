// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <set>

namespace Usage {

/**
 * A plain file mapped read-only into memory, followed by at least one page of zeros (the padding of the last
 * chunk). The pages before the oldest chunk in use are dropped from the process, so resident memory stays flat.
 */
class MappedFile
{
public:
    /** nullptr when the file cannot be mapped (the caller reads it instead); fd must stay open while it lives. */
    static std::shared_ptr<const MappedFile> map(int fd, size_t size);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return m_data; }
    size_t size() const { return m_size; }

    /**
     * Whether the pages before end are still backed by the file; checked before a chunk's pages are touched, since
     * touching a page past a shrunk file's end raises SIGBUS.
     */
    bool holds(size_t end) const;
    /** The smallest size holds() saw below the mapped one, or size(). */
    size_t shrunkTo() const { return m_shrunkTo.load(std::memory_order_relaxed); }

    /** Faults in the pages of [begin, end) in one call, ahead of the worker that reads them. */
    void populate(size_t begin, size_t end) const;
    /** A chunk from offset is being read: its pages stay until done(offset). */
    void hold(size_t offset) const;
    /** The chunk from offset was read; the pages before every chunk still held and the reading position go. */
    void done(size_t offset) const;
    /** The reading thread's position: the pages from there on are still to be split into chunks. */
    void readerAt(size_t offset) const;

private:
    MappedFile(int fd, const char* data, size_t size, size_t length, size_t page);
    void releaseBelow() const;

    int m_fd;
    const char* m_data;
    size_t m_size;
    size_t m_length;
    size_t m_page;
    mutable std::mutex m_mutex;
    mutable std::multiset<size_t> m_held;
    mutable size_t m_reader = 0;
    mutable size_t m_releasedTo = 0;
    mutable std::atomic<size_t> m_shrunkTo;
};

} // namespace Usage
