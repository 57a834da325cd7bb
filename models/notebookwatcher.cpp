#include "notebookwatcher.h"

#include "api/notebookrequests.h"

namespace ma::models
{
namespace
{
// The wire keys the details page shows, each compared on its encoded JSON.
const char *const kFields[] = { "name", "description", "status", "fail_reason", "flavor", "image", "lease", "pool",
    "volume", "endpoints", "url", "token", "action_progress", "tags", "update_at" };
} // namespace

api::ApiRequest NotebookWatchTraits::request(const QString &id)
{
    return api::notebooks::show(id);
}

bool NotebookWatchTraits::isFinal(const Item &notebook)
{
    return notebook.status.value_or(QString()) == api::NotebookStatus::Deleted;
}

QStringList NotebookWatchTraits::changedFields(const Item &before, const Item &after)
{
    const api::Json a = api::encode(before);
    const api::Json b = api::encode(after);
    QStringList fields;
    for (const char *key : kFields)
    {
        if (a.value(key, api::Json()) != b.value(key, api::Json()))
            fields << QLatin1String(key);
    }
    return fields;
}

QStringList NotebookWatchTraits::allFields()
{
    QStringList fields;
    for (const char *key : kFields)
        fields << QLatin1String(key);
    return fields;
}
} // namespace ma::models
