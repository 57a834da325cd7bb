#include "trainingcatalog.h"

namespace ma::server::trainingcatalog
{
namespace
{
std::string s(const QString &text)
{
    return text.toStdString();
}

QString gib(qint64 mib)
{
    return QStringLiteral("%1GB").arg(mib / 1024);
}
} // namespace

const FlavorShape *publicFlavor(const QString &flavorId, bool *isFreeVariant)
{
    if (isFreeVariant)
        *isFreeVariant = false;
    for (const FlavorShape &f : flavors::training())
    {
        if (f.id == flavorId)
            return &f;
    }
    // The API reference creates its example job on "modelarts.p3.large.public.free", the
    // free-of-charge variant of a public flavor: accept "<public flavor>.free".
    static const QString suffix = QStringLiteral(".free");
    if (flavorId.endsWith(suffix))
    {
        const QString base = flavorId.chopped(suffix.size());
        for (const FlavorShape &f : flavors::training())
        {
            if (f.id == base)
            {
                if (isFreeVariant)
                    *isFreeVariant = true;
                return &f;
            }
        }
    }
    return nullptr;
}

QString flavorName(const FlavorShape &shape)
{
    if (shape.id == flavors::local().id)
        return shape.displayName;
    if (shape.gpuCount > 0)
        return QStringLiteral("Computing GPU(%1) instance").arg(shape.gpuProduct.section(u'-', 1));
    if (shape.npuCount > 0)
        return QStringLiteral("Computing Ascend(%1) instance").arg(shape.npuProduct.section(u'-', 1));
    return QStringLiteral("Computing CPU(%1U) instance").arg(shape.cpuCores);
}

Json flavorInfo(const FlavorShape &shape)
{
    Json info = Json::object();
    info["max_num"] = shape.maxNodes;
    info["cpu"] = { { "arch", s(shape.cpuArch) }, { "core_num", shape.cpuCores } };
    if (shape.gpuCount > 0)
    {
        info["gpu"] = { { "unit_num", shape.gpuCount }, { "product_name", s(shape.gpuProduct) },
            { "memory", s(gib(shape.gpuMemoryMiB)) } };
    }
    if (shape.npuCount > 0)
    {
        // Documented as a string (api.md T2-11).
        info["npu"] = { { "unit_num", s(QString::number(shape.npuCount)) }, { "product_name", s(shape.npuProduct) },
            { "memory", s(gib(shape.npuMemoryMiB)) } };
    }
    info["memory"] = { { "size", static_cast<int>(shape.memoryMiB / 1024) }, { "unit", "GB" } };
    info["disk"] = { { "size", shape.diskGiB }, { "unit", "GB" } };
    return info;
}

Json flavorDetail(const FlavorShape &shape, const QString &billingCode)
{
    Json detail = Json::object();
    detail["flavor_type"] = s(shape.type);
    detail["billing"] = { { "code", s(billingCode.isEmpty() ? shape.billingCode : billingCode) }, { "unit_num", 1 } };
    detail["flavor_info"] = flavorInfo(shape);
    return detail;
}

Json trainingFlavor(const FlavorShape &shape)
{
    Json f = Json::object();
    f["flavor_id"] = s(shape.id);
    f["flavor_name"] = s(flavorName(shape));
    f["max_num"] = shape.maxNodes;
    f["flavor_type"] = s(shape.type);
    f["billing"] = { { "code", s(shape.billingCode) }, { "unit_num", 1 } };
    f["flavor_info"] = flavorInfo(shape);
    Json attributes = Json::object();
    if (shape.free)
        attributes["is_free"] = "true";
    f["attributes"] = attributes;
    return f;
}

const QList<Engine> &engines()
{
    static const QList<Engine> list = {
        { QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64"), QStringLiteral("PyTorch"),
            QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64"), false, QStringLiteral("1000"),
            QStringLiteral("aip/pytorch_2_1:train"), QStringLiteral("aip/pytorch_2_1:train"),
            QStringLiteral("pytorch_2.1.0-cuda_11.8-py_3.9-ubuntu_20.04-x86_64-20231020101545-5d4e3a2") },
        { QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"), QStringLiteral("PyTorch"),
            QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64"), false, QStringLiteral("1102"),
            QStringLiteral("aip/pytorch_1_8:train"), QStringLiteral("aip/pytorch_1_8:train"),
            QStringLiteral("pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64-20210912152543-1e0838d") },
        { QStringLiteral("pytorch-cp36-1.4.0-v2"), QStringLiteral("PyTorch"),
            QStringLiteral("PyTorch-1.4.0-python3.6-v2"), true, QString(),
            QStringLiteral("modelarts-job-dev-image/pytorch-cpu-cp36:1.4.0"),
            QStringLiteral("modelarts-job-dev-image/pytorch-gpu-cuda10-cp36:1.4.0"), QStringLiteral("3.2.1") },
        { QStringLiteral("tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64"), QStringLiteral("TensorFlow"),
            QStringLiteral("tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64"), false, QStringLiteral("1102"),
            QStringLiteral("aip/tensorflow_2_1:train"), QStringLiteral("aip/tensorflow_2_1:train"),
            QStringLiteral("tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64-20210912152543-1e0838d") },
        { QStringLiteral("tensorflow-cp36-1.13.1"), QStringLiteral("TensorFlow"), QStringLiteral("TF-1.13.1-python3.6"),
            true, QString(), QStringLiteral("modelarts-job-dev-image/tensorflow-cpu-cp36:1.13.1"),
            QStringLiteral("modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36:1.13.1"), QStringLiteral("3.2.1") },
        { QStringLiteral("horovod-cp36-tf-1.16.2"), QStringLiteral("Horovod"),
            QStringLiteral("0.16.2-TF-1.13.1-python3.6"), true, QString(),
            QStringLiteral("modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1"),
            QStringLiteral("modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1"),
            QStringLiteral("3.2.1") },
        { QStringLiteral("mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64"), QStringLiteral("MindSpore"),
            QStringLiteral("mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64"), false, QStringLiteral("1000"),
            QStringLiteral("aip/mindspore_1_7_0:train"), QStringLiteral("aip/mindspore_1_7_0:train"),
            QStringLiteral("mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64-20220702120711-9d2b7f1") },
        { QStringLiteral("mindspore_2.2.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b"), QStringLiteral("MindSpore"),
            QStringLiteral("mindspore_2.2.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b"), false,
            QStringLiteral("1000"), QStringLiteral("aip/mindspore_2_2_ascend:train"), QString(),
            QStringLiteral("mindspore_2.2.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b-20231107190844-1a2b3c4") },
        { QStringLiteral("ascend-pytorch_2.1.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b"),
            QStringLiteral("Ascend-Powered-Engine"),
            QStringLiteral("pytorch_2.1.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b"), false, QStringLiteral("1000"),
            QStringLiteral("aip/pytorch_2_1_ascend:train"), QString(),
            QStringLiteral("pytorch_2.1.0-cann_7.0.0-py_3.9-euler_2.10.7-aarch64-snt9b-20231107190844-5e6f7a8") },
        { QStringLiteral("xgboost-sklearn-python3.6"), QStringLiteral("XGBoost-Sklearn"),
            QStringLiteral("XGBoost-0.80-Sklearn-0.18.1-python3.6"), true, QString(),
            QStringLiteral("modelarts-job-dev-image/python-train-py36:secure"), QString(),
            QStringLiteral("2.0.10-20211101113705") },
    };
    return list;
}

const Engine *findEngine(const QString &id, const QString &name, const QString &version)
{
    for (const Engine &e : engines())
    {
        if (!id.isEmpty() && e.id == id)
            return &e;
        if (id.isEmpty() && !name.isEmpty() && e.name.compare(name, Qt::CaseInsensitive) == 0
            && (version.isEmpty() || e.version == version))
            return &e;
    }
    return nullptr;
}

Json engineJson(const Engine &engine)
{
    Json e = Json::object();
    e["engine_id"] = s(engine.id);
    e["engine_name"] = s(engine.name);
    e["engine_version"] = s(engine.version);
    e["v1_compatible"] = engine.v1Compatible;
    e["run_user"] = s(engine.runUser);
    e["image_info"] = { { "cpu_image_url", s(engine.cpuImage) }, { "gpu_image_url", s(engine.gpuImage) },
        { "image_version", s(engine.imageVersion) } };
    return e;
}

const QList<V1Engine> &v1Engines()
{
    static const QList<V1Engine> list = {
        { 1, 1, QStringLiteral("TensorFlow"), QStringLiteral("TF-1.13.1-python3.6"),
            QStringLiteral("tensorflow-cp36-1.13.1") },
        { 2, 2, QStringLiteral("MXNet"), QStringLiteral("MXNet-1.2.1-python3.6"), QString() },
        { 3, 3, QStringLiteral("Caffe"), QStringLiteral("Caffe-1.0.0-python2.7"), QString() },
        { 4, 4, QStringLiteral("Spark_MLlib"), QStringLiteral("Spark-2.3.2-python3.6"), QString() },
        { 5, 5, QStringLiteral("Ray"), QStringLiteral("RAY-0.7.4-python3.6"), QString() },
        { 6, 6, QStringLiteral("XGBoost-Sklearn"), QStringLiteral("XGBoost-0.80-Sklearn-0.18.1-python3.6"),
            QStringLiteral("xgboost-sklearn-python3.6") },
        { 7, 9, QStringLiteral("PyTorch"), QStringLiteral("PyTorch-1.4.0-python3.6"),
            QStringLiteral("pytorch-cp36-1.4.0-v2") },
        { 8, 10, QStringLiteral("MindSpore-GPU"), QStringLiteral("MindSpore-1.7.0-python3.7"),
            QStringLiteral("mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_1804-x86_64") },
    };
    return list;
}

const V1Engine *findV1Engine(qint64 id)
{
    for (const V1Engine &e : v1Engines())
    {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const FlavorShape *v1Spec(qint64 specId)
{
    const QList<FlavorShape> &list = flavors::training();
    if (specId < 1 || specId > list.size())
        return nullptr;
    return &list.at(static_cast<qsizetype>(specId - 1));
}

qint64 v1SpecId(const QString &flavorId)
{
    const QList<FlavorShape> &list = flavors::training();
    for (qsizetype i = 0; i < list.size(); ++i)
    {
        if (list.at(i).id == flavorId)
            return i + 1;
    }
    return 0;
}

Json v1SpecJson(qint64 specId, const FlavorShape &shape)
{
    Json spec = Json::object();
    spec["spec_id"] = specId;
    spec["core"] = s(QString::number(shape.cpuCores));
    spec["cpu"] = s(QString::number(shape.memoryMiB / 1024));
    spec["gpu_num"] = shape.gpuCount;
    spec["gpu_type"] = s(shape.gpuProduct.section(u'-', 1));
    spec["spec_code"] = s(shape.id);
    spec["unit_num"] = 1;
    spec["max_num"] = shape.maxNodes;
    spec["storage"] = "";
    spec["interface_type"] = 1;
    spec["no_resource"] = false;
    return spec;
}

int v1StatusCode(const QString &phase)
{
    static const QList<QPair<QString, int>> codes = {
        { QStringLiteral("Creating"), 1 },
        { QStringLiteral("Pending"), 7 },
        { QStringLiteral("Running"), 8 },
        { QStringLiteral("Terminating"), 9 },
        { QStringLiteral("Completed"), 10 },
        { QStringLiteral("Failed"), 11 },
        { QStringLiteral("Terminated"), 12 },
        { QStringLiteral("Abnormal"), 14 },
    };
    for (const auto &[name, code] : codes)
    {
        if (name == phase)
            return code;
    }
    return 0;
}
} // namespace ma::server::trainingcatalog
