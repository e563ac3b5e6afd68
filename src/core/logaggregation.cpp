// SPDX-License-Identifier: MIT
#include "core/logaggregation.h"

#include "core/aggregator.h"
#include "core/bytesource.h"
#include "core/dedupe.h"
#include "core/formatdetect.h"
#include "core/parallel.h"
#include "core/stringindex.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <array>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Usage {
namespace {

    QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
    {
        return QCoreApplication::translate("Usage", text, disambiguation, n);
    }

    /**
     * A plain file mapped into memory (read-only), followed by at least one page of zeros: the padding of the last
     * chunk. The reading thread maps the pages of each chunk ahead (populate()); the pages before the oldest chunk in
     * use are dropped from the process (they stay in the page cache), so the resident memory does not grow with the
     * file.
     */
    class MappedFile
    {
    public:
        /** nullptr when the file cannot be mapped (the caller reads it instead). */
        static std::shared_ptr<const MappedFile> map(int fd, size_t size)
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
            return std::shared_ptr<const MappedFile>(
                new MappedFile(static_cast<const char*>(base), size, length, page));
#else
            Q_UNUSED(fd);
            Q_UNUSED(size);
            return nullptr;
#endif
        }
        ~MappedFile()
        {
#if defined(Q_OS_UNIX)
            munmap(const_cast<char*>(m_data), m_length);
#endif
        }
        MappedFile(const MappedFile&) = delete;
        MappedFile& operator=(const MappedFile&) = delete;

        const char* data() const
        {
            return m_data;
        }
        size_t size() const
        {
            return m_size;
        }

        /**
         * Maps the pages of [begin, end) into the process ahead of the worker that reads them, in one call: a page
         * fault would also map the pages around it, among them pages already released before it.
         */
        void populate(size_t begin, size_t end) const
        {
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
            const size_t first = begin / m_page * m_page;
            if (first < end)
                madvise(const_cast<char*>(m_data) + first, end - first, MADV_POPULATE_READ); // best effort
#else
            Q_UNUSED(begin);
            Q_UNUSED(end);
#endif
        }

        /** A chunk from offset is being read: its pages stay until done(offset). */
        void hold(size_t offset) const
        {
            std::lock_guard lock(m_mutex);
            m_held.insert(offset);
        }
        /** The chunk from offset was read; the pages before every chunk still held and the reading position go. */
        void done(size_t offset) const
        {
            std::lock_guard lock(m_mutex);
            m_held.erase(m_held.find(offset));
            releaseBelow();
        }
        /** The reading thread's position: the pages from there on are still to be split into chunks. */
        void readerAt(size_t offset) const
        {
            std::lock_guard lock(m_mutex);
            m_reader = offset;
            releaseBelow();
        }

    private:
        MappedFile(const char* data, size_t size, size_t length, size_t page)
            : m_data(data)
            , m_size(size)
            , m_length(length)
            , m_page(page)
        {
        }
        /** Drops the pages before the oldest chunk in use from this process's memory (they stay in the page cache). */
        void releaseBelow() const
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

        const char* m_data;
        size_t m_size;
        size_t m_length;
        size_t m_page;
        mutable std::mutex m_mutex;
        mutable std::multiset<size_t> m_held; // the offsets of the chunks being read
        mutable size_t m_reader = 0;
        mutable size_t m_releasedTo = 0;
    };

    /** Bytes of the file: a buffer of its own that read() fills, or a view of a mapped file. */
    struct Buffer
    {
        std::unique_ptr<char[]> owned; // capacity + Chunk::kPadding bytes, when not mapped
        const char* data = nullptr;
        size_t capacity = 0; // usable bytes; at least Chunk::kPadding more are readable
        std::shared_ptr<const MappedFile> mapped;
        size_t mappedOffset = 0; // of data in the mapped file

        explicit Buffer(size_t cap)
            : owned(new char[cap + Chunk::kPadding])
            , data(owned.get())
            , capacity(cap)
        {
        }
        /** A view of up to `length` bytes of a mapped file from `offset`. */
        Buffer(std::shared_ptr<const MappedFile> file, size_t offset, size_t length)
            : data(file->data() + offset)
            , capacity(std::min(length, file->size() - offset))
            , mapped(std::move(file))
            , mappedOffset(offset)
        {
            mapped->populate(offset, offset + capacity);
        }
    };

    struct Job
    {
        std::shared_ptr<Buffer> buffer;
        Chunk chunk;
        std::int64_t firstLine = 0;
        std::uint64_t offset = 0; ///< of the chunk in the (decompressed) stream
    };

    /**
     * How many values of `values` repeat an earlier one, with an open-addressing set (values are hashes already: their
     * low bits are the slot). Faster than sorting the values; `table` is reused scratch.
     */
    std::int64_t countRepeatsHashed(const std::vector<std::uint64_t>& values, std::vector<std::uint64_t>& table)
    {
        size_t size = 64;
        while (size < values.size() * 2)
            size *= 2;
        table.assign(size, 0); // 0 marks a free slot; the value 0 is counted on the side
        const size_t mask = size - 1;
        std::int64_t repeats = 0;
        bool zeroSeen = false;
        for (const std::uint64_t v : values) {
            if (v == 0) {
                repeats += zeroSeen ? 1 : 0;
                zeroSeen = true;
                continue;
            }
            for (size_t i = size_t(v) & mask;; i = (i + 1) & mask) {
                if (table[i] == v) {
                    ++repeats;
                    break;
                }
                if (table[i] == 0) {
                    table[i] = v;
                    break;
                }
            }
        }
        return repeats;
    }

    /**
     * Request id hashes, in buckets by their top six bits: the repeats of a bucket are counted on their own, in a table
     * that fits in the cache, and buckets grow in small steps, without the copy of one big array. (A few buckets: the
     * ends of 256 of them missed the cache on every record.)
     */
    class IdBuckets
    {
    public:
        void add(std::uint64_t hash)
        {
            std::vector<std::uint64_t>& b = m_buckets[hash >> 58];
            if (b.size() == b.capacity())
                b.reserve(std::max<size_t>(64, b.size() + b.size() / 2));
            b.push_back(hash);
            ++m_count;
        }
        size_t size() const { return m_count; }
        void clear()
        {
            for (auto& b : m_buckets)
                std::vector<std::uint64_t>().swap(b);
            m_count = 0;
        }

        /**
         * How many hashes of all sets repeat an earlier one, bucket by bucket on up to `threads` threads; empties the
         * sets. The sets' buckets are joined one bucket at a time, so no second copy of all hashes is made.
         */
        static std::int64_t countRepeatsAndClear(std::vector<IdBuckets>& sets, int threads)
        {
            size_t total = 0;
            for (const IdBuckets& set : sets)
                total += set.m_count;
            const size_t n = kBuckets;
            const size_t workers = total > 100000 ? std::clamp<size_t>(size_t(threads), 1, 8) : 1;
            std::vector<std::int64_t> repeats(workers, 0);
            auto count = [&](size_t w) {
                std::vector<std::uint64_t> joined;
                std::vector<std::uint64_t> table;
                for (size_t i = w; i < n; i += workers) {
                    std::vector<std::uint64_t>* only = nullptr;
                    size_t parts = 0;
                    for (IdBuckets& set : sets) {
                        if (!set.m_buckets[i].empty()) {
                            only = &set.m_buckets[i];
                            ++parts;
                        }
                    }
                    if (parts == 1) {
                        repeats[w] += countRepeatsHashed(*only, table);
                    } else if (parts > 1) {
                        joined.clear();
                        for (IdBuckets& set : sets)
                            joined.insert(joined.end(), set.m_buckets[i].begin(), set.m_buckets[i].end());
                        repeats[w] += countRepeatsHashed(joined, table);
                    }
                    for (IdBuckets& set : sets)
                        std::vector<std::uint64_t>().swap(set.m_buckets[i]);
                }
            };
            runParallel(workers, count);
            for (IdBuckets& set : sets)
                set.m_count = 0;
            std::int64_t sum = 0;
            for (const std::int64_t r : repeats)
                sum += r;
            return sum;
        }

    private:
        static constexpr size_t kBuckets = 64;
        std::array<std::vector<std::uint64_t>, kBuckets> m_buckets;
        size_t m_count = 0;
    };

    /** Records of groups another worker owns, with their strings, to be added by that worker. */
    struct Parcel
    {
        struct Entry
        {
            std::uint32_t user, userSize, model, modelSize, provider, providerSize, property, propertySize;
            RecordFigures figures;
            std::uint64_t keyHash; ///< fastStringHash() of the group key, computed once by the sender
        };
        std::string text; // the strings of the entries, back to back
        std::vector<Entry> entries;
        size_t from = 0; ///< the worker that sent it, which gets it back empty to fill again

        /** Empties it, keeping its memory. */
        void clear()
        {
            text.clear();
            entries.clear();
        }

        std::uint32_t keep(std::string_view s)
        {
            const auto at = std::uint32_t(text.size());
            text.append(s);
            return at;
        }
        /** Keeps r; its provider and property only when the groups are keyed by them (nothing else reads them). */
        void add(const RequestRecord& r, GroupKey key, std::uint64_t keyHash)
        {
            const std::string_view provider = key == GroupKey::Provider ? r.provider : std::string_view();
            const std::string_view property = key == GroupKey::Property ? r.property : std::string_view();
            entries.push_back({ keep(r.userId), std::uint32_t(r.userId.size()), keep(r.model),
                std::uint32_t(r.model.size()), keep(provider), std::uint32_t(provider.size()), keep(property),
                std::uint32_t(property.size()), r.figures(), keyHash });
        }
        /** Hands the entries to aggregator; their views last until the parcel is emptied. */
        void replay(Aggregator& aggregator) const
        {
            RequestRecord r;
            for (const Entry& e : entries) {
                r.userId = std::string_view(text.data() + e.user, e.userSize);
                r.model = std::string_view(text.data() + e.model, e.modelSize);
                r.provider = std::string_view(text.data() + e.provider, e.providerSize);
                r.property = std::string_view(text.data() + e.property, e.propertySize);
                r.figures() = e.figures;
                aggregator.addDeferred(r, e.keyHash);
            }
        }
        bool empty() const { return entries.empty(); }
    };

    /**
     * The parcels waiting for one worker, and the empty ones it gets back: a worker reuses its parcels, whose memory
     * would otherwise be allocated, faulted in and zeroed by the kernel for every chunk.
     */
    struct Mailbox
    {
        std::mutex mutex;
        std::vector<Parcel> parcels;
        std::vector<Parcel> spares;
    };

    /**
     * Where a worker's records go: its aggregator, or its de-duplication store; request ids are noted on the way.
     * With several workers and no de-duplication each worker owns the groups whose key hashes to it and hands the
     * records of other groups to their owner: every group's figures are kept once, not once per worker.
     */
    class WorkerSink final : public RecordSink
    {
    public:
        WorkerSink(std::shared_ptr<const AggregationSpec> spec, bool dedupe, size_t maxIds)
            : aggregator(std::make_unique<Aggregator>(spec))
            , store(dedupe ? std::make_unique<DedupeStore>(spec) : nullptr)
            , m_spec(std::move(spec))
            , m_maxIds(maxIds)
        {
        }
        /** Makes this sink worker `self` of mailboxes.size(), owning the groups that hash to it. */
        void shareGroups(size_t self, std::vector<Mailbox>* mailboxes)
        {
            m_self = self;
            m_mailboxes = mailboxes;
            m_outgoing.assign(mailboxes->size(), Parcel {});
        }
        void add(const RequestRecord& r) override
        {
            if (store) {
                store->add(r);
                return;
            }
            if (!r.requestId.empty() && !idsOverflowed) {
                if (ids.size() < m_maxIds) {
                    ids.add(requestIdHash(r.requestId));
                } else {
                    idsOverflowed = true;
                    ids.clear();
                }
            }
            const std::uint64_t hash = fastStringHash(groupKeyOf(r, m_spec->query.groupBy.key));
            if (m_mailboxes) {
                // the high half: the aggregator's table uses the low bits of the same hash
                const auto owner = size_t(((hash >> 32) * m_outgoing.size()) >> 32);
                if (owner != m_self) {
                    m_outgoing[owner].add(r, m_spec->query.groupBy.key, hash);
                    return;
                }
            }
            if (r.viewsLastForChunk)
                aggregator->addDeferred(r, hash);
            else
                aggregator->add(r, hash);
        }
        /** Posts the records collected for other workers (after each chunk). */
        void post()
        {
            aggregator->flush(); // before the chunk's buffer is reused
            if (!m_mailboxes)
                return;
            Mailbox& own = (*m_mailboxes)[m_self];
            for (size_t i = 0; i < m_outgoing.size(); ++i) {
                if (m_outgoing[i].empty())
                    continue;
                m_outgoing[i].from = m_self;
                {
                    Mailbox& box = (*m_mailboxes)[i];
                    std::lock_guard lock(box.mutex);
                    box.parcels.push_back(std::move(m_outgoing[i]));
                }
                m_outgoing[i] = Parcel {};
                std::lock_guard lock(own.mutex);
                if (!own.spares.empty()) {
                    m_outgoing[i] = std::move(own.spares.back());
                    own.spares.pop_back();
                }
            }
        }
        /** Adds the records other workers posted to this one. */
        void collect()
        {
            if (!m_mailboxes)
                return;
            std::vector<Parcel> parcels;
            {
                Mailbox& box = (*m_mailboxes)[m_self];
                std::lock_guard lock(box.mutex);
                parcels.swap(box.parcels);
            }
            for (Parcel& p : parcels) {
                p.replay(*aggregator);
                aggregator->flush(); // before the parcel is emptied
                p.clear();
                Mailbox& sender = (*m_mailboxes)[p.from];
                std::lock_guard lock(sender.mutex);
                sender.spares.push_back(std::move(p));
            }
        }
        std::int64_t recordsSeen() const { return store ? store->recordsSeen() : aggregator->recordsSeen(); }
        /** Whether this worker owns only some groups, handing the others to their owners. */
        bool sharesGroups() const { return !m_outgoing.empty(); }
        /** The run is over and its mailboxes go: nothing is posted or collected any more. */
        void leaveRun() { m_mailboxes = nullptr; }

        std::unique_ptr<Aggregator> aggregator;
        std::unique_ptr<DedupeStore> store;
        IdBuckets ids;
        bool idsOverflowed = false;

    private:
        std::shared_ptr<const AggregationSpec> m_spec;
        size_t m_maxIds;
        size_t m_self = 0;
        std::vector<Mailbox>* m_mailboxes = nullptr; // the run's, while it lasts
        std::vector<Parcel> m_outgoing;
    };

    struct JobReport
    {
        std::int64_t firstLine = 0; ///< -1: not counted yet
        std::uint64_t offset = 0;
        ChunkReport report;
    };

    /** A bounded queue: the reader blocks while workers are busy, so memory stays bounded. */
    class JobQueue
    {
    public:
        explicit JobQueue(size_t limit)
            : m_limit(limit)
        {
        }
        void push(Job job)
        {
            std::unique_lock lock(m_mutex);
            m_notFull.wait(lock, [&] { return m_jobs.size() < m_limit; });
            m_jobs.push_back(std::move(job));
            m_notEmpty.notify_one();
        }
        bool pop(Job& job)
        {
            std::unique_lock lock(m_mutex);
            m_notEmpty.wait(lock, [&] { return !m_jobs.empty() || m_closed; });
            if (m_jobs.empty())
                return false;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_notFull.notify_one();
            return true;
        }
        void close()
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_notEmpty.notify_all();
        }

    private:
        std::mutex m_mutex;
        std::condition_variable m_notEmpty;
        std::condition_variable m_notFull;
        std::deque<Job> m_jobs;
        size_t m_limit;
        bool m_closed = false;
    };

    struct FileRun
    {
        QString path;
        std::uint32_t fileIndex = 0;
        std::shared_ptr<const AggregationSpec> spec;
        ReaderOptions readerOptions;
        const AggregateOptions* options = nullptr;
        std::int64_t bytesBefore = 0;
        std::int64_t bytesTotal = 0;

        // outcome
        std::vector<std::unique_ptr<WorkerSink>> sinks; // one per worker (one when inline)
        std::vector<JobReport> reports;
        QList<Diagnostic> errors;
        QString format;
        QString compression;
        bool hasCacheTokens = true;
        bool cancelled = false;
        bool workerFatal = false;

        bool cancelRequested() const { return options->cancel && options->cancel->load(std::memory_order_relaxed); }

        void fail(std::int64_t line, std::int64_t column, const QString& reason)
        {
            errors.append(Diagnostic { path, line, column, reason });
        }

        /**
         * A syntax error that ends the file. The splitter can meet one further on while a worker meets an earlier one
         * in a block before it: the file ends at the first, so only the earliest is kept.
         */
        void failFatal(std::int64_t line, std::int64_t column, const QString& reason)
        {
            for (Diagnostic& e : errors) {
                if (e.line > 0) { // already ended by a syntax error
                    if (line < e.line || (line == e.line && column < e.column))
                        e = Diagnostic { path, line, column, reason };
                    return;
                }
            }
            fail(line, column, reason);
        }

        /** Reads the whole file with `threads` workers (1: inline, stopping at the first fatal error). */
        void run(int threads);
    };

    void FileRun::run(int threads)
    {
        sinks.clear();
        reports.clear();
        errors.clear();
        workerFatal = false;

        QFile file(path);
        if (QFileInfo(path).isDir()) {
            fail(0, 0, tr("is a directory"));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            fail(0, 0, tr("cannot open: %1").arg(file.errorString()));
            return;
        }
        std::unique_ptr<ByteSource> source = openByteSource(&file);
        compression = source->compression();

        const size_t blockSize = std::max<size_t>(options->blockSize, 4096);
        std::mutex poolMutex;
        std::vector<std::shared_ptr<Buffer>> pool;
        auto takeBuffer = [&](size_t minimum) {
            std::lock_guard lock(poolMutex);
            while (!pool.empty()) {
                auto b = std::move(pool.back());
                pool.pop_back();
                if (b->capacity >= minimum)
                    return b;
            }
            return std::make_shared<Buffer>(std::max(blockSize, minimum));
        };
        auto giveBack = [&](std::shared_ptr<Buffer> b) {
            if (b->mapped) {
                b->mapped->done(b->mappedOffset);
                return;
            }
            std::lock_guard lock(poolMutex);
            pool.push_back(std::move(b));
        };

        std::unique_ptr<FormatReader> reader;
        std::mutex reportMutex;
        JobQueue queue(size_t(threads) + 1);
        std::vector<std::thread> workers;
        std::atomic<bool> fatalSeen { false };
        const int sinkCount = std::max(threads, 1);
        const size_t maxIds = options->maxTrackedIds / size_t(sinkCount);
        for (int i = 0; i < sinkCount; ++i)
            sinks.push_back(std::make_unique<WorkerSink>(spec, options->dedupe, maxIds));
        std::vector<Mailbox> mailboxes(threads > 1 && !options->dedupe ? size_t(threads) : 0);
        for (size_t i = 0; i < mailboxes.size(); ++i)
            sinks[i]->shareGroups(i, &mailboxes);

        auto parseJob = [&](Job& job, WorkerSink& sink) {
            JobReport jr;
            jr.firstLine = job.firstLine;
            jr.offset = job.offset;
            if (sink.store)
                sink.store->beginChunk(fileIndex, job.offset);
            sink.collect();
            reader->parse(job.chunk, sink, jr.report);
            sink.post();
            if (jr.report.fatal)
                fatalSeen = true;
            {
                std::lock_guard lock(reportMutex);
                reports.push_back(std::move(jr));
            }
            giveBack(std::move(job.buffer));
        };

        auto startWorkers = [&] {
            if (threads <= 1)
                return;
            for (int i = 0; i < threads; ++i) {
                WorkerSink* sink = sinks[size_t(i)].get();
                workers.emplace_back([&, sink] {
                    Job job;
                    while (queue.pop(job)) {
                        if (cancelRequested() || fatalSeen) {
                            giveBack(std::move(job.buffer));
                            continue;
                        }
                        parseJob(job, *sink);
                    }
                });
            }
        };

        // a plain file of some size is parsed where it lies in the page cache, without the copies of read()
        std::shared_ptr<const MappedFile> mapped;
        if (compression.isEmpty() && file.size() >= qint64(std::max<size_t>(options->mapThreshold, 1))
            && options->mapThreshold != SIZE_MAX && QFileInfo(path).isFile())
            mapped = MappedFile::map(file.handle(), size_t(file.size()));

        std::shared_ptr<Buffer> buffer =
            mapped ? std::make_shared<Buffer>(mapped, 0, blockSize) : takeBuffer(blockSize);
        size_t filled = 0;
        bool eof = false;
        bool first = true;
        std::int64_t linesBefore = 0;
        std::uint64_t offsetBefore = 0; // stream bytes before the buffer's start
        std::int64_t columnCarry = 0; // bytes of the current line before the buffer's start
        bool stop = false;

        while (!stop) {
            if (cancelRequested()) {
                cancelled = true;
                break;
            }
            // fill the buffer
            if (mapped) {
                filled = buffer->capacity;
                eof = buffer->mappedOffset + filled == mapped->size();
            }
            while (!eof && filled < buffer->capacity) {
                const qint64 n = source->read(buffer->owned.get() + filled, qint64(buffer->capacity - filled));
                if (n < 0) {
                    fail(linesBefore + countNewlines(buffer->data, filled) + 1, 0,
                        tr("read error: %1").arg(source->errorString()));
                    eof = true;
                    break;
                }
                if (n == 0) {
                    eof = true;
                    break;
                }
                filled += size_t(n);
            }
            if (options->progress) {
                options->progress(
                    bytesBefore + (mapped ? qint64(buffer->mappedOffset + filled) : source->filePosition()),
                    bytesTotal);
            }
            if (!mapped)
                std::memset(buffer->owned.get() + filled, 0, Chunk::kPadding);

            size_t start = 0;
            if (first) {
                first = false;
                if (filled >= 3 && std::memcmp(buffer->data, "\xEF\xBB\xBF", 3) == 0)
                    start = 3;
                QString error;
                reader = detectFormat(std::string_view(buffer->data + start, filled - start), readerOptions, &error);
                if (!reader) {
                    fail(0, 0, error);
                    break;
                }
                format = reader->formatName();
                hasCacheTokens = reader->hasCacheTokens();
                startWorkers();
            }

            const std::string_view view(buffer->data + start, filled - start);
            SplitResult sr = reader->split(view, eof);
            const size_t consumed = start + sr.consumed;
            const size_t chunkBegin = start + sr.skip;

            // where a structural error sits, before the buffer is handed on
            std::int64_t fatalLine = 0;
            std::int64_t fatalColumn = 0;
            if (sr.fatalOffset) {
                const size_t at = std::min(start + *sr.fatalOffset, filled);
                const char* b = buffer->data;
                const std::int64_t before = mapped ? countNewlines(mapped->data(), buffer->mappedOffset + at)
                                                   : linesBefore + countNewlines(b, at);
                fatalLine = before + 1;
                const void* nl = memrchr(b, '\n', at);
                fatalColumn =
                    nl ? std::int64_t(b + at - static_cast<const char*>(nl)) : columnCarry + std::int64_t(at) + 1;
            }
            if (consumed > 0) {
                const char* b = buffer->data;
                const void* nl = memrchr(b, '\n', consumed);
                columnCarry = nl ? std::int64_t(b + consumed - static_cast<const char*>(nl)) - 1
                                 : columnCarry + std::int64_t(consumed);
            }

            if (chunkBegin < consumed) {
                Job job;
                // a mapped file's lines are counted at the end, for the chunks that report something
                job.firstLine = mapped ? -1 : linesBefore + countNewlines(buffer->data, chunkBegin);
                job.offset = offsetBefore + chunkBegin;
                job.chunk.data = buffer->data + chunkBegin;
                job.chunk.size = consumed - chunkBegin;
                job.chunk.spans = std::move(sr.spans);
                for (auto& span : job.chunk.spans) {
                    span.first -= std::uint32_t(sr.skip);
                    span.second -= std::uint32_t(sr.skip);
                }
                // the next buffer starts with what is left of this one
                std::shared_ptr<Buffer> next;
                if (mapped) {
                    mapped->hold(buffer->mappedOffset);
                    next = std::make_shared<Buffer>(mapped, buffer->mappedOffset + consumed, blockSize);
                    mapped->readerAt(next->mappedOffset);
                } else {
                    next = takeBuffer(std::max(blockSize, (filled - consumed) * 2));
                    std::memcpy(next->owned.get(), buffer->data + consumed, filled - consumed);
                }
                const std::int64_t consumedLines = mapped ? 0 : countNewlines(buffer->data, consumed);
                job.buffer = std::move(buffer);
                if (threads <= 1) {
                    parseJob(job, *sinks.front());
                    if (fatalSeen)
                        stop = true;
                } else {
                    queue.push(std::move(job));
                }
                buffer = std::move(next);
                filled -= consumed;
                linesBefore += consumedLines;
                offsetBefore += consumed;
            } else if (consumed > 0) {
                linesBefore += mapped ? 0 : countNewlines(buffer->data, consumed);
                offsetBefore += consumed;
                if (mapped) {
                    buffer = std::make_shared<Buffer>(mapped, buffer->mappedOffset + consumed, blockSize);
                    mapped->readerAt(buffer->mappedOffset);
                } else
                    std::memmove(buffer->owned.get(), buffer->data + consumed, filled - consumed);
                filled -= consumed;
            } else if (!eof && filled == buffer->capacity) {
                // one record longer than the buffer: grow it
                if (mapped) {
                    buffer = std::make_shared<Buffer>(mapped, buffer->mappedOffset, buffer->capacity * 2);
                } else {
                    auto bigger = std::make_shared<Buffer>(buffer->capacity * 2);
                    std::memcpy(bigger->owned.get(), buffer->data, filled);
                    buffer = std::move(bigger);
                }
            }

            if (sr.fatalOffset) {
                failFatal(fatalLine, fatalColumn, QString::fromStdString(sr.fatalReason));
                break;
            }
            if (eof && filled == 0)
                break;
            if (eof && sr.consumed == 0 && filled > 0 && !sr.fatalOffset) {
                // a reader that leaves bytes at the end of the file: nothing more will come
                break;
            }
        }

        queue.close();
        for (auto& w : workers)
            w.join();
        // the reports in file order (the workers finished their chunks in any order)
        std::sort(
            reports.begin(), reports.end(), [](const JobReport& a, const JobReport& b) { return a.offset < b.offset; });
        if (mapped) {
            // the line numbers of the chunks that report something: newlines counted up to each
            std::uint64_t countedTo = 0;
            std::int64_t lines = 0;
            for (JobReport& jr : reports) {
                if (jr.report.diagnostics.empty() && !jr.report.fatal)
                    continue;
                lines += countNewlines(mapped->data() + countedTo, size_t(jr.offset - countedTo));
                countedTo = jr.offset;
                jr.firstLine = lines;
            }
        }
        for (auto& sink : sinks) {
            sink->collect(); // what was posted after its owner's last chunk
            sink->leaveRun();
        }
        if (cancelRequested())
            cancelled = true;
        workerFatal = threads > 1 && fatalSeen;
    }

} // namespace

AggregateOutcome aggregateFiles(const QStringList& files, const UsageQuery& query, const AggregateOptions& options)
{
    AggregateOutcome outcome;
    UsageResult& result = outcome.result;
    result.query = query;
    result.provenance.kind = SourceKind::LogFiles;
    result.provenance.files = files;
    result.provenance.boundRule = QStringLiteral("inclusive-ms");
    result.hasRequestTimes = true;

    auto spec = std::make_shared<const AggregationSpec>(query);
    ReaderOptions readerOptions;
    if (query.groupBy.key == GroupKey::Property)
        readerOptions.property = query.groupBy.property.toStdString();
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());

    std::int64_t total = 0;
    for (const QString& f : files)
        total += QFileInfo(f).size();

    // one aggregator, or one per worker while each worker owns the same groups in every file: those are disjoint,
    // so their rows are built side by side without merging their figures first
    std::vector<std::unique_ptr<Aggregator>> owners;
    auto collapse = [&owners] {
        while (owners.size() > 1) {
            owners.front()->merge(*owners.back());
            owners.pop_back();
        }
    };
    std::vector<std::unique_ptr<DedupeStore>> stores;
    std::vector<IdBuckets> idSets; // one per worker and file
    bool idsOverflowed = false;
    bool anyCache = false;
    std::int64_t before = 0;
    QList<Diagnostic> diagnostics;
    for (const QString& path : files) {
        FileRun run;
        run.path = path;
        run.fileIndex = std::uint32_t(&path - files.data());
        run.spec = spec;
        run.readerOptions = readerOptions;
        run.options = &options;
        run.bytesBefore = before;
        run.bytesTotal = total;
        run.run(threads);
        if (run.workerFatal && !run.cancelled) {
            // a syntax error ends the file: read it again in order, stopping there
            run.run(1);
        }
        before += QFileInfo(path).size();
        if (run.cancelled) {
            outcome.cancelled = true;
            break;
        }
        result.provenance.formats.append(run.format);
        std::int64_t skipped = 0; // the reports come in file order
        for (const JobReport& jr : run.reports) {
            skipped += jr.report.skipped;
            // files come in order and reports in line order: the first ones kept are the first in the files
            for (const ChunkDiagnostic& d : jr.report.diagnostics) {
                if (diagnostics.size() >= UsageResult::kMaxDiagnostics)
                    break;
                diagnostics.append(
                    Diagnostic { path, jr.firstLine + d.line + 1, d.column, QString::fromStdString(d.reason) });
            }
            if (jr.report.fatal) {
                run.failFatal(jr.firstLine + jr.report.fatal->line + 1, jr.report.fatal->column,
                    QString::fromStdString(jr.report.fatal->reason));
            }
        }
        result.skippedRecords += skipped;
        std::int64_t seen = 0;
        for (const auto& sink : run.sinks)
            seen += sink->recordsSeen();
        if (run.errors.isEmpty() && seen == 0) {
            run.fail(
                0, 0, skipped > 0 ? tr("no recognisable records (%1 skipped)").arg(skipped) : tr("no records found"));
        }
        if (!run.errors.isEmpty())
            result.errors.append(run.errors);
        anyCache = anyCache || (run.hasCacheTokens && !run.format.isEmpty());
        const bool byOwner = run.sinks.size() > 1 && run.sinks.front()->sharesGroups()
            && (owners.empty() || owners.size() == run.sinks.size());
        if (!byOwner)
            collapse();
        for (auto& sink : run.sinks) {
            const size_t slot = byOwner ? size_t(&sink - run.sinks.data()) : 0;
            if (owners.size() <= slot)
                owners.push_back(std::make_unique<Aggregator>(spec));
            owners[slot]->merge(*sink->aggregator);
            if (sink->store)
                stores.push_back(std::move(sink->store));
            idsOverflowed = idsOverflowed || sink->idsOverflowed;
            if (idsOverflowed)
                idSets.clear();
            else if (sink->ids.size() > 0)
                idSets.push_back(std::move(sink->ids));
            sink->ids.clear();
        }
    }
    if (options.phaseDone)
        options.phaseDone("read");
    std::int64_t storedRecords = 0;
    for (const auto& store : stores)
        storedRecords += store->recordsSeen();
    if (options.dedupe && !outcome.cancelled) {
        std::int64_t dropped = 0;
        // (no worker shares its groups when de-duplicating: there is one aggregator at most)
        if (owners.empty())
            owners.push_back(std::make_unique<Aggregator>(spec));
        DedupeStore::resolve(stores, *owners.front(), dropped);
        result.duplicateRequestIds = dropped;
    }
    // repeated request ids, counted bucket by bucket on all threads, before the rows need memory
    const bool countIds = !options.dedupe && !idsOverflowed && options.maxTrackedIds > 0;
    if (countIds) {
        result.duplicateRequestIds = IdBuckets::countRepeatsAndClear(idSets, threads);
        if (result.duplicateRequestIds > 0) {
            result.warnings.append(tr("%n request id(s) appear more than once (overlapping exports?): use "
                                      "de-duplication to count each request once",
                nullptr, int(std::min<std::int64_t>(result.duplicateRequestIds, INT_MAX))));
        }
    }
    idSets.clear();
#if defined(__GLIBC__)
    // hand the memory of the workers' buffers and parcels back before the rows are built
    malloc_trim(0);
#endif
    result.diagnostics = diagnostics;
    result.hasCacheTokens = anyCache;
    result.hasReasoningTokens = anyCache;
    std::vector<Aggregator*> parts;
    for (const auto& a : owners)
        parts.push_back(a.get());
    Aggregator::finish(parts, result, threads);
    if (options.phaseDone)
        options.phaseDone("rows");
    if (options.dedupe)
        result.recordsRead = storedRecords;
    result.partial = !result.errors.isEmpty() || outcome.cancelled;
    return outcome;
}

} // namespace Usage
