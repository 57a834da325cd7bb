#pragma once

// What the user has entered in "Buy AI Dedicated Cluster" (pools_monitoring.md §1.1, Table
// 3-1), independent of widgets: the form edits a PoolDraft, poolformvalidator checks it field
// by field, and the draft converts to the P-1 create body (POST /v2/{project_id}/pools).
// Drafts are saved as JSON (DraftStore) so an unfinished form survives a restart.

#include "api/types/pool.h"
#include "models/trainingjobdraft.h" // KeyValue (tags)

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ma::models
{
/** @brief One extra container data disk ("Add Container Data Disk", §1.1 row 19). */
struct PoolDataDisk
{
    QString volumeType = QStringLiteral("SSD");
    int sizeGiB = 100;
    int count = 1;
    bool operator==(const PoolDataDisk &) const = default;
};

/** @brief One flavor of the pool (§1.1 rows 10-23): specification, instances, AZ split. */
struct PoolFlavorRow
{
    QString flavorId;
    int count = 1;
    QMap<QString, int> azCounts; // AZ -> instances, used when the AZ allocation is manual
    int haRedundantCount = 0; // HA redundant instances (Snt9C flavors only, row 28)
    bool operator==(const PoolFlavorRow &) const = default;

    /** Instances of this flavor: the count, or with manual AZs the sum of the AZ counts. */
    int instances(bool manualAz) const;
};

struct PoolDraft
{
    enum class Billing
    {
        PayPerUse,
        YearlyMonthly,
    };
    enum class PoolType
    {
        Physical,
        Logical,
    };

    // Billing Mode (row 1) and Required Duration (rows 32-33)
    Billing billing = Billing::PayPerUse;
    int durationMonths = 1; // 1-9 months, or 12/24/36 for 1-3 years
    bool autoRenew = false;

    // Cluster Specifications (rows 2-5)
    QString name;
    PoolType poolType = PoolType::Physical;
    QStringList jobTypes = { QStringLiteral("Train") }; // API scope words: Train, Infer, Notebook

    // Network (rows 8-9)
    QString network; // the network's metadata.name
    bool ipv6 = false;

    // Default Setting (rows 10-23)
    QString cpuArch = QStringLiteral("x86"); // x86 | arm64
    QString instanceType = QStringLiteral("CPU"); // CPU | GPU | Ascend: filters the flavor lists
    QList<PoolFlavorRow> flavors = { PoolFlavorRow() };
    bool manualAz = false; // AZ: Automatically allocated / Specifies AZ
    bool advancedNode = false; // Advanced Node Configuration
    QString os; // operating system name
    bool storage = false; // Storage Configuration
    QString systemDiskType = QStringLiteral("SSD");
    int systemDiskGiB = 100;
    QString containerDiskType = QStringLiteral("SSD");
    int containerDiskGiB = 500;
    QList<PoolDataDisk> dataDisks;
    int containerEngineGiB = 50; // Container Engine Space Size, >= 50
    bool stripedWriteMode = false; // Write Mode: Linear (default) or Stripe (row 22)

    // Resource scheduling and allocation (rows 24-25)
    bool customDriver = false;
    QString driverVersion;

    // Enabling HA redundancy (rows 26-28)
    bool haRedundancy = false;

    // Advanced Options (rows 29-31)
    QString description;
    QList<KeyValue> tags;
    bool customCidr = false;
    QString containerCidr; // K8S Container Network
    QString serviceCidr; // Kubernetes Service CIDR Block

    bool operator==(const PoolDraft &) const = default;

    /** Total instances over every flavor row. */
    int totalInstances() const;

    /** Saved-draft JSON (all fields; not an API body). */
    api::Json toJson() const;
    /** Missing or malformed keys keep the defaults. */
    static PoolDraft fromJson(const api::Json &json);

    /**
     * The P-1 create body. Only what the form shows for the current choices is sent; tags are
     * not part of it (they follow with POST /v1/{project_id}/pools/{name}/tags/create).
     * @p gpuDriver tells whether the driver version is a GPU (else an Ascend NPU) version.
     */
    api::Pool toCreateRequest(const QString &workspaceId, bool gpuDriver) const;
    /** The tags as the pool tag API takes them. */
    api::PoolTagList tagList() const;
};

/** Annotation keys of the create body (api.md §2.4 Pool metadata.annotations; Terraform's billing keys). */
inline constexpr const char *kPoolBillingModeAnnotation = "os.modelarts/billing.mode";
inline constexpr const char *kPoolPeriodTypeAnnotation = "os.modelarts/period.type";
inline constexpr const char *kPoolPeriodNumAnnotation = "os.modelarts/period.num";
inline constexpr const char *kPoolAutoRenewAnnotation = "os.modelarts/auto.renew";
} // namespace ma::models
