// SPDX-License-Identifier: MIT
// Compiled with -mavx2 and called only where the processor has AVX2 (see flatjson.cpp): nothing here may be inline
// code other files share.
#include "core/readers/flatjsonmasks.h"

#if defined(UE_FLATJSON_AVX2)
namespace Usage::FlatJson::Detail {

void maskWordsAvx2(const char* data, std::size_t size, WordMasks& masks)
{
    maskWordsWith<ByteClasses<Avx2Bytes>>(data, size, masks);
}

} // namespace Usage::FlatJson::Detail
#endif
