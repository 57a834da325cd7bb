#pragma once

// What the Training Jobs list keeps of one job, and the decode of a T2-3 search answer
// straight into those rows: one streaming (SAX) pass over the body, with no JSON tree built
// and no re-serialising. Each row keeps the job's own bytes of the answer for the rest
// (TrainingJobListModel::jobAt() decodes them into an api::TrainingJob).

#include "api/jsoncodec.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <vector>

namespace ma::models
{
/** @brief What the Training Jobs list keeps of one job (absent or null fields: nullopt or empty). */
struct TrainingJobRow
{
    QString id; // metadata.id
    QString name; // metadata.name
    std::optional<QString> description;
    qint64 createTime = 0; // metadata.create_time, ms; 0: absent
    QString phase; // status.phase
    std::optional<QString> secondaryPhase;
    std::optional<qint64> startTime, duration; // status, ms
    QString flavorId, flavorName; // spec.resource
    QString poolId; // spec.resource.pool_id, empty on the public pool
    std::optional<int> nodes; // spec.resource.node_count
    std::optional<int> priority; // spec.schedule_policy.priority
    QString acceleratorKind; // "GPU" or "NPU" when the flavor has cards (spec.resource.flavor_detail)
    QByteArray json; // the job as the search answered it

    /** The shown flavor: its name, else its id. */
    const QString &flavor() const { return flavorName.isEmpty() ? flavorId : flavorName; }
};

/** @brief A T2-3 search answer as rows: count and the items. */
struct TrainingJobRowsPage
{
    std::optional<int> count;
    std::vector<TrainingJobRow> items;
};

/**
 * @brief Decodes a T2-3 search answer into rows, by the typed decoders' rules (a number sent
 * as a string is taken; null is absent).
 * @throws api::DecodeError with the typed decoders' path and words (".items[3].metadata.name:
 * required field is missing") for a body that is not JSON, nests deeper than
 * api::kMaxJsonDepth, is larger than api::kMaxJsonBytes, or has an item without kind,
 * metadata.name or status.phase, or a field of the wrong type.
 */
TrainingJobRowsPage decodeTrainingJobRows(const QByteArray &body);
} // namespace ma::models
