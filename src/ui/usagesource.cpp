// SPDX-License-Identifier: MIT
#include "usagesource.h"

UsageSource::~UsageSource() = default;
