#include "pooldriverupgradedialog.h"

#include "api/poolrequests.h"
#include "ui_pooldriverupgradedialog.h"

#include <QPushButton>

namespace ma::ui
{
namespace
{
QString kindText(const QString &kind)
{
    return kind.toUpper(); // "GPU", "NPU": the same in every language
}

/** Versions seen on nodes other than @p version, each once, in order. */
QStringList otherVersions(const QStringList &nodeVersions, const QString &version)
{
    QStringList out;
    for (const QString &v : nodeVersions)
        if (!v.isEmpty() && v != version && !out.contains(v))
            out << v;
    return out;
}
} // namespace

PoolDriverUpgradeDialog::PoolDriverUpgradeDialog(const Input &input, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PoolDriverUpgradeDialog>())
    , m_input(input)
{
    m_ui->setupUi(this);
    m_ui->intro->setText(tr("Upgrade the %1 driver of the nodes of the pool <b>%2</b>. Nodes added later may carry "
                            "another version: choosing the current version aligns them.")
                             .arg(kindText(input.kind), input.poolName.toHtmlEscaped()));
    m_ui->kindValue->setText(kindText(input.kind));
    m_ui->instancesValue->setText(QString::number(input.instances));
    const QStringList others = otherVersions(input.nodeVersions, input.currentVersion);
    int differing = 0;
    for (const QString &v : input.nodeVersions)
        if (!v.isEmpty() && v != input.currentVersion)
            ++differing;
    m_ui->currentValue->setText(others.isEmpty()
            ? input.currentVersion
            : tr("%1 (%2 of the nodes run %3)", "current version (nodes on other versions)")
                  .arg(input.currentVersion)
                  .arg(differing)
                  .arg(others.join(QStringLiteral(", "))));
    m_ui->targetCombo->addItems(versionsFor(input.kind, input.currentVersion));
    // The newest version by default, as an upgrade usually wants it.
    m_ui->targetCombo->setCurrentIndex(m_ui->targetCombo->count() - 1);
    m_ui->rollingSpin->setEnabled(false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Upgrade"));

    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &PoolDriverUpgradeDialog::update);
    connect(m_ui->secureRadio, &QRadioButton::toggled, this, &PoolDriverUpgradeDialog::update);
    connect(m_ui->rollingCheck, &QCheckBox::toggled, this, &PoolDriverUpgradeDialog::update);
    connect(m_ui->percentageRadio, &QRadioButton::toggled, this,
        [this](bool percentage)
        {
            // Each way has its own range: 1-100 % of the instances, or 1 to every instance.
            const QSignalBlocker block(m_ui->rollingSpin);
            if (percentage)
            {
                m_ui->rollingSpin->setRange(1, 100);
                m_ui->rollingSpin->setSuffix(QStringLiteral(" %"));
                m_ui->rollingSpin->setValue(20);
            }
            else
            {
                m_ui->rollingSpin->setRange(1, std::max(1, m_input.instances));
                m_ui->rollingSpin->setSuffix(QString());
                m_ui->rollingSpin->setValue(1);
            }
            update();
        });
    connect(m_ui->rollingSpin, &QSpinBox::valueChanged, this, &PoolDriverUpgradeDialog::update);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->rollingSpin->setRange(1, 100);
    m_ui->rollingSpin->setSuffix(QStringLiteral(" %"));
    m_ui->rollingSpin->setValue(20);
    update();
}

PoolDriverUpgradeDialog::~PoolDriverUpgradeDialog() = default;

std::optional<PoolDriverUpgradeDialog::Input> PoolDriverUpgradeDialog::inputFor(
    const api::Pool &pool, const QStringList &nodeVersions)
{
    if (!pool.status || !pool.status->driver)
        return std::nullopt;
    const api::PoolDriverStatus &driver = *pool.status->driver;
    const bool gpu = driver.gpu && !driver.gpu->version.value_or(QString()).isEmpty();
    const bool npu = driver.npu && !driver.npu->version.value_or(QString()).isEmpty();
    if (!gpu && !npu)
        return std::nullopt;
    Input input;
    input.poolName = api::poolDisplayName(pool);
    input.kind = gpu ? QStringLiteral("gpu") : QStringLiteral("npu");
    input.currentVersion = (gpu ? driver.gpu : driver.npu)->version.value_or(QString());
    input.instances = int(nodeVersions.size());
    input.nodeVersions = nodeVersions;
    return input;
}

QStringList PoolDriverUpgradeDialog::versionsFor(const QString &kind, const QString &current)
{
    QStringList versions = kind == u"npu"
        ? QStringList { QStringLiteral("23.0.rc3"), QStringLiteral("23.0.6"), QStringLiteral("24.1.rc2"),
              QStringLiteral("24.1.0") }
        : QStringList { QStringLiteral("470.57.02"), QStringLiteral("515.65.01"), QStringLiteral("525.105.17"),
              QStringLiteral("535.54.03"), QStringLiteral("535.129.03"), QStringLiteral("550.54.15") };
    if (!current.isEmpty() && !versions.contains(current))
        versions.prepend(current);
    return versions;
}

PoolDriverUpgradeDialog::Choice PoolDriverUpgradeDialog::choice() const
{
    Choice c;
    c.version = m_ui->targetCombo->currentText();
    c.force = m_ui->forcibleRadio->isChecked();
    if (m_ui->rollingCheck->isChecked())
    {
        c.rolling = m_ui->percentageRadio->isChecked() ? Rolling::Percentage : Rolling::Count;
        c.value = m_ui->rollingSpin->value();
    }
    return c;
}

void PoolDriverUpgradeDialog::setTargetVersion(const QString &version)
{
    m_ui->targetCombo->setCurrentText(version);
}

void PoolDriverUpgradeDialog::setForcible(bool force)
{
    (force ? m_ui->forcibleRadio : m_ui->secureRadio)->setChecked(true);
}

void PoolDriverUpgradeDialog::setRolling(Rolling rolling, int value)
{
    m_ui->rollingCheck->setChecked(rolling != Rolling::Off);
    if (rolling == Rolling::Off)
        return;
    (rolling == Rolling::Percentage ? m_ui->percentageRadio : m_ui->countRadio)->setChecked(true);
    if (value > 0)
        m_ui->rollingSpin->setValue(value);
}

namespace
{
int batchOf(const PoolDriverUpgradeDialog::Choice &c, int instances)
{
    const int all = std::max(1, instances);
    switch (c.rolling)
    {
    case PoolDriverUpgradeDialog::Rolling::Percentage:
        return std::max(1, (all * c.value + 99) / 100); // percentage × instances, rounded up
    case PoolDriverUpgradeDialog::Rolling::Count:
        return std::clamp(c.value, 1, all);
    case PoolDriverUpgradeDialog::Rolling::Off:
        break;
    }
    return all;
}
} // namespace

int PoolDriverUpgradeDialog::batchSize() const
{
    return batchOf(choice(), m_input.instances);
}

void PoolDriverUpgradeDialog::update()
{
    const Choice c = choice();
    m_ui->modeNote->setText(c.force
            ? tr("Forcible upgrade: nodes are upgraded right away, whatever runs on them; running jobs may fail. "
                 "Instances are taken in any order.")
            : tr("Secure upgrade: nodes are isolated (no new jobs) and each is upgraded once its jobs have finished. "
                 "This may take a long time; running services are not affected. Instances without services are "
                 "upgraded first."));
    const bool rolling = c.rolling != Rolling::Off;
    m_ui->percentageRadio->setEnabled(rolling);
    m_ui->countRadio->setEnabled(rolling);
    m_ui->rollingSpin->setEnabled(rolling);
    const int batch = batchSize();
    if (!rolling)
        m_ui->rollingNote->setText(tr("Off: every node is upgraded at the same time."));
    else if (c.rolling == Rolling::Percentage)
        m_ui->rollingNote->setText(tr("Each batch is the percentage × the instances: %1 of %2 nodes at a time.")
                                       .arg(batch)
                                       .arg(m_input.instances));
    else
        m_ui->rollingNote->setText(
            tr("Each batch is the number entered: %1 of %2 nodes at a time.").arg(batch).arg(m_input.instances));

    m_message.clear();
    if (c.version.isEmpty())
        m_message = tr("Choose a target version.");
    else if (c.version == m_input.currentVersion && otherVersions(m_input.nodeVersions, c.version).isEmpty())
        m_message = tr("Every node already runs driver %1; choose another version.").arg(c.version);
    m_ui->message->setText(m_message);
    m_ui->message->setVisible(!m_message.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message.isEmpty());
}

api::PoolPatch PoolDriverUpgradeDialog::patchFor(const QString &kind, const Choice &choice)
{
    api::PoolDriver driver;
    (kind == u"npu" ? driver.npuVersion : driver.gpuVersion) = choice.version;
    driver.updateStrategy = choice.force ? QStringLiteral("force") : QStringLiteral("idle");
    api::PoolPatch patch;
    patch.spec = api::PoolPatchSpec();
    patch.spec->driver = driver;
    // Rolling off is every node at once: 100 % per batch.
    const QString rolling = choice.rolling == Rolling::Off ? QStringLiteral("percentage:100")
        : choice.rolling == Rolling::Percentage            ? QStringLiteral("percentage:%1").arg(choice.value)
                                                           : QStringLiteral("count:%1").arg(choice.value);
    patch.metadata = api::K8sObjectMeta();
    patch.metadata->annotations = api::StringMap { { api::pools::kDriverRollingAnnotation, rolling } };
    return patch;
}

QString PoolDriverUpgradeDialog::confirmation(const Input &input, const Choice &choice)
{
    const QString question = choice.version == input.currentVersion
        ? tr("Align the %1 driver of every node of the pool “%2” to %3?")
              .arg(kindText(input.kind), input.poolName, choice.version)
        : tr("Upgrade the %1 driver of the pool “%2” from %3 to %4?")
              .arg(kindText(input.kind), input.poolName, input.currentVersion, choice.version);
    const QString mode = choice.force
        ? tr("Forcible upgrade: nodes are upgraded right away and jobs running on them may fail.")
        : tr("Secure upgrade: each node is upgraded once its jobs have finished; running services are not affected.");
    const int batch = batchOf(choice, input.instances);
    const QString pace = choice.rolling == Rolling::Off || batch >= input.instances
        ? tr("Every node is upgraded at the same time.")
        : tr("Rolling: %1 of %2 nodes at a time.").arg(batch).arg(input.instances);
    return question + QStringLiteral("\n\n") + mode + u' ' + pace + QStringLiteral("\n\n")
        + tr("Nodes cannot be restarted or reset until the upgrade is done.");
}

std::optional<PoolDriverUpgradeDialog::Choice> PoolDriverUpgradeDialog::ask(QWidget *parent, const Input &input)
{
    PoolDriverUpgradeDialog dialog(input, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.message().isEmpty())
        return std::nullopt;
    return dialog.choice();
}
} // namespace ma::ui
