// SPDX-License-Identifier: MIT
#pragma once

#include "core/hugepages.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Usage {

/** A fast 64-bit hash of short strings (ids, model names): not for untrusted keys of a server, fine for a dump. */
inline std::uint64_t fastStringHash(std::string_view s) noexcept
{
    constexpr std::uint64_t k0 = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t k1 = 0xBF58476D1CE4E5B9ull;
    constexpr std::uint64_t k2 = 0x94D049BB133111EBull;
    const char* p = s.data();
    size_t n = s.size();
    std::uint64_t h = k0 ^ (std::uint64_t(n) * k1);
    auto load64 = [](const char* q) {
        std::uint64_t w;
        std::memcpy(&w, q, 8);
        return w;
    };
    auto load32 = [](const char* q) {
        std::uint32_t w;
        std::memcpy(&w, q, 4);
        return std::uint64_t(w);
    };
    auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * k1;
        h ^= h >> 31;
    };
    if (n >= 8) {
        const char* last = p + n - 8;
        while (p < last) {
            mix(load64(p));
            p += 8;
        }
        mix(load64(last)); // overlaps the previous word when n is not a multiple of 8
    } else if (n >= 4) {
        mix(load32(p) | (load32(p + n - 4) << 32));
    } else if (n > 0) {
        mix(std::uint64_t(std::uint8_t(p[0])) | (std::uint64_t(std::uint8_t(p[n / 2])) << 8)
            | (std::uint64_t(std::uint8_t(p[n - 1])) << 16));
    }
    h ^= h >> 29;
    h *= k2;
    h ^= h >> 32;
    return h;
}

/**
 * Numbers distinct strings 0, 1, 2, … as first seen: an open-addressing table of indexes into names kept back to
 * back; a look-up touches a slot and a name, both of which can be prefetched (prefetch(), peek()).
 */
class StringIndex
{
public:
    static constexpr std::uint32_t npos = UINT32_MAX;

    /** The number of s, adding it when new. */
    std::uint32_t insert(std::string_view s) { return insert(s, fastStringHash(s)); }

    /** The same, with h = fastStringHash(s) already known. */
    std::uint32_t insert(std::string_view s, std::uint64_t h)
    {
        if ((m_offsets.size() + 1) * 4 > m_slots.size() * 3)
            grow();
        const auto tag = std::uint32_t(h >> 32);
        for (size_t i = size_t(h) & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.index == npos) {
                slot.tag = tag;
                slot.index = std::uint32_t(m_offsets.size());
                slot.offset = append(s);
                return slot.index;
            }
            if (slot.tag == tag && textAt(slot.offset) == s)
                return slot.index;
        }
    }

    /** Starts loading the slot of hash h into the cache. */
    void prefetch(std::uint64_t h) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(h) & m_mask]);
    }
    /** The number hash h probably has, or npos; starts loading its name. Call prefetch(h) some steps earlier. */
    std::uint32_t peek(std::uint64_t h) const
    {
        if (m_slots.empty())
            return npos;
        const auto tag = std::uint32_t(h >> 32);
        size_t i = size_t(h) & m_mask;
        for (int probe = 0; probe < 4; ++probe, i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.index == npos)
                return npos;
            if (slot.tag == tag) {
                __builtin_prefetch(m_text.data() + slot.offset);
                return slot.index;
            }
        }
        return npos;
    }

    std::string_view name(std::uint32_t index) const { return textAt(m_offsets[index]); }
    /** Starts loading the name of index into the cache. */
    void prefetchName(std::uint32_t index) const { __builtin_prefetch(m_text.data() + m_offsets[index]); }
    size_t size() const { return m_offsets.size(); }
    bool empty() const { return m_offsets.empty(); }
    void clear()
    {
        m_slots.clear();
        m_offsets.clear();
        m_text.clear();
        m_mask = 0;
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0;
        std::uint32_t index = npos;
        std::uint64_t offset = 0; ///< of the name in m_text
    };

    std::string_view textAt(std::uint64_t offset) const
    {
        std::uint32_t size;
        std::memcpy(&size, m_text.data() + offset, sizeof size);
        return std::string_view(m_text.data() + offset + sizeof size, size);
    }

    std::uint64_t append(std::string_view s)
    {
        const std::uint64_t offset = m_text.size();
        const auto size = std::uint32_t(s.size());
        const auto* sizeBytes = reinterpret_cast<const char*>(&size);
        m_text.insert(m_text.end(), sizeBytes, sizeBytes + sizeof size);
        m_text.insert(m_text.end(), s.begin(), s.end());
        m_offsets.push_back(offset);
        return offset;
    }

    void grow()
    {
        const size_t count = m_slots.empty() ? 64 : m_slots.size() * 2;
        std::vector<Slot, HugePageAllocator<Slot>> table(count);
        const size_t mask = count - 1;
        for (std::uint32_t index = 0; index < m_offsets.size(); ++index) {
            const std::uint64_t h = fastStringHash(textAt(m_offsets[index]));
            size_t i = size_t(h) & mask;
            while (table[i].index != npos)
                i = (i + 1) & mask;
            table[i] = { std::uint32_t(h >> 32), index, m_offsets[index] };
        }
        m_slots.swap(table);
        m_mask = mask;
    }

    std::vector<Slot, HugePageAllocator<Slot>> m_slots;
    std::vector<std::uint64_t> m_offsets; ///< of each name in m_text, by number
    std::vector<char, HugePageAllocator<char>> m_text; ///< the names, each after its length (4 bytes)
    size_t m_mask = 0;
};

} // namespace Usage
