#include "trainingjobtext.h"

#include <QCoreApplication>
#include <QStringList>

namespace ma::models
{
QString trainingFlavorText(const api::TrainingJob &job)
{
    if (!job.spec || !job.spec->resource)
        return QString();
    const api::TrainingResource &r = *job.spec->resource;
    const QString name = r.flavorName.value_or(r.flavorId.value_or(QString()));
    QStringList parts;
    if (r.flavorDetail && r.flavorDetail->flavorInfo)
    {
        const api::FlavorInfo &info = *r.flavorDetail->flavorInfo;
        if (info.cpu && info.cpu->coreNum)
            parts << QCoreApplication::translate("TrainingJobText", "%n vCPUs", nullptr, *info.cpu->coreNum);
        if (info.memory && info.memory->size)
            parts << QStringLiteral("%1 %2")
                         .arg(*info.memory->size)
                         .arg(info.memory->unit.value_or(QStringLiteral("GB")));
        if (info.gpu && info.gpu->unitNum && *info.gpu->unitNum > 0)
            parts << QStringLiteral("%1 × %2")
                         .arg(*info.gpu->unitNum)
                         .arg(info.gpu->productName.value_or(QStringLiteral("GPU")));
        if (info.npu && info.npu->unitNum && !info.npu->unitNum->toString().isEmpty()
            && info.npu->unitNum->toString() != u"0")
            parts << QStringLiteral("%1 × %2").arg(
                info.npu->unitNum->toString(), info.npu->productName.value_or(QStringLiteral("NPU")));
    }
    // A display name ("This computer: 2 vCPUs 8GB") already says it; an id gets the details.
    if (parts.isEmpty() || name.contains(u' '))
        return name;
    return name.isEmpty() ? parts.join(QStringLiteral(" | "))
                          : name + QStringLiteral(" (") + parts.join(QStringLiteral(" | ")) + u')';
}

QString dataRemoteText(const api::DataRemote &remote)
{
    if (remote.obs)
        return remote.obs->obsUrl;
    if (remote.dataset)
    {
        QString text = remote.dataset->id;
        if (remote.dataset->versionId)
            text += QStringLiteral(" / ") + *remote.dataset->versionId;
        return text;
    }
    return QString();
}
} // namespace ma::models
