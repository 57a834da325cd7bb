#pragma once

// Crash-safe autosave of an unfinished Create Training Job form: one JSON file per key
// under <AppDataLocation>/drafts/, written atomically (QSaveFile) so a crash while saving
// never leaves a half-written draft behind.

#include "models/trainingjobdraft.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <utility>

namespace ma::models
{
class DraftStore final
{
public:
    /** @brief A draft read back from disk, with the time it was saved. */
    struct Saved
    {
        TrainingJobDraft draft;
        QDateTime savedAt; // UTC
    };

    /** @p key names the file; characters other than letters, digits, '-' and '_' become '_'. */
    explicit DraftStore(const QString &key = QStringLiteral("create-training-job"));

    const QString &key() const { return m_key; }
    /** <AppDataLocation>/drafts/<key>.json */
    QString filePath() const;

    /** Writes @p draft atomically, stamped with the current time. */
    bool save(const TrainingJobDraft &draft, QString *error = nullptr) const;
    /** The same for any form's draft given as its JSON (the pool form's, for instance). */
    bool saveJson(const api::Json &draft, QString *error = nullptr) const;
    /** The saved draft's JSON and save time, or nullopt; @see save(). */
    std::optional<std::pair<api::Json, QDateTime>> loadJson() const;
    /** The saved draft, or nullopt when there is none or the file cannot be read. */
    std::optional<Saved> load() const;
    /** Removes the saved draft (true when nothing is left on disk). */
    bool clear() const;
    bool exists() const;

private:
    QString m_key;
};
} // namespace ma::models
