#pragma once

#include <QString>

namespace ma::models
{
/** @brief One key = value row (hyperparameter, environment variable, tag, auto-search parameter). */
struct KeyValue
{
    QString key;
    QString value;
    bool operator==(const KeyValue &) const = default;
};
} // namespace ma::models
