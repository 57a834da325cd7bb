#pragma once

// "Check Input Size" of Create Training Job (the button beside Specifications when an input
// uses a data path): the input data must fit the node's storage (the flavor's
// flavor_info.disk; the console: "checks that node storage > input size"). The Local profile's
// OBS is a folder on this computer and is measured for real; a cloud profile's OBS cannot be
// listed from this app, which the answer says instead of guessing.

#include <QList>
#include <QString>
#include <QStringList>

namespace ma::models
{
struct InputSize
{
    qint64 bytes = 0;
    int files = 0;
    QStringList missing; // OBS URLs that do not exist (or are not valid paths)
};

/** Adds up the files under each of @p obsUrls in the local object store at @p obsRoot. Run it off the UI thread. */
InputSize measureLocalInputs(const QString &obsRoot, const QStringList &obsUrls);

/** @brief What the form shows for @p size against a node disk of @p diskBytes (0: not known). */
struct InputSizeVerdict
{
    bool fits = true;
    QString text;
};
InputSizeVerdict inputSizeVerdict(const InputSize &size, qint64 diskBytes);

/** "12.3 MB" with the console's 1024-based units. */
QString byteSizeText(qint64 bytes);
} // namespace ma::models
