#pragma once

// Upgrade Driver of a dedicated pool (pools_monitoring.md §4.2, console §3.3.3): the driver type,
// instances and current version, the target version (the current one aligns nodes that carry
// another), the upgrade mode (secure or forcible) and the rolling switch, by node percentage or
// by instance quantity. The choice becomes the PATCH of P-4: spec.driver {gpuVersion|npuVersion,
// updateStrategy} and the rolling setting as api::pools::kDriverRollingAnnotation.

#include "api/types/pool.h"

#include <memory>
#include <optional>
#include <QDialog>
#include <QStringList>

namespace Ui
{
class PoolDriverUpgradeDialog;
}

namespace ma::ui
{
class PoolDriverUpgradeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolDriverUpgradeDialog)

public:
    /** What the dialog shows about the pool. */
    struct Input
    {
        QString poolName; // display name
        QString kind; // "gpu" or "npu"
        int instances = 0;
        QString currentVersion; // the pool's (status.driver.<kind>.version)
        QStringList nodeVersions; // each node's driver version, as the Nodes tab shows them
    };

    enum class Rolling
    {
        Off, // every node at once
        Percentage,
        Count,
    };

    struct Choice
    {
        QString version;
        bool force = false;
        Rolling rolling = Rolling::Off;
        int value = 0; // percentage or node count
    };

    explicit PoolDriverUpgradeDialog(const Input &input, QWidget *parent = nullptr);

    /**
     * What the dialog shows for @p pool whose nodes carry @p nodeVersions (one per node, empty
     * when unknown); nothing when the pool has no GPU or NPU driver.
     */
    static std::optional<Input> inputFor(const api::Pool &pool, const QStringList &nodeVersions);
    ~PoolDriverUpgradeDialog() override;

    /**
     * Driver versions offered as targets for @p kind, oldest first, with @p current among them.
     * The console's list comes from an API that is not published; these are the versions of
     * the driver images modelarts-local's flavors carry.
     */
    static QStringList versionsFor(const QString &kind, const QString &current);

    Choice choice() const;
    void setTargetVersion(const QString &version);
    void setForcible(bool force);
    void setRolling(Rolling rolling, int value = 0);
    /** Nodes upgraded at a time with the current choice. */
    int batchSize() const;

    /** The rule broken by the choice, shown under it; empty when it can be sent. */
    QString message() const { return m_message; }

    /** The PATCH body (P-4) that starts @p choice on a pool whose driver is of @p kind. */
    static api::PoolPatch patchFor(const QString &kind, const Choice &choice);
    /** The confirmation naming what will happen. */
    static QString confirmation(const Input &input, const Choice &choice);

    /** Runs the dialog; the choice, or nothing when canceled. */
    static std::optional<Choice> ask(QWidget *parent, const Input &input);

private:
    void update();

    std::unique_ptr<Ui::PoolDriverUpgradeDialog> m_ui;
    Input m_input;
    QString m_message;
};
} // namespace ma::ui
