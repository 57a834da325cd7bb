#pragma once

// The rules of "Create Notebook" (console: basic information, notebook parameters, tags)
// checked on a NotebookDraft so they can be tested without widgets. Every message is what the
// form shows next to the field; the texts go through
// QCoreApplication::translate("NotebookFormValidator", ...).

#include "models/notebookdraft.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief The form field a message belongs to. */
enum class NotebookField
{
    Name,
    Description,
    AutoStop,
    Image,
    Pool,
    Flavor,
    EvsSize,
    SfsFileSystem,
    SfsSubdirectory,
    StoragePath,
    Secret,
    ExtendedStorage, // row = storage row, or -1 for the list
    KeyPair,
    Whitelist,
    Tags, // row = tag index, or -1 for the table
};

struct NotebookIssue
{
    NotebookField field;
    int row = -1;
    QString message;
    bool operator==(const NotebookIssue &) const = default;
};

/** @brief What the rules need beyond the draft: images, pools and flavors from the API. */
struct NotebookFormContext
{
    struct Image
    {
        QStringList categories; // CPU | GPU | ASCEND
    };
    struct Pool
    {
        bool running = true;
        bool notebooks = true; // its job types include Notebook
        QString category; // CPU | GPU | ASCEND of its nodes; empty: any
    };
    struct Flavor
    {
        QString category; // CPU | GPU | ASCEND
        bool soldOut = false;
    };
    QHash<QString, Image> images; // by id; empty: unknown (image rules are skipped)
    QHash<QString, Pool> pools; // by metadata.name
    QHash<QString, Flavor> flavors; // by id
};

/** Every issue of @p draft, in form order. An empty list means it may be submitted. */
QList<NotebookIssue> validateNotebookDraft(const NotebookDraft &draft, const NotebookFormContext &context = {});
/** The issues of one field only (the form re-checks a field while the user types). */
QList<NotebookIssue> validateNotebookField(
    const NotebookDraft &draft, NotebookField field, const NotebookFormContext &context = {});

/** The problem with one whitelist entry (an IPv4/IPv6 address or CIDR block); empty when fine. */
QString whitelistEntryProblem(const QString &entry);

/** Console limits. */
inline constexpr int kMaxNotebookNameLength = 128;
inline constexpr int kMaxNotebookDescriptionLength = 512; // v1 API
inline constexpr int kMinNotebookAutoStopHours = 1;
inline constexpr int kMaxNotebookAutoStopHours = 72;
inline constexpr int kMinNotebookEvsGb = 5;
inline constexpr int kMaxWhitelistEntries = 5;
inline constexpr int kMaxExtendedStoragePerType = 5;
inline constexpr int kMaxNotebookTagKeyLength = 128;
inline constexpr int kMaxNotebookTagValueLength = 255;
} // namespace ma::models
