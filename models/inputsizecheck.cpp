#include "models/inputsizecheck.h"

#include "api/obsmapper.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>

namespace ma::models
{
InputSize measureLocalInputs(const QString &obsRoot, const QStringList &obsUrls)
{
    // The Local profile's buckets are folders under <dataDir>/obs (api::ObsMapper).
    const api::ObsMapper mapper(QFileInfo(obsRoot).path());
    InputSize size;
    for (const QString &url : obsUrls)
    {
        const QString local = mapper.localPathFor(url.trimmed());
        const QFileInfo info(local);
        if (local.isEmpty() || !info.exists())
        {
            size.missing << url;
            continue;
        }
        if (info.isFile())
        {
            size.bytes += info.size();
            ++size.files;
            continue;
        }
        QDirIterator it(local, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext())
        {
            it.next();
            size.bytes += it.fileInfo().size();
            ++size.files;
        }
    }
    return size;
}

QString byteSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

InputSizeVerdict inputSizeVerdict(const InputSize &size, qint64 diskBytes)
{
    InputSizeVerdict verdict;
    QStringList parts;
    parts << QCoreApplication::translate("InputSizeCheck", "Input data: %1 in %n file(s).", nullptr, size.files)
                 .arg(byteSizeText(size.bytes));
    if (!size.missing.isEmpty())
    {
        verdict.fits = false;
        parts << QCoreApplication::translate("InputSizeCheck", "Not found: %1.")
                     .arg(size.missing.join(QStringLiteral(", ")));
    }
    if (diskBytes <= 0)
        parts << QCoreApplication::translate(
            "InputSizeCheck", "The flavor does not say how much storage its nodes have.");
    else if (size.bytes > diskBytes)
    {
        verdict.fits = false;
        parts << QCoreApplication::translate(
            "InputSizeCheck", "It does not fit the node storage of %1: choose a flavor with more storage or less data.")
                     .arg(byteSizeText(diskBytes));
    }
    else
        parts << QCoreApplication::translate("InputSizeCheck", "It fits the node storage of %1.")
                     .arg(byteSizeText(diskBytes));
    verdict.text = parts.join(u' ');
    return verdict;
}
} // namespace ma::models
