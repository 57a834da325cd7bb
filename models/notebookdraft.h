#pragma once

// What the user has entered in "Create Notebook" (console order: basic information, notebook
// parameters, tags), independent of widgets: the form edits a NotebookDraft,
// notebookformvalidator checks it field by field, and the draft converts to the v1 create
// body (POST /v1/{project_id}/notebooks). Drafts are saved as JSON (DraftStore) so an
// unfinished form survives a crash.

#include "api/types/notebook.h"
#include "models/trainingjobdraft.h" // KeyValue (tags)

#include <QList>
#include <QString>

namespace ma::models
{
/** @brief One row of "Add Extended Storage": an OBS, PFS or SFS directory mounted in the instance. */
struct NotebookExtendedStorage
{
    QString type = QStringLiteral("OBS"); // OBS | PFS | SFS
    QString path; // obs://bucket/dir/ or the SFS Turbo directory
    QString mountPath; // directory inside the container
    bool operator==(const NotebookExtendedStorage &) const = default;
};

struct NotebookDraft
{
    enum class ImageSource
    {
        Public,
        Private,
    };
    enum class PoolKind
    {
        Public,
        Dedicated,
    };
    enum class Storage
    {
        Evs,
        Sfs,
        Obs,
        Pfs,
    };

    // Basic information
    QString name;
    QString description;
    bool autoStop = true; // enabled by default, 1 hour
    int autoStopHours = 1; // preset 1, 2, 4 or 6; 0: custom
    QString autoStopCustom; // custom hours as typed (integer 1-72)

    // Notebook parameters
    ImageSource imageSource = ImageSource::Public;
    QString imageId;
    PoolKind poolKind = PoolKind::Public;
    QString poolId; // dedicated pool (metadata.name)
    QString type = QStringLiteral("CPU"); // CPU | GPU | ASCEND: filters the flavors
    QString flavorId;
    Storage storage = Storage::Evs;
    int evsGb = 5;
    QString sfsId; // SFS Turbo file system
    QString sfsSubdirectory; // mounted subdirectory
    bool sfsReadOnly = false; // Mount Method (not carried by the v1 API)
    QString storagePath; // OBS/PFS directory, obs://bucket/dir/
    QString secret; // DEW secret (not carried by the v1 API)
    QList<NotebookExtendedStorage> extendedStorage; // not carried by the v1 API
    bool remoteSsh = false;
    QString keyPair;
    QString whitelist; // comma-separated IPs or CIDR blocks

    // Tags
    QList<KeyValue> tags;

    bool operator==(const NotebookDraft &) const = default;

    /** The auto-stop duration in hours: the preset, or the custom text when it is an integer; 0 when not. */
    int effectiveAutoStopHours() const;
    /** The whitelist entries, trimmed, empty ones dropped. */
    QStringList whitelistEntries() const;

    /** Saved-draft JSON (all fields; not an API body). */
    api::Json toJson() const;
    /** Missing or malformed keys keep the defaults. */
    static NotebookDraft fromJson(const api::Json &json);

    /** The N-1 create body. Fields the form shows but the v1 API cannot carry are left out. */
    api::NotebookCreate toCreateRequest(const QString &workspaceId) const;

    /** A default name like the console's: notebook-<mmdd>-<4 random characters>. */
    static QString generateName(const QDate &today);
};

/** The API word of a storage choice (volume.category): EVS, EFS (SFS Turbo), OBS, OBSFS (PFS). */
QString notebookVolumeCategory(NotebookDraft::Storage storage);
} // namespace ma::models
