// SPDX-License-Identifier: MIT
#pragma once

// Small bit tricks of the SIMD scanners. Internal linkage (an unnamed namespace): the files compiled for AVX2
// include this too, and must not lend their copies to the rest of the program.

#include <cstdint>

namespace Usage {
namespace { // NOLINT(google-build-namespaces, cert-dcl59-cpp): one copy per including file, by design

    /**
     * Bit i of the result is the XOR of bits 0..i of quotes: with one bit per opening and closing quote, the bytes
     * inside strings (from an opening quote up to the byte before its closing one).
     */
    constexpr std::uint64_t prefixXor(std::uint64_t quotes)
    {
        quotes ^= quotes << 1;
        quotes ^= quotes << 2;
        quotes ^= quotes << 4;
        quotes ^= quotes << 8;
        quotes ^= quotes << 16;
        quotes ^= quotes << 32;
        return quotes;
    }

} // namespace
} // namespace Usage
