#include "algorithmdetailspage.h"

#include "api/algorithmrequests.h"
#include "api/apiclient.h"
#include "api/typedcall.h"
#include "models/algorithmlistmodel.h"
#include "models/connection.h"
#include "ui/algorithms/algorithmpageids.h"
#include "ui/confirmation.h"
#include "ui/errorbanner.h"
#include "ui/training/trainingpageids.h"
#include "widgets/overviewpanel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
QString valueOf(const std::optional<QString> &v)
{
    return v.value_or(QString());
}

QString timeText(std::optional<qint64> ms)
{
    return ms && *ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

QString yesNo(bool value)
{
    return value ? AlgorithmDetailsPage::tr("Yes") : AlgorithmDetailsPage::tr("No");
}

/** "1 – 100", "a, b, c" or "—": the constraint of a hyperparameter as the console shows it. */
QString constraintText(const api::ParameterConstraint &c)
{
    const std::vector<QString> range = c.validRange.value_or(std::vector<QString>());
    if (range.empty())
        return AlgorithmDetailsPage::tr("—", "no constraint");
    const QString type = valueOf(c.validType);
    if (type.compare(u"Range", Qt::CaseInsensitive) == 0 && range.size() == 2)
        return AlgorithmDetailsPage::tr("%1 – %2", "lower and upper bound").arg(range[0], range[1]);
    QStringList values;
    for (const QString &v : range)
        values << v;
    return values.join(QStringLiteral(", "));
}

QString dataSourcesText(const api::AlgorithmInputSpec &in)
{
    QStringList kinds;
    for (const api::RemoteConstraint &c : in.remoteConstraints.value_or(std::vector<api::RemoteConstraint>()))
    {
        const QString type = valueOf(c.dataType);
        if (type == u"dataset")
            kinds << AlgorithmDetailsPage::tr("Dataset");
        else if (type == u"obs")
            kinds << AlgorithmDetailsPage::tr("Data path");
        else if (!type.isEmpty())
            kinds << type;
    }
    return kinds.isEmpty() ? AlgorithmDetailsPage::tr("Dataset or data path") : kinds.join(QStringLiteral(", "));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}
} // namespace

AlgorithmDetailsPage::AlgorithmDetailsPage(QWidget *parent)
    : ResourceDetailsPage(
        { tr("Algorithm Management"), tr("Back to the list of algorithms"), tr("Reload the algorithm") }, parent)
{
    setObjectName(QStringLiteral("algorithmDetailsPage"));
    m_createJob = addHeaderButton(tr("Create Training Job"), QStringLiteral("createJobButton"), QStyle::SP_MediaPlay,
        tr("Create a training job that runs this algorithm"));
    m_delete = addHeaderButton(
        tr("Delete"), QStringLiteral("deleteButton"), QStyle::SP_TrashIcon, tr("Delete this algorithm"));
    connect(m_createJob, &QPushButton::clicked, this, &AlgorithmDetailsPage::createJob);
    connect(m_delete, &QPushButton::clicked, this, &AlgorithmDetailsPage::deleteAlgorithm);

    m_basicGroup = overview()->addGroup(tr("Basic Information"));
    m_constraintGroup = overview()->addGroup(tr("Training Constraints"));

    m_inputs = makeTable(this, { tr("Name"), tr("Data Source"), tr("Description") }, QStringLiteral("inputsTable"));
    m_outputs = makeTable(this, { tr("Name"), tr("Description") }, QStringLiteral("outputsTable"));
    m_parameters = makeTable(this,
        { tr("Name"), tr("Type"), tr("Default"), tr("Constraint", "range or enumeration of a hyperparameter"),
            tr("Required"), tr("Editable"), tr("Description") },
        QStringLiteral("parametersTable"));
    const int widths[] = { 130, 70, 90, 110, 70, 70 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_parameters->setColumnWidth(c, widths[c]);
    m_inputs->setColumnWidth(0, 150);
    m_inputs->setColumnWidth(1, 160);
    m_outputs->setColumnWidth(0, 150);
    addTab(m_inputs, tr("Inputs"));
    addTab(m_outputs, tr("Outputs"));
    addTab(m_parameters, tr("Hyperparameters"));

    auto *autoSearchPage = new QWidget(this);
    auto *autoSearchLayout = new QVBoxLayout(autoSearchPage);
    m_autoSearch = new QLabel(autoSearchPage);
    m_autoSearch->setObjectName(QStringLiteral("autoSearchLabel"));
    m_autoSearch->setWordWrap(true);
    m_autoSearch->setTextFormat(Qt::PlainText);
    m_autoSearch->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_autoSearch->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    autoSearchLayout->addWidget(m_autoSearch);
    autoSearchLayout->addStretch();
    addTab(autoSearchPage, tr("Supported Policies"));

    connect(this, &ResourceDetailsPage::backRequested, this, [this] { emit navigationRequested(kAlgorithmsPageId); });
    connect(this, &AlgorithmDetailsPage::algorithmDeleted, this,
        [this] { emit navigationRequested(kAlgorithmsPageId, kReloadAlgorithmsArgument); });
    clear();
}

AlgorithmDetailsPage::~AlgorithmDetailsPage() = default;

QTableWidget *AlgorithmDetailsPage::makeTable(QWidget *parent, const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void AlgorithmDetailsPage::setConnection(models::Connection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    if (!m_id.isEmpty())
        showAlgorithm(m_id);
}

void AlgorithmDetailsPage::open(const QVariant &argument)
{
    const QString id = argument.toString();
    if (!id.isEmpty())
        showAlgorithm(id);
}

void AlgorithmDetailsPage::showAlgorithm(const QString &id)
{
    newGeneration();
    m_id = id;
    clear();
    refresh();
}

std::optional<ApiCallSource> AlgorithmDetailsPage::resourceCall() const
{
    if (!m_connection || m_id.isEmpty())
        return std::nullopt;
    return ApiCallSource { m_connection, api::algorithms::show(m_id) };
}

void AlgorithmDetailsPage::refresh()
{
    if (!m_connection || m_id.isEmpty())
        return;
    const quint64 sent = generation();
    api::whenDecoded<api::Algorithm>(m_connection->client()->send(api::algorithms::show(m_id)), this,
        [this, sent](const api::Typed<api::Algorithm> &result)
        {
            if (sent != generation())
                return;
            if (!result.ok())
            {
                reportError(result.error);
                updateActions();
                return;
            }
            banner()->dismiss();
            fill(result.value);
            emit algorithmLoaded();
        });
}

void AlgorithmDetailsPage::clear()
{
    m_algorithm.reset();
    setDisplayName(m_id.isEmpty() ? QString() : tr("Loading…"));
    overview()->setRows(m_basicGroup, {});
    overview()->setRows(m_constraintGroup, {});
    m_inputs->setRowCount(0);
    m_outputs->setRowCount(0);
    m_parameters->setRowCount(0);
    m_autoSearch->clear();
    updateActions();
}

void AlgorithmDetailsPage::fill(const api::Algorithm &algorithm)
{
    m_algorithm = algorithm;
    setDisplayName(algorithm.metadata.name);
    const api::AlgorithmJobConfig config = algorithm.jobConfig.value_or(api::AlgorithmJobConfig());
    const api::AlgorithmBootMode mode = api::algorithmBootMode(algorithm);
    const bool custom = mode == api::AlgorithmBootMode::CustomImage;

    QList<widgets::OverviewRow> basic;
    basic << widgets::OverviewRow { tr("Name"), algorithm.metadata.name };
    basic << widgets::OverviewRow { tr("ID"), valueOf(algorithm.metadata.id) };
    basic << widgets::OverviewRow { tr("Description"), valueOf(algorithm.metadata.description) };
    basic << widgets::OverviewRow { tr("Boot Mode"), models::AlgorithmListModel::bootModeText(mode) };
    basic << widgets::OverviewRow { custom ? tr("Custom image") : tr("Preset image"),
        models::AlgorithmListModel::imageText(algorithm) };
    basic << widgets::OverviewRow { tr("Code Directory"), valueOf(config.codeDir) };
    if (custom)
        basic << widgets::OverviewRow { tr("Boot Command"), valueOf(config.command) };
    else
        basic << widgets::OverviewRow { tr("Boot File"), valueOf(config.bootFile) };
    basic << widgets::OverviewRow { tr("Local Code Directory"), valueOf(config.localCodeDir) };
    basic << widgets::OverviewRow { tr("Work Directory"), valueOf(config.workingDir) };
    basic << widgets::OverviewRow { tr("Custom hyperparameters"),
        config.parametersCustomization.value_or(true) ? tr("Allowed") : tr("Not allowed") };
    basic << widgets::OverviewRow { tr("Created", "creation time"), timeText(algorithm.metadata.createTime) };
    overview()->setRows(m_basicGroup, basic);

    QList<widgets::OverviewRow> constraints;
    for (const api::ResourceRequirement &r :
        algorithm.resourceRequirements.value_or(std::vector<api::ResourceRequirement>()))
    {
        QStringList values;
        for (const QString &v : r.value.value_or(std::vector<QString>()))
            values << v;
        const QString key = valueOf(r.key);
        const QString label = key == u"flavor_type" ? tr("Resource Type")
            : key == u"device_distributed_mode"     ? tr("Multicard Training")
            : key == u"host_distributed_mode"       ? tr("Distributed Training")
                                                    : key;
        constraints << widgets::OverviewRow { label, values.join(QStringLiteral(", ")) };
    }
    if (constraints.isEmpty())
        constraints << widgets::OverviewRow { tr("Constraints"), tr("None") };
    overview()->setRows(m_constraintGroup, constraints);

    const auto inputs = config.inputs.value_or(std::vector<api::AlgorithmInputSpec>());
    m_inputs->setRowCount(int(inputs.size()));
    for (int i = 0; i < int(inputs.size()); ++i)
    {
        m_inputs->setItem(i, 0, cell(inputs[i].name));
        m_inputs->setItem(i, 1, cell(dataSourcesText(inputs[i])));
        m_inputs->setItem(i, 2, cell(valueOf(inputs[i].description)));
    }
    const auto outputs = config.outputs.value_or(std::vector<api::AlgorithmOutputSpec>());
    m_outputs->setRowCount(int(outputs.size()));
    for (int i = 0; i < int(outputs.size()); ++i)
    {
        m_outputs->setItem(i, 0, cell(outputs[i].name));
        m_outputs->setItem(i, 1, cell(valueOf(outputs[i].description)));
    }
    const auto parameters = config.parameters.value_or(std::vector<api::AlgorithmParameter>());
    m_parameters->setRowCount(int(parameters.size()));
    for (int i = 0; i < int(parameters.size()); ++i)
    {
        const api::AlgorithmParameter &p = parameters[i];
        const api::ParameterConstraint c = p.constraint.value_or(api::ParameterConstraint());
        m_parameters->setItem(i, 0, cell(p.name));
        m_parameters->setItem(i, 1, cell(valueOf(c.type).isEmpty() ? tr("String") : valueOf(c.type)));
        m_parameters->setItem(i, 2, cell(valueOf(p.value)));
        m_parameters->setItem(i, 3, cell(constraintText(c)));
        m_parameters->setItem(i, 4, cell(yesNo(c.required.value_or(false))));
        m_parameters->setItem(i, 5, cell(yesNo(c.editable.value_or(true))));
        m_parameters->setItem(i, 6, cell(valueOf(p.description)));
    }

    const std::optional<api::AutoSearchPolicy> autoSearch
        = algorithm.advancedConfig ? algorithm.advancedConfig->autoSearch : std::nullopt;
    if (!autoSearch)
    {
        m_autoSearch->setText(tr("This algorithm does not support auto search (no supported policy)."));
    }
    else
    {
        QStringList lines;
        lines << tr("Auto search (autoSearch)");
        for (const api::RewardAttr &r : autoSearch->rewardAttrs.value_or(std::vector<api::RewardAttr>()))
            lines << tr("Search indicator: %1 (%2)").arg(valueOf(r.name), valueOf(r.mode));
        for (const api::SearchParam &s : autoSearch->searchParams.value_or(std::vector<api::SearchParam>()))
        {
            const QString lower = s.lowerBound ? s.lowerBound->toString() : QString();
            const QString upper = s.upperBound ? s.upperBound->toString() : QString();
            lines << tr("Search parameter: %1 from %2 to %3").arg(valueOf(s.name), lower, upper);
        }
        for (const api::AlgoConfig &a : autoSearch->algoConfigs.value_or(std::vector<api::AlgoConfig>()))
            lines << tr("Search algorithm: %1").arg(valueOf(a.name));
        m_autoSearch->setText(lines.join(u'\n'));
    }
    updateActions();
}

void AlgorithmDetailsPage::updateActions()
{
    const bool ready = m_connection && m_algorithm.has_value();
    m_delete->setEnabled(ready);
    m_createJob->setEnabled(ready);
}

void AlgorithmDetailsPage::createJob()
{
    if (m_algorithm)
        emit navigationRequested(kCreateTrainingJobPageId, QVariant::fromValue(*m_algorithm));
}

void AlgorithmDetailsPage::deleteAlgorithm()
{
    if (!m_connection || !m_algorithm)
        return;
    if (!confirm(destructiveQuestion(DestructiveAction::Delete, algorithmNoun(), { m_algorithm->metadata.name },
            tr("Training jobs created from it keep running. Its code in OBS is not deleted."))))
        return;
    m_delete->setEnabled(false);
    const QString id = m_id;
    sendAction(m_connection->client()->send(api::algorithms::remove(id)),
        [this, id]
        {
            newGeneration();
            m_id.clear();
            clear();
            emit algorithmDeleted(id);
        });
}
} // namespace ma::ui
