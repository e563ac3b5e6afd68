// SPDX-License-Identifier: MIT
#include "sources/usagesource.h"

#include "sources/sourceslog.h"

UsageSource::UsageSource(QObject* parent)
    : QObject(parent)
{
    connect(this, &UsageSource::failed, this,
        [this](const QString& reason) { qCInfo(lcSources) << metaObject()->className() << "failed:" << reason; });
    connect(
        this, &UsageSource::cancelled, this, [this] { qCInfo(lcSources) << metaObject()->className() << "cancelled"; });
}

UsageSource::~UsageSource() = default;
