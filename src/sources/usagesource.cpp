// SPDX-License-Identifier: MIT
#include "sources/usagesource.h"

UsageSource::~UsageSource() = default;
