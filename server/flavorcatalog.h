#pragma once

// The compute shapes modelarts-local offers, shared by every API that names a flavor:
// public training flavors (T2-11), dedicated pool node flavors (P-13), notebook flavors
// (N-11) and the built-in "local" flavor (this computer). One catalog keeps the numbers
// consistent: a job's metrics, a pool's capacity and a notebook's flavor agree.

#include <QList>
#include <QString>

namespace ma::server
{
struct FlavorShape
{
    QString id; // "modelarts.vm.cpu.8u"
    QString displayName; // "CPU: 8 vCPUs 32GB"
    QString type; // "CPU" | "GPU" | "Ascend"
    int cpuCores = 0;
    QString cpuArch = QStringLiteral("x86");
    qint64 memoryMiB = 0;
    int gpuCount = 0;
    QString gpuProduct; // "NVIDIA-V100"
    qint64 gpuMemoryMiB = 0; // per card
    int npuCount = 0;
    QString npuProduct; // "Ascend-snt9"
    qint64 npuMemoryMiB = 0; // per card
    int diskGiB = 0;
    int maxNodes = 1;
    bool free = false;
    QString billingCode;

    bool hasAccelerator() const { return gpuCount > 0 || npuCount > 0; }
};

namespace flavors
{
/** Public-pool training flavors (GET /v2/{project_id}/training-job-flavors). */
const QList<FlavorShape> &training();
/** Node flavors of dedicated pools (GET /v1/{project_id}/resourceflavors). */
const QList<FlavorShape> &poolNodes();
/** Notebook flavors (GET /v1/{project_id}/notebooks/flavors). */
const QList<FlavorShape> &notebook();
/** The single node of the built-in "local" pool: this computer's CPUs and memory. */
const FlavorShape &local();

/** Any flavor by id, across all lists; nullptr when unknown. */
const FlavorShape *find(const QString &id);

inline const QString kLocalPool = QStringLiteral("local");
} // namespace flavors
} // namespace ma::server
