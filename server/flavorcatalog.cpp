#include "flavorcatalog.h"

#include <QFile>
#include <QThread>

namespace ma::server::flavors
{
namespace
{
FlavorShape cpu(const QString &id, int cores, int memGiB, int maxNodes, bool isFree = false)
{
    FlavorShape f;
    f.id = id;
    f.displayName = QStringLiteral("CPU: %1 vCPUs %2GB").arg(cores).arg(memGiB);
    f.type = QStringLiteral("CPU");
    f.cpuCores = cores;
    f.memoryMiB = memGiB * 1024LL;
    f.diskGiB = 50;
    f.maxNodes = maxNodes;
    f.free = isFree;
    f.billingCode = id;
    return f;
}

FlavorShape gpu(
    const QString &id, int cores, int memGiB, int cards, const QString &product, int cardMemGiB, int maxNodes)
{
    FlavorShape f = cpu(id, cores, memGiB, maxNodes);
    f.displayName = QStringLiteral("GPU: %1*%2(%3GB) | CPU: %4 vCPUs %5GB")
                        .arg(cards)
                        .arg(product.section(u'-', 1))
                        .arg(cardMemGiB)
                        .arg(cores)
                        .arg(memGiB);
    f.type = QStringLiteral("GPU");
    f.gpuCount = cards;
    f.gpuProduct = product;
    f.gpuMemoryMiB = cardMemGiB * 1024LL;
    f.diskGiB = 500;
    return f;
}

FlavorShape ascend(
    const QString &id, int cores, int memGiB, int cards, const QString &product, int cardMemGiB, int maxNodes)
{
    FlavorShape f = cpu(id, cores, memGiB, maxNodes);
    f.displayName = QStringLiteral("Ascend: %1*%2(%3GB) | ARM: %4 vCPUs %5GB")
                        .arg(cards)
                        .arg(product.section(u'-', 1))
                        .arg(cardMemGiB)
                        .arg(cores)
                        .arg(memGiB);
    f.type = QStringLiteral("Ascend");
    f.cpuArch = QStringLiteral("arm64");
    f.npuCount = cards;
    f.npuProduct = product;
    f.npuMemoryMiB = cardMemGiB * 1024LL;
    f.diskGiB = 1000;
    return f;
}

qint64 machineMemoryMiB()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly))
    {
        while (!meminfo.atEnd())
        {
            const QByteArray line = meminfo.readLine();
            if (line.startsWith("MemTotal:"))
                return line.mid(9).trimmed().split(' ').value(0).toLongLong() / 1024;
        }
    }
    return 8 * 1024; // not Linux: a plausible figure rather than none
}
} // namespace

const QList<FlavorShape> &training()
{
    static const QList<FlavorShape> list = {
        cpu(QStringLiteral("modelarts.vm.cpu.free"), 1, 4, 1, true),
        cpu(QStringLiteral("modelarts.vm.cpu.2u"), 2, 8, 4),
        cpu(QStringLiteral("modelarts.vm.cpu.8u"), 8, 32, 8),
        gpu(QStringLiteral("modelarts.vm.gpu.t4"), 8, 32, 1, QStringLiteral("NVIDIA-T4"), 16, 8),
        gpu(QStringLiteral("modelarts.p3.large.public"), 8, 64, 1, QStringLiteral("NVIDIA-V100"), 32, 8),
        gpu(QStringLiteral("modelarts.p3.8xlarge.public"), 64, 512, 8, QStringLiteral("NVIDIA-V100"), 32, 16),
        ascend(QStringLiteral("modelarts.kat1.xlarge"), 24, 96, 1, QStringLiteral("Ascend-910"), 32, 8),
        ascend(QStringLiteral("modelarts.kat1.8xlarge"), 192, 720, 8, QStringLiteral("Ascend-910"), 32, 16),
    };
    return list;
}

const QList<FlavorShape> &poolNodes()
{
    static const QList<FlavorShape> list = {
        cpu(QStringLiteral("modelarts.vm.cpu.8ud"), 8, 32, 50),
        gpu(QStringLiteral("modelarts.vm.gpu.t4.4"), 32, 128, 4, QStringLiteral("NVIDIA-T4"), 16, 50),
        gpu(QStringLiteral("modelarts.bm.gpu.v100.8"), 72, 512, 8, QStringLiteral("NVIDIA-V100"), 32, 50),
        ascend(QStringLiteral("modelarts.bm.snt9.xlarge.8"), 192, 1536, 8, QStringLiteral("Ascend-snt9"), 64, 50),
    };
    return list;
}

const QList<FlavorShape> &notebook()
{
    static const QList<FlavorShape> list = {
        cpu(QStringLiteral("modelarts.vm.cpu.free"), 1, 4, 1, true),
        cpu(QStringLiteral("modelarts.vm.cpu.2u"), 2, 8, 1),
        cpu(QStringLiteral("modelarts.vm.cpu.8u"), 8, 32, 1),
        gpu(QStringLiteral("modelarts.vm.gpu.t4"), 8, 32, 1, QStringLiteral("NVIDIA-T4"), 16, 1),
        ascend(QStringLiteral("modelarts.kat1.xlarge"), 24, 96, 1, QStringLiteral("Ascend-910"), 32, 1),
    };
    return list;
}

const FlavorShape &local()
{
    static const FlavorShape shape = []
    {
        const int cores = std::max(1, QThread::idealThreadCount());
        const qint64 memMiB = machineMemoryMiB();
        FlavorShape f = cpu(QStringLiteral("modelarts.local.cpu"), cores, static_cast<int>(memMiB / 1024), 1);
        f.memoryMiB = memMiB;
        f.displayName = QStringLiteral("This computer: %1 vCPUs %2GB").arg(cores).arg(memMiB / 1024);
        f.billingCode = QStringLiteral("local");
        return f;
    }();
    return shape;
}

const FlavorShape *find(const QString &id)
{
    for (const QList<FlavorShape> *list : { &training(), &poolNodes(), &notebook() })
    {
        for (const FlavorShape &f : *list)
        {
            if (f.id == id)
                return &f;
        }
    }
    if (id == local().id)
        return &local();
    return nullptr;
}
} // namespace ma::server::flavors
