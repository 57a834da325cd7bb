// The Create Training Job rules (training.md §1.8, §1.9, §7) on drafts: every rule with a
// valid and an invalid value at its boundaries, comparing the exact message, field and row;
// rules of hidden fields not applied; form order; warnings do not block submit.

#include "models/trainingjobvalidator.h"

#include <functional>
#include <QtTest>

using namespace ma;
using models::DataChannel;
using models::DraftField;
using models::DraftIssue;
using models::KeyValue;
using models::SfsTurboMount;
using models::TrainingJobDraft;
using models::ValidationContext;

using Mutation = std::function<void(TrainingJobDraft &, ValidationContext &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(ma::models::DraftField)

namespace
{
DataChannel obsChannel(const QString &name, const QString &path)
{
    DataChannel c;
    c.name = name;
    c.obsPath = path;
    return c;
}

/** A valid preset-image draft on the public pool. */
TrainingJobDraft presetBase()
{
    TrainingJobDraft d;
    d.name = QStringLiteral("resnet-train_01");
    d.engineName = QStringLiteral("PyTorch");
    d.engineVersion = QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64");
    d.codeDir = QStringLiteral("obs://bucket/code/");
    d.bootFile = QStringLiteral("obs://bucket/code/train.py");
    d.inputs = { obsChannel(QStringLiteral("data_url"), QStringLiteral("obs://bucket/data/")) };
    d.outputs = { obsChannel(QStringLiteral("train_url"), QStringLiteral("obs://bucket/out/")) };
    d.resourceType = QStringLiteral("GPU");
    d.flavorId = QStringLiteral("modelarts.vm.gpu.p100");
    d.logPath = QStringLiteral("obs://bucket/logs/");
    return d;
}

void toCustomImage(TrainingJobDraft &d)
{
    d.bootMode = TrainingJobDraft::BootMode::CustomImage;
    d.image = QStringLiteral("team/trainer:1.0");
    d.bootCommand = QStringLiteral("python ${MA_JOB_DIR}/code/train.py");
    d.codeDir.clear();
}

void toDedicated(TrainingJobDraft &d)
{
    d.dedicatedPool = true;
    d.poolId = QStringLiteral("pool-a1b2");
}

QList<KeyValue> rows(int count, const QString &prefix)
{
    QList<KeyValue> out;
    for (int i = 0; i < count; ++i)
        out.append({ prefix + QString::number(i), QStringLiteral("v") });
    return out;
}

QList<SfsTurboMount> mounts(int count)
{
    QList<SfsTurboMount> out;
    for (int i = 0; i < count; ++i)
    {
        SfsTurboMount m;
        m.fileSystem = QStringLiteral("sfs-turbo-1");
        m.mountPath = QStringLiteral("/mnt/data%1").arg(i);
        out.append(m);
    }
    return out;
}

QString describe(const QList<DraftIssue> &issues)
{
    QStringList parts;
    for (const DraftIssue &i : issues)
        parts << QStringLiteral("[field %1 row %2%3] %4")
                     .arg(int(i.field))
                     .arg(i.row)
                     .arg(i.warning ? QStringLiteral(" warning") : QString(), i.message);
    return parts.join(u'\n');
}

const QString kLength = QStringLiteral("Enter 1 to 64 characters.");
const QString kCharset = QStringLiteral("Only letters, digits, hyphens (-), and underscores (_) are allowed.");
} // namespace

class TestTrainingJobValidator : public QObject
{
    Q_OBJECT

private slots:
    void baseDraftsAreValid();
    void rules_data();
    void rules();
    void hiddenFieldsAreNotChecked();
    void issuesComeInFormOrder();
    void warningsDoNotBlockSubmit();
};

void TestTrainingJobValidator::baseDraftsAreValid()
{
    QCOMPARE(describe(models::validateDraft(presetBase())), QString());
    TrainingJobDraft image = presetBase();
    toCustomImage(image);
    QCOMPARE(describe(models::validateDraft(image)), QString());
    toDedicated(image);
    image.userId = QStringLiteral("0");
    QCOMPARE(describe(models::validateDraft(image)), QString());
    TrainingJobDraft mine = presetBase();
    mine.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    mine.algorithmId = QStringLiteral("algo-1");
    QCOMPARE(describe(models::validateDraft(mine)), QString());
    QVERIFY(models::isSubmittable(models::validateDraft(presetBase())));
}

void TestTrainingJobValidator::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<DraftField>("field");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("message"); // empty: the field has no issue
    QTest::addColumn<bool>("warning");

    const auto ok = [](const char *tag, DraftField field, Mutation m)
    {
        QTest::newRow(tag) << m << field << -1 << QString() << false;
    };
    const auto bad = [](const char *tag, DraftField field, int row, const QString &message, Mutation m)
    {
        QTest::newRow(tag) << m << field << row << message << false;
    };
    using D = TrainingJobDraft;
    using C = ValidationContext;

    // Name
    bad("name 0 chars", DraftField::Name, -1, kLength, [](D &d, C &) { d.name.clear(); });
    ok("name 1 char", DraftField::Name, [](D &d, C &) { d.name = QStringLiteral("a"); });
    ok("name 64 chars", DraftField::Name, [](D &d, C &) { d.name = QString(64, u'x'); });
    bad("name 65 chars", DraftField::Name, -1, kLength, [](D &d, C &) { d.name = QString(65, u'x'); });
    bad("name with space", DraftField::Name, -1, kCharset, [](D &d, C &) { d.name = QStringLiteral("my job"); });
    bad("name with dot", DraftField::Name, -1, kCharset, [](D &d, C &) { d.name = QStringLiteral("v1.2"); });
    bad("name duplicate", DraftField::Name, -1, QStringLiteral("A training job with this name already exists."),
        [](D &d, C &c) {
            c.existingJobNames = { QStringLiteral("other"), d.name };
        });
    ok("name differs in case", DraftField::Name, [](D &d, C &c) { c.existingJobNames = { d.name.toUpper() }; });

    // Description
    ok("description 256", DraftField::Description, [](D &d, C &) { d.description = QString(256, u'd'); });
    bad("description 257", DraftField::Description, -1, QStringLiteral("Enter up to 256 characters."),
        [](D &d, C &) { d.description = QString(257, u'd'); });

    // Hyperparameter search (My algorithm with the block on): metric, algorithms, parameters, ranges.
    const auto searching = [](D &d, C &c)
    {
        d.algorithmType = D::AlgorithmType::MyAlgorithm;
        d.algorithmId = QStringLiteral("algo-1");
        d.autoSearch.enabled = true;
        d.autoSearch.metric = QStringLiteral("accuracy");
        d.autoSearch.algorithms = { QStringLiteral("bayes_opt_search") };
        d.autoSearch.parameters = { { QStringLiteral("num_samples"), QStringLiteral("10") },
            { QStringLiteral("kind"), QStringLiteral("ucb") } };
        d.autoSearch.ranges = { { QStringLiteral("lr"), QStringLiteral("0.001"), QStringLiteral("0.1") } };
        api::AlgorithmParameter lr;
        lr.name = QStringLiteral("lr");
        api::ParameterConstraint floatType;
        floatType.type = QStringLiteral("Float");
        lr.constraint = floatType;
        api::AlgorithmParameter epochs;
        epochs.name = QStringLiteral("epochs");
        api::ParameterConstraint intType;
        intType.type = QStringLiteral("Integer");
        epochs.constraint = intType;
        c.algorithmParameters = { lr, epochs };
    };
    const auto search = [searching](void (*more)(D &, C &))
    {
        return Mutation(
            [searching, more](D &d, C &c)
            {
                searching(d, c);
                more(d, c);
            });
    };
    ok("search complete", DraftField::AutoSearchRanges, search([](D &, C &) {}));
    ok("search off: nothing checked", DraftField::AutoSearchMetric,
        search(
            [](D &d, C &)
            {
                d.autoSearch.enabled = false;
                d.autoSearch.metric.clear();
            }));
    bad("search metric empty", DraftField::AutoSearchMetric, -1,
        QStringLiteral("Enter the metric the code prints, for example accuracy."),
        search([](D &d, C &) { d.autoSearch.metric = QStringLiteral("  "); }));
    bad("search no algorithm", DraftField::AutoSearchAlgorithms, -1,
        QStringLiteral("Choose at least one search algorithm."),
        search([](D &d, C &) { d.autoSearch.algorithms.clear(); }));
    bad("search unknown algorithm", DraftField::AutoSearchAlgorithms, -1,
        QStringLiteral("grid is not a search algorithm of ModelArts."),
        search([](D &d, C &) { d.autoSearch.algorithms << QStringLiteral("grid"); }));
    bad("search num_samples not whole", DraftField::AutoSearchParameters, 0,
        QStringLiteral("num_samples is a whole number."),
        search([](D &d, C &) { d.autoSearch.parameters[0].value = QStringLiteral("1.5"); }));
    QTest::newRow("search num_samples 30 warns")
        << search([](D &d, C &) { d.autoSearch.parameters[0].value = QStringLiteral("30"); })
        << DraftField::AutoSearchParameters << 0
        << QStringLiteral("Recommended: 10 to 20. More samples take longer and find better values.") << true;
    bad("search kind unknown", DraftField::AutoSearchParameters, 1, QStringLiteral("kind is ucb, ei or poi."),
        search([](D &d, C &) { d.autoSearch.parameters[1].value = QStringLiteral("best"); }));
    bad("search gamma outside 0..1", DraftField::AutoSearchParameters, 2, QStringLiteral("gamma is between 0 and 1."),
        search(
            [](D &d, C &) {
                d.autoSearch.parameters.append({ QStringLiteral("gamma"), QStringLiteral("1.5") });
            }));
    bad("search parameter without value", DraftField::AutoSearchParameters, 2, QStringLiteral("Enter a value."),
        search(
            [](D &d, C &) {
                d.autoSearch.parameters.append({ QStringLiteral("seed"), QString() });
            }));
    bad("search range reversed", DraftField::AutoSearchRanges, 0,
        QStringLiteral("The lower bound must be less than the upper bound."),
        search([](D &d, C &) { d.autoSearch.ranges[0].lower = QStringLiteral("0.5"); }));
    bad("search range not a number", DraftField::AutoSearchRanges, 0,
        QStringLiteral("Enter the lower and the upper bound as numbers."),
        search([](D &d, C &) { d.autoSearch.ranges[0].upper = QStringLiteral("high"); }));
    bad("search integer hyperparameter", DraftField::AutoSearchRanges, 0,
        QStringLiteral("Only Float hyperparameters can be searched."),
        search([](D &d, C &) { d.autoSearch.ranges[0].name = QStringLiteral("epochs"); }));
    bad("search without ranges", DraftField::AutoSearchRanges, -1,
        QStringLiteral("The algorithm defines no hyperparameter to search."),
        search([](D &d, C &) { d.autoSearch.ranges.clear(); }));

    // My subscription: both ids, as AI Gallery shows them.
    const auto subscribed = [](D &d, C &)
    {
        d.algorithmType = D::AlgorithmType::MySubscription;
        d.subscriptionId = QStringLiteral("sub-1");
        d.itemVersionId = QStringLiteral("ver-1");
    };
    ok("subscription complete", DraftField::SubscriptionId, subscribed);
    bad("subscription id empty", DraftField::SubscriptionId, -1, QStringLiteral("Enter the subscription ID."),
        [subscribed](D &d, C &c)
        {
            subscribed(d, c);
            d.subscriptionId = QStringLiteral(" ");
        });
    bad("subscription id with space", DraftField::SubscriptionId, -1,
        QStringLiteral("Enter the ID as AI Gallery shows it."),
        [subscribed](D &d, C &c)
        {
            subscribed(d, c);
            d.subscriptionId = QStringLiteral("sub 1");
        });
    bad("version id empty", DraftField::ItemVersionId, -1, QStringLiteral("Enter the version ID."),
        [subscribed](D &d, C &c)
        {
            subscribed(d, c);
            d.itemVersionId.clear();
        });

    // Algorithm
    bad("my algorithm without id", DraftField::AlgorithmId, -1, QStringLiteral("Select an algorithm."),
        [](D &d, C &) { d.algorithmType = D::AlgorithmType::MyAlgorithm; });
    ok("my algorithm with id", DraftField::AlgorithmId,
        [](D &d, C &)
        {
            d.algorithmType = D::AlgorithmType::MyAlgorithm;
            d.algorithmId = QStringLiteral("a");
        });
    bad("engine missing", DraftField::Engine, -1, QStringLiteral("Select an engine."),
        [](D &d, C &) { d.engineName.clear(); });
    bad("engine version missing", DraftField::EngineVersion, -1, QStringLiteral("Select an engine version."),
        [](D &d, C &) { d.engineVersion.clear(); });
    bad("Customize without image", DraftField::Image, -1, QStringLiteral("Enter or select an image."),
        [](D &d, C &) { d.engineVersion = D::customizeVersion(); });
    ok("Customize with image", DraftField::Image,
        [](D &d, C &)
        {
            d.engineVersion = D::customizeVersion();
            d.image = QStringLiteral("team/pytorch:2.1.0-cuda");
        });
    ok("image hidden for a preset version", DraftField::Image, [](D &d, C &) { d.image = QStringLiteral("bad"); });
    bad("custom image without image", DraftField::Image, -1, QStringLiteral("Enter or select an image."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image.clear();
        });
    bad("image with domain", DraftField::Image, -1,
        QStringLiteral("Enter the image path without the domain name. The system adds it."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image = QStringLiteral("swr.cn-north-4.myhuaweicloud.com/team/trainer:1.0");
        });
    bad("image with registry port", DraftField::Image, -1,
        QStringLiteral("Enter the image path without the domain name. The system adds it."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image = QStringLiteral("127.0.0.1:5000/team/trainer:1.0");
        });
    bad("image without tag", DraftField::Image, -1,
        QStringLiteral("Enter the image path in the format Organization name/Image name:Version name."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image = QStringLiteral("team/trainer");
        });
    bad("image without organization", DraftField::Image, -1,
        QStringLiteral("Enter the image path in the format Organization name/Image name:Version name."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image = QStringLiteral("trainer:1.0");
        });
    ok("image nested name", DraftField::Image,
        [](D &d, C &)
        {
            toCustomImage(d);
            d.image = QStringLiteral("team/cv/trainer:v1.0_rc");
        });
    bad("code dir missing", DraftField::CodeDir, -1, QStringLiteral("Select a code directory."),
        [](D &d, C &) { d.codeDir.clear(); });
    // Code Source = SFS: the code folder as the container sees the SFS mount (sent as file://).
    bad("SFS code dir missing", DraftField::CodeDir, -1, QStringLiteral("Enter the code folder in SFS."),
        [](D &d, C &)
        {
            d.codeSource = D::CodeSource::Sfs;
            d.codeDir.clear();
        });
    bad("SFS code dir not absolute", DraftField::CodeDir, -1,
        QStringLiteral("Enter an absolute path, for example /mnt/sfs_turbo/code/."),
        [](D &d, C &)
        {
            d.codeSource = D::CodeSource::Sfs;
            d.codeDir = QStringLiteral("obs://bucket/code/");
        });
    ok("SFS code dir", DraftField::CodeDir,
        [](D &d, C &)
        {
            d.codeSource = D::CodeSource::Sfs;
            d.codeDir = QStringLiteral("/mnt/sfs_turbo/code/");
        });
    bad("code dir not OBS", DraftField::CodeDir, -1,
        QStringLiteral("Enter an OBS folder path, for example obs://bucket/code/."),
        [](D &d, C &) { d.codeDir = QStringLiteral("/bucket/code/"); });
    bad("code dir not a folder", DraftField::CodeDir, -1,
        QStringLiteral("Enter an OBS folder path, for example obs://bucket/code/."),
        [](D &d, C &) { d.codeDir = QStringLiteral("obs://bucket/code"); });
    ok("code dir optional for custom image", DraftField::CodeDir, [](D &d, C &) { toCustomImage(d); });
    bad("custom image code dir not OBS", DraftField::CodeDir, -1,
        QStringLiteral("Enter an OBS folder path, for example obs://bucket/code/."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.codeDir = QStringLiteral("code/");
        });
    bad("boot file missing", DraftField::BootFile, -1, QStringLiteral("Select a boot file."),
        [](D &d, C &) { d.bootFile.clear(); });
    bad("boot file not python", DraftField::BootFile, -1, QStringLiteral("The boot file must be a Python file (.py)."),
        [](D &d, C &) { d.bootFile = QStringLiteral("obs://bucket/code/run.sh"); });
    bad("boot file outside code dir", DraftField::BootFile, -1,
        QStringLiteral("The boot file must be in the code directory."),
        [](D &d, C &) { d.bootFile = QStringLiteral("obs://bucket/other/train.py"); });
    bad("boot file is the code dir", DraftField::BootFile, -1,
        QStringLiteral("The boot file must be in the code directory."),
        [](D &d, C &) { d.bootFile = QStringLiteral("obs://bucket/code/.py"); });
    ok("boot file in a sub folder", DraftField::BootFile,
        [](D &d, C &) { d.bootFile = QStringLiteral("obs://bucket/code/src/main.py"); });
    ok("boot file on SFS", DraftField::BootFile,
        [](D &d, C &)
        {
            d.codeSource = D::CodeSource::Sfs;
            d.bootFile = QStringLiteral("/mnt/sfs/code/train.py");
        });
    bad("boot command missing", DraftField::BootCommand, -1, QStringLiteral("Enter a boot command."),
        [](D &d, C &)
        {
            toCustomImage(d);
            d.bootCommand = QStringLiteral("  ");
        });

    // User ID (custom image)
    const QString publicUid = QStringLiteral("Enter an integer from 1000 to 65535.");
    const QString dedicatedUid = QStringLiteral("Enter an integer from 0 to 65535.");
    const auto uid = [](const char *value, bool dedicated)
    {
        return Mutation(
            [value, dedicated](D &d, C &)
            {
                toCustomImage(d);
                if (dedicated)
                    toDedicated(d);
                d.userId = QString::fromLatin1(value);
            });
    };
    bad("uid 999 public", DraftField::UserId, -1, publicUid, uid("999", false));
    ok("uid 1000 public", DraftField::UserId, uid("1000", false));
    ok("uid 65535 public", DraftField::UserId, uid("65535", false));
    bad("uid 65536 public", DraftField::UserId, -1, publicUid, uid("65536", false));
    bad("uid 0 public", DraftField::UserId, -1, publicUid, uid("0", false));
    ok("uid 0 dedicated", DraftField::UserId, uid("0", true));
    ok("uid 65535 dedicated", DraftField::UserId, uid("65535", true));
    bad("uid 65536 dedicated", DraftField::UserId, -1, dedicatedUid, uid("65536", true));
    bad("uid -1 dedicated", DraftField::UserId, -1, dedicatedUid, uid("-1", true));
    bad("uid not a number", DraftField::UserId, -1, publicUid, uid("1e3", false));
    ok("uid empty", DraftField::UserId, uid("", false));
    ok("uid hidden for preset image", DraftField::UserId, [](D &d, C &) { d.userId = QStringLiteral("1"); });
    bad("local code dir relative", DraftField::LocalCodeDir, -1,
        QStringLiteral("Enter an absolute path, for example /home/ma-user/modelarts/user-job-dir."),
        [](D &d, C &) { d.localCodeDir = QStringLiteral("user-job-dir"); });
    bad("work dir relative", DraftField::WorkDir, -1,
        QStringLiteral("Enter an absolute path, for example /home/ma-user/modelarts/user-job-dir."),
        [](D &d, C &) { d.workDir = QStringLiteral("code"); });

    // Input and output channels
    bad("input name empty", DraftField::Inputs, 0, QStringLiteral("Enter a parameter name."),
        [](D &d, C &) { d.inputs[0].name.clear(); });
    bad("input name charset", DraftField::Inputs, 0, kCharset,
        [](D &d, C &) { d.inputs[0].name = QStringLiteral("data url"); });
    bad("input name 65", DraftField::Inputs, 0, kLength, [](D &d, C &) { d.inputs[0].name = QString(65, u'n'); });
    bad("input names unique", DraftField::Inputs, 1, QStringLiteral("Parameter names must be unique."),
        [](D &d, C &) { d.inputs.append(d.inputs[0]); });
    bad("output name used by input", DraftField::Outputs, 0, QStringLiteral("Parameter names must be unique."),
        [](D &d, C &) { d.outputs[0].name = d.inputs[0].name; });
    bad("input path missing", DraftField::Inputs, 0, QStringLiteral("Select a data path."),
        [](D &d, C &) { d.inputs[0].obsPath.clear(); });
    bad("input path not OBS", DraftField::Inputs, 0,
        QStringLiteral("Enter an OBS path, for example obs://bucket/data/."),
        [](D &d, C &) { d.inputs[0].obsPath = QStringLiteral("/bucket/data/"); });
    bad("input path without bucket", DraftField::Inputs, 0,
        QStringLiteral("Enter an OBS path, for example obs://bucket/data/."),
        [](D &d, C &) { d.inputs[0].obsPath = QStringLiteral("obs:///data/"); });
    ok("input file path", DraftField::Inputs,
        [](D &d, C &) { d.inputs[0].obsPath = QStringLiteral("obs://bucket/data/train.csv"); });
    bad("input dataset missing", DraftField::Inputs, 0, QStringLiteral("Select a dataset."),
        [](D &d, C &) { d.inputs[0].source = DataChannel::Source::Dataset; });
    bad("input dataset without version", DraftField::Inputs, 0, QStringLiteral("Select a dataset version."),
        [](D &d, C &)
        {
            d.inputs[0].source = DataChannel::Source::Dataset;
            d.inputs[0].datasetId = QStringLiteral("ds");
        });
    ok("input dataset", DraftField::Inputs,
        [](D &d, C &)
        {
            d.inputs[0].source = DataChannel::Source::Dataset;
            d.inputs[0].datasetId = QStringLiteral("ds");
            d.inputs[0].datasetVersionId = QStringLiteral("v");
        });
    bad("output dataset", DraftField::Outputs, 0, QStringLiteral("Outputs can only be saved to OBS."),
        [](D &d, C &) { d.outputs[0].source = DataChannel::Source::Dataset; });
    bad("second output path missing", DraftField::Outputs, 1, QStringLiteral("Select a data path."),
        [](D &d, C &) { d.outputs.append(obsChannel(QStringLiteral("model_url"), QString())); });

    // Hyperparameters
    ok("100 hyperparameters", DraftField::Hyperparameters,
        [](D &d, C &) { d.hyperparameters = rows(100, QStringLiteral("p")); });
    bad("101 hyperparameters", DraftField::Hyperparameters, -1,
        QStringLiteral("You can add up to 100 hyperparameters."),
        [](D &d, C &) { d.hyperparameters = rows(101, QStringLiteral("p")); });
    bad("hyperparameter without name", DraftField::Hyperparameters, 0, QStringLiteral("Enter a name."),
        [](D &d, C &) {
            d.hyperparameters = { { QString(), QStringLiteral("1") } };
        });
    bad("hyperparameter name charset", DraftField::Hyperparameters, 0, kCharset,
        [](D &d, C &) {
            d.hyperparameters = { { QStringLiteral("learning rate"), QStringLiteral("1") } };
        });
    bad("hyperparameter name 65", DraftField::Hyperparameters, 0, kLength,
        [](D &d, C &) {
            d.hyperparameters = { { QString(65, u'h'), QStringLiteral("1") } };
        });
    bad("hyperparameter duplicate", DraftField::Hyperparameters, 2,
        QStringLiteral("This hyperparameter already exists."),
        [](D &d, C &)
        {
            d.hyperparameters = rows(2, QStringLiteral("p"));
            d.hyperparameters.append({ QStringLiteral("p0"), QStringLiteral("2") });
        });

    // Environment variables
    ok("100 environment variables", DraftField::Environment,
        [](D &d, C &) { d.environment = rows(100, QStringLiteral("VAR_")); });
    bad("101 environment variables", DraftField::Environment, -1,
        QStringLiteral("You can add up to 100 environment variables."),
        [](D &d, C &) { d.environment = rows(101, QStringLiteral("VAR_")); });
    bad("environment variable without name", DraftField::Environment, 0, QStringLiteral("Enter a name."),
        [](D &d, C &) {
            d.environment = { { QString(), QStringLiteral("1") } };
        });
    bad("environment variable name starts with digit", DraftField::Environment, 0,
        QStringLiteral(
            "Only letters, digits, and underscores (_) are allowed, and the name cannot start with a digit."),
        [](D &d, C &) {
            d.environment = { { QStringLiteral("1VAR"), QStringLiteral("1") } };
        });
    bad("environment variable name with $", DraftField::Environment, 0,
        QStringLiteral(
            "Only letters, digits, and underscores (_) are allowed, and the name cannot start with a digit."),
        [](D &d, C &) {
            d.environment = { { QStringLiteral("$HOME"), QStringLiteral("1") } };
        });
    bad("environment variable duplicate", DraftField::Environment, 1,
        QStringLiteral("This environment variable already exists."),
        [](D &d, C &) {
            d.environment = { { QStringLiteral("A"), QString() }, { QStringLiteral("A"), QString() } };
        });
    QTest::newRow("environment variable MA_ is a warning")
        << Mutation(
               [](D &d, C &) {
                   d.environment = { { QStringLiteral("MA_HANG_DETECT_TIME"), QStringLiteral("60") } };
               })
        << DraftField::Environment << 0
        << QStringLiteral("Names starting with MA_ may conflict with system environment variables.") << true;
    ok("environment variable MAX_ is fine", DraftField::Environment,
        [](D &d, C &) {
            d.environment = { { QStringLiteral("MAX_STEPS"), QStringLiteral("60") } };
        });

    // Auto restart
    const auto restart = [](int count, bool on = true)
    {
        return Mutation(
            [count, on](D &d, C &)
            {
                d.autoRestart = on;
                d.restartCount = count;
            });
    };
    const QString restartMessage = QStringLiteral("Enter an integer from 1 to 128.");
    bad("restart 0", DraftField::RestartCount, -1, restartMessage, restart(0));
    ok("restart 1", DraftField::RestartCount, restart(1));
    ok("restart 128", DraftField::RestartCount, restart(128));
    bad("restart 129", DraftField::RestartCount, -1, restartMessage, restart(129));
    ok("restart 0 while off", DraftField::RestartCount, restart(0, false));

    // Resource
    bad("public without resource type", DraftField::ResourceType, -1, QStringLiteral("Select a resource type."),
        [](D &d, C &) { d.resourceType.clear(); });
    ok("dedicated needs no resource type", DraftField::ResourceType,
        [](D &d, C &)
        {
            toDedicated(d);
            d.resourceType.clear();
        });
    bad("dedicated without pool", DraftField::Pool, -1, QStringLiteral("Select a resource pool."),
        [](D &d, C &)
        {
            toDedicated(d);
            d.poolId.clear();
        });
    bad("no flavor", DraftField::Flavor, -1, QStringLiteral("Select a specification."),
        [](D &d, C &) { d.flavorId.clear(); });
    bad("0 nodes", DraftField::NodeCount, -1, QStringLiteral("Enter an integer greater than or equal to 1."),
        [](D &d, C &) { d.nodeCount = 0; });
    ok("1 node", DraftField::NodeCount, [](D &d, C &) { d.nodeCount = 1; });
    ok("max nodes", DraftField::NodeCount,
        [](D &d, C &c)
        {
            d.nodeCount = 4;
            c.maxNodeCount = 4;
        });
    bad("max nodes + 1", DraftField::NodeCount, -1, QStringLiteral("Enter an integer from 1 to 4."),
        [](D &d, C &c)
        {
            d.nodeCount = 5;
            c.maxNodeCount = 4;
        });
    bad("0 nodes with known max", DraftField::NodeCount, -1, QStringLiteral("Enter an integer from 1 to 4."),
        [](D &d, C &c)
        {
            d.nodeCount = 0;
            c.maxNodeCount = 4;
        });
    const auto priority = [](int value, bool permission)
    {
        return Mutation(
            [value, permission](D &d, C &c)
            {
                toDedicated(d);
                d.priority = value;
                c.mayUseHighestPriority = permission;
            });
    };
    const QString priorityRange = QStringLiteral("Select a priority from 1 to 3.");
    bad("priority 0", DraftField::Priority, -1, priorityRange, priority(0, true));
    ok("priority 1", DraftField::Priority, priority(1, false));
    ok("priority 2", DraftField::Priority, priority(2, false));
    bad("priority 3 without permission", DraftField::Priority, -1,
        QStringLiteral("Priority 3 requires the modelarts:trainJob:setHighPriority permission."), priority(3, false));
    ok("priority 3 with permission", DraftField::Priority, priority(3, true));
    bad("priority 4", DraftField::Priority, -1, priorityRange, priority(4, true));
    ok("priority hidden on the public pool", DraftField::Priority, [](D &d, C &) { d.priority = 3; });

    // SFS Turbo
    const auto sfs = [](std::function<void(QList<SfsTurboMount> &)> edit)
    {
        return Mutation(
            [edit](D &d, C &)
            {
                toDedicated(d);
                d.sfsTurbo = mounts(2);
                edit(d.sfsTurbo);
            });
    };
    ok("5 mounts", DraftField::SfsTurbo, sfs([](QList<SfsTurboMount> &m) { m = mounts(5); }));
    bad("6 mounts", DraftField::SfsTurbo, -1, QStringLiteral("You can add up to 5 mount configurations."),
        sfs([](QList<SfsTurboMount> &m) { m = mounts(6); }));
    ok("6 mounts hidden on the public pool", DraftField::SfsTurbo, [](D &d, C &) { d.sfsTurbo = mounts(6); });
    bad("mount without file system", DraftField::SfsTurbo, 1, QStringLiteral("Select a file system."),
        sfs([](QList<SfsTurboMount> &m) { m[1].fileSystem.clear(); }));
    bad("mount path missing", DraftField::SfsTurbo, 0, QStringLiteral("Enter a mount path."),
        sfs([](QList<SfsTurboMount> &m) { m[0].mountPath.clear(); }));
    bad("mount path relative", DraftField::SfsTurbo, 0, QStringLiteral("Enter an absolute path."),
        sfs([](QList<SfsTurboMount> &m) { m[0].mountPath = QStringLiteral("mnt/data"); }));
    const QString reserved = QStringLiteral("This path is reserved by the system. Use another mount path.");
    bad("mount path /", DraftField::SfsTurbo, 0, reserved,
        sfs([](QList<SfsTurboMount> &m) { m[0].mountPath = QStringLiteral("/"); }));
    bad("mount path /cache", DraftField::SfsTurbo, 0, reserved,
        sfs([](QList<SfsTurboMount> &m) { m[0].mountPath = QStringLiteral("/cache"); }));
    bad("mount path /cache/", DraftField::SfsTurbo, 0, reserved,
        sfs([](QList<SfsTurboMount> &m) { m[0].mountPath = QStringLiteral("/cache/"); }));
    bad("mount path /home/ma-user/modelarts", DraftField::SfsTurbo, 1, reserved,
        sfs([](QList<SfsTurboMount> &m) { m[1].mountPath = QStringLiteral("/home/ma-user/modelarts"); }));
    bad("mount path inside /home/ma-user/modelarts", DraftField::SfsTurbo, 1, reserved,
        sfs([](QList<SfsTurboMount> &m) { m[1].mountPath = QStringLiteral("/home/ma-user/modelarts/data"); }));
    ok("mount path /home/ma-user/work", DraftField::SfsTurbo,
        sfs([](QList<SfsTurboMount> &m) { m[1].mountPath = QStringLiteral("/home/ma-user/work"); }));
    ok("mount path /cache2", DraftField::SfsTurbo,
        sfs([](QList<SfsTurboMount> &m) { m[1].mountPath = QStringLiteral("/cache2"); }));
    bad("mount paths distinct", DraftField::SfsTurbo, 1, QStringLiteral("Each mount path can be used only once."),
        sfs([](QList<SfsTurboMount> &m) { m[1].mountPath = m[0].mountPath + u'/'; }));
    ok("same file system twice", DraftField::SfsTurbo,
        sfs([](QList<SfsTurboMount> &m) { m[1].fileSystem = m[0].fileSystem; }));

    // Job log path
    bad("log path missing", DraftField::LogPath, -1, QStringLiteral("Select a job log path."),
        [](D &d, C &) { d.logPath.clear(); });
    ok("log path missing, persistent log off", DraftField::LogPath,
        [](D &d, C &)
        {
            d.logPath.clear();
            d.persistentLog = false;
        });
    ok("log path missing on Ascend", DraftField::LogPath,
        [](D &d, C &c)
        {
            d.logPath.clear();
            c.flavorType = QStringLiteral("Ascend");
        });
    bad("log path missing on CPU", DraftField::LogPath, -1, QStringLiteral("Select a job log path."),
        [](D &d, C &c)
        {
            d.logPath.clear();
            c.flavorType = QStringLiteral("CPU");
        });
    ok("log path on Ascend", DraftField::LogPath, [](D &, C &c) { c.flavorType = QStringLiteral("Ascend"); });
    bad("log path not a folder", DraftField::LogPath, -1,
        QStringLiteral("Enter an OBS folder path, for example obs://bucket/logs/."),
        [](D &d, C &) { d.logPath = QStringLiteral("obs://bucket/logs"); });

    // Event notification
    const auto notify = [](const char *topic, QStringList events, const char *flavorType)
    {
        return Mutation(
            [topic, events, flavorType](D &d, C &c)
            {
                d.notification = true;
                d.topicUrn = QString::fromLatin1(topic);
                d.notificationEvents = events;
                c.flavorType = QString::fromLatin1(flavorType);
            });
    };
    const QStringList started { QStringLiteral("JobStarted") };
    const QStringList hanged { QStringLiteral("JobFailed"), QStringLiteral("JobHanged") };
    bad("notification without topic", DraftField::NotificationTopic, -1, QStringLiteral("Select a topic."),
        notify("", started, ""));
    ok("notification with topic", DraftField::NotificationTopic, notify("urn:smn:r:p:t", started, ""));
    bad("notification without events", DraftField::NotificationEvents, -1, QStringLiteral("Select at least one event."),
        notify("urn:smn:r:p:t", {}, ""));
    bad("JobHanged on CPU", DraftField::NotificationEvents, -1,
        QStringLiteral("JobHanged is available only for GPU and Ascend jobs."), notify("urn:smn:r:p:t", hanged, "CPU"));
    ok("JobHanged on GPU", DraftField::NotificationEvents, notify("urn:smn:r:p:t", hanged, "GPU"));
    ok("JobHanged on Ascend", DraftField::NotificationEvents, notify("urn:smn:r:p:t", hanged, "Ascend"));
    ok("notification off", DraftField::NotificationTopic, [](D &d, C &) { d.notificationEvents.clear(); });

    // Auto stop
    const auto stop = [](int hours)
    {
        return Mutation(
            [hours](D &d, C &)
            {
                d.autoStop = true;
                d.autoStopHours = hours;
            });
    };
    const QString stopMessage = QStringLiteral("Enter an integer from 1 to 720.");
    bad("auto stop 0", DraftField::AutoStopHours, -1, stopMessage, stop(0));
    ok("auto stop 1", DraftField::AutoStopHours, stop(1));
    ok("auto stop 720", DraftField::AutoStopHours, stop(720));
    bad("auto stop 721", DraftField::AutoStopHours, -1, stopMessage, stop(721));
    ok("auto stop 0 while off", DraftField::AutoStopHours, [](D &d, C &) { d.autoStopHours = 0; });

    // SSH trust
    const QString sshMessage = QStringLiteral("Enter an absolute path, for example /home/ma-user/.ssh.");
    ok("ssh key dir default", DraftField::SshKeyDir, [](D &d, C &) { d.sshTrust = true; });
    bad("ssh key dir empty", DraftField::SshKeyDir, -1, sshMessage,
        [](D &d, C &)
        {
            d.sshTrust = true;
            d.sshKeyDir.clear();
        });
    bad("ssh key dir relative", DraftField::SshKeyDir, -1, sshMessage,
        [](D &d, C &)
        {
            d.sshTrust = true;
            d.sshKeyDir = QStringLiteral(".ssh");
        });
    ok("ssh key dir ignored while off", DraftField::SshKeyDir, [](D &d, C &) { d.sshKeyDir.clear(); });

    // Tags
    ok("20 tags", DraftField::Tags, [](D &d, C &) { d.tags = rows(20, QStringLiteral("k")); });
    bad("21 tags", DraftField::Tags, -1, QStringLiteral("You can add up to 20 tags."),
        [](D &d, C &) { d.tags = rows(21, QStringLiteral("k")); });
    bad("tag without key", DraftField::Tags, 0, QStringLiteral("Enter a tag key."),
        [](D &d, C &) {
            d.tags = { { QString(), QStringLiteral("v") } };
        });
    bad("tag key 129", DraftField::Tags, 0, QStringLiteral("Enter 1 to 128 characters for the tag key."),
        [](D &d, C &) {
            d.tags = { { QString(129, u'k'), QString() } };
        });
    ok("tag key 128", DraftField::Tags, [](D &d, C &) { d.tags = { { QString(128, u'k'), QString(255, u'v') } }; });
    bad("tag value 256", DraftField::Tags, 0, QStringLiteral("Enter up to 255 characters for the tag value."),
        [](D &d, C &) {
            d.tags = { { QStringLiteral("k"), QString(256, u'v') } };
        });
    bad("tag key duplicate", DraftField::Tags, 1, QStringLiteral("This tag key already exists."),
        [](D &d, C &) {
            d.tags
                = { { QStringLiteral("team"), QStringLiteral("a") }, { QStringLiteral("team"), QStringLiteral("b") } };
        });
}

void TestTrainingJobValidator::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(DraftField, field);
    QFETCH(int, row);
    QFETCH(QString, message);
    QFETCH(bool, warning);

    TrainingJobDraft draft = presetBase();
    ValidationContext context;
    mutate(draft, context);
    const QList<DraftIssue> issues = models::validateField(draft, field, context);
    QList<DraftIssue> expected;
    if (!message.isEmpty())
        expected.append({ field, row, message, warning });
    QCOMPARE(describe(issues), describe(expected));
    QCOMPARE(issues, expected);

    // validateDraft holds the same issues for this field, and the submit decision follows them.
    QList<DraftIssue> ofField;
    const QList<DraftIssue> all = models::validateDraft(draft, context);
    for (const DraftIssue &i : all)
    {
        if (i.field == field)
            ofField.append(i);
    }
    QCOMPARE(ofField, issues);
    if (!message.isEmpty())
        QCOMPARE(models::isSubmittable(all), warning && all.size() == 1);
}

void TestTrainingJobValidator::hiddenFieldsAreNotChecked()
{
    // My algorithm: boot mode, image, code, boot file and command are hidden.
    TrainingJobDraft d = presetBase();
    d.algorithmType = TrainingJobDraft::AlgorithmType::MyAlgorithm;
    d.algorithmId = QStringLiteral("algo");
    d.engineName.clear();
    d.engineVersion = TrainingJobDraft::customizeVersion();
    d.codeDir = QStringLiteral("not-obs");
    d.bootFile = QStringLiteral("run.sh");
    d.userId = QStringLiteral("1");
    d.localCodeDir = QStringLiteral("relative");
    QCOMPARE(describe(models::validateDraft(d)), QString());

    // Code Source = SFS: the local code directory is hidden (no effect on a file:// code_dir);
    // the code directory is the SFS folder, which need not be an OBS path.
    d = presetBase();
    d.codeSource = TrainingJobDraft::CodeSource::Sfs;
    d.codeDir = QStringLiteral("/mnt/sfs/");
    d.localCodeDir = QStringLiteral("relative");
    d.bootFile = QStringLiteral("/mnt/sfs/train.py");
    QCOMPARE(describe(models::validateDraft(d)), QString());

    // Switches off: their settings are not checked.
    d = presetBase();
    d.persistentLog = false;
    d.logPath = QStringLiteral("bad");
    d.notification = false;
    d.topicUrn.clear();
    d.autoStop = false;
    d.autoStopHours = 9999;
    d.autoRestart = false;
    d.restartCount = -5;
    d.sshTrust = false;
    d.sshKeyDir = QStringLiteral("relative");
    QCOMPARE(describe(models::validateDraft(d)), QString());
}

void TestTrainingJobValidator::issuesComeInFormOrder()
{
    TrainingJobDraft d = presetBase();
    d.name.clear();
    d.tags = rows(21, QStringLiteral("k"));
    d.flavorId.clear();
    d.inputs[0].obsPath.clear();
    d.bootFile.clear();
    d.autoStop = true;
    d.autoStopHours = 0;
    const QList<DraftIssue> issues = models::validateDraft(d);
    QList<DraftField> fields;
    for (const DraftIssue &i : issues)
        fields << i.field;
    const QList<DraftField> expected { DraftField::Name, DraftField::BootFile, DraftField::Inputs, DraftField::Flavor,
        DraftField::AutoStopHours, DraftField::Tags };
    QCOMPARE(fields, expected);
    QVERIFY(!models::isSubmittable(issues));
}

void TestTrainingJobValidator::warningsDoNotBlockSubmit()
{
    TrainingJobDraft d = presetBase();
    d.environment = { { QStringLiteral("MA_SKIP_IMAGE_DETECT"), QStringLiteral("0") },
        { QStringLiteral("MA_RUN_METHOD"), QStringLiteral("torchrun") } };
    const QList<DraftIssue> issues = models::validateDraft(d);
    QCOMPARE(issues.size(), 2);
    QVERIFY(issues[0].warning && issues[1].warning);
    QCOMPARE(issues[1].row, 1);
    QVERIFY(models::isSubmittable(issues));
    QVERIFY(models::isSubmittable({}));
    d.name.clear();
    QVERIFY(!models::isSubmittable(models::validateDraft(d)));
}

QTEST_GUILESS_MAIN(TestTrainingJobValidator)
#include "tst_trainingjobvalidator.moc"
