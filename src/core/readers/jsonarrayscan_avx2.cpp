// SPDX-License-Identifier: MIT
// Compiled with -mavx2 and called only where the processor has AVX2 (see heliconejsonarrayreader.cpp): nothing
// here may be inline code other files share, hence jsonarrayscan.h's internal linkage.
#include "core/readers/jsonarrayscan.h"

#if defined(UE_JSONARRAY_AVX2)
namespace Usage {

std::size_t containerLengthAvx2(const char* b, std::size_t n, std::size_t& errorAt)
{
    return scanContainer<ContainerMasks<Avx2Bytes>>(b, n, errorAt);
}

} // namespace Usage
#endif
