#include "notebookcatalog.h"

namespace ma::server::notebookcatalog
{
namespace
{
// Build dates of the preset images (ms epoch); fixed so that replies are stable.
constexpr qint64 kX86ImagesCreatedMs = 1664150400000; // 2022-09-26
constexpr qint64 kArmImagesCreatedMs = 1716249600000; // 2024-05-21

struct ImageSpec
{
    const char *id;
    const char *name;
    const char *repository; // swr.{region}.myhuaweicloud.com/atelier/<repository>:<tag>
    const char *tag;
    const char *arch; // x86_64 | aarch64 (the published examples use lower case)
    QStringList categories; // CPU | GPU | ASCEND
    const char *description;
    qint64 sizeKb;
    qint64 createdMs;
};

api::NotebookImage makeImage(const ImageSpec &s)
{
    api::NotebookImage image;
    image.id = QString::fromLatin1(s.id);
    image.name = QString::fromLatin1(s.name);
    image.arch = QString::fromLatin1(s.arch);
    image.createAt = s.createdMs;
    image.updateAt = s.createdMs;
    image.description = QString::fromLatin1(s.description);
    image.devServices = std::vector<QString> { QStringLiteral("NOTEBOOK"), QStringLiteral("SSH") };
    image.namespace_ = QStringLiteral("atelier");
    image.resourceCategories = std::vector<QString>(s.categories.cbegin(), s.categories.cend());
    image.supportResCategories = image.resourceCategories;
    image.serviceType = QStringLiteral("COMMON");
    image.size = s.sizeKb;
    image.status = QStringLiteral("ACTIVE");
    image.swrPath = QStringLiteral("swr.local.myhuaweicloud.com/atelier/%1:%2")
                        .arg(QString::fromLatin1(s.repository), QString::fromLatin1(s.tag));
    image.tag = QString::fromLatin1(s.tag);
    image.type = QStringLiteral("BUILD_IN");
    image.visibility = QStringLiteral("PUBLIC");
    image.workspaceId = QStringLiteral("0");
    return image;
}

QList<api::NotebookImage> buildImages()
{
    const QString cpu = QStringLiteral("CPU");
    const QString gpu = QStringLiteral("GPU");
    const QString ascend = QStringLiteral("ASCEND");
    // The first two ids are the ones Huawei documents for these preset images (the API
    // reference and the Terraform provider use them), so published request bodies work here.
    const ImageSpec specs[] = {
        { "e1a07296-22a8-4f05-8bc8-e936c8e54090", "notebook2.0-mul-kernel-cpu-cp36", "notebook2.0-mul-kernel-cpu-cp36",
            "3.3.2-release_v1", "x86_64", { cpu },
            "Multi-kernel CPU image for general development: TensorFlow, PyTorch and MindSpore kernels, Python 3.6",
            4718592, kX86ImagesCreatedMs },
        { "278e88d1-5b71-4766-8502-b3ba72e824d9", "pytorch1.8-cuda10.2-cudnn7-ubuntu18.04", "pytorch_1_8",
            "pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64-20220926104358-041ba2e", "x86_64", { gpu, cpu },
            "CPU and GPU general algorithm development and training, preconfigured with AI engine PyTorch 1.8", 9437184,
            kX86ImagesCreatedMs },
        { "170f6c45-2566-43ef-9998-3ec9f58b190f", "tensorflow2.1-cuda10.1-cudnn7-ubuntu18.04", "tensorflow_2_1",
            "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64-20220926144607-041ba2e", "x86_64", { gpu, cpu },
            "CPU and GPU general algorithm development and training, preconfigured with AI engine TensorFlow 2.1",
            8388608, kX86ImagesCreatedMs },
        { "0117d4c8-4d9d-4333-b0f3-dbeb19a298e1", "mindspore1.7.0-py3.7-ubuntu18.04", "mindspore_1_7_0",
            "mindspore_1.7.0-cpu-py_3.7-ubuntu_18.04-x86_64-20220926104017-041ba2e", "x86_64", { cpu },
            "CPU algorithm development and training, preconfigured with AI engine MindSpore 1.7.0", 5242880,
            kX86ImagesCreatedMs },
        { "5d56ba62-8d52-4d66-a296-41446d2c9773", "mindspore1.7.0-cuda10.1-py3.7-ubuntu18.04", "mindspore_1_7_0",
            "mindspore_1.7.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64-20220926104017-041ba2e", "x86_64", { gpu },
            "GPU algorithm development and training, preconfigured with AI engine MindSpore-GPU 1.7.0", 8912896,
            kX86ImagesCreatedMs },
        { "209f7577-f3ae-48c8-91c0-b2124e3b8974", "conda3-ubuntu18.04", "user_defined_base",
            "ubuntu_18.04-x86_64-20221008154718-2b3e39c", "x86_64", { cpu },
            "Clean base image with Conda 3 on Ubuntu 18.04 for customization, no AI engine preinstalled", 2097152,
            kX86ImagesCreatedMs },
        { "7efabf0e-6dd8-4882-87e5-ebb83fbf77d3", "pytorch_2.1.0-cann_8.0.rc2-py_3.9-euler_2.10.7-aarch64-snt9b",
            "pytorch_2_1_0", "pytorch_2.1.0-cann_8.0.rc2-py_3.9-euler_2.10.7-aarch64-snt9b", "aarch64", { ascend },
            "Ascend development and training, preconfigured with PyTorch 2.1.0 and CANN 8.0.RC2 on EulerOS 2.10.7",
            15728640, kArmImagesCreatedMs },
        { "c70e375e-afa5-4efd-9a9f-838c73893f38", "mindspore_2.3.0-cann_8.0.rc2-py_3.9-euler_2.10.7-aarch64-snt9b",
            "mindspore_2_3_0", "mindspore_2.3.0-cann_8.0.rc2-py_3.9-euler_2.10.7-aarch64-snt9b", "aarch64", { ascend },
            "Ascend development and training, preconfigured with MindSpore 2.3.0 and CANN 8.0.RC2 on EulerOS 2.10.7",
            14680064, kArmImagesCreatedMs },
    };
    QList<api::NotebookImage> list;
    for (const ImageSpec &s : specs)
        list.append(makeImage(s));
    return list;
}

QString flavorDescription(const FlavorShape &shape)
{
    if (shape.free)
        return QStringLiteral("Free CPU flavor for getting started; limited to one instance at a time");
    if (shape.type == u"GPU")
        return QStringLiteral("GPU flavor for deep learning training, debugging and inference");
    if (shape.type == u"Ascend")
        return QStringLiteral("Ascend flavor for deep learning code running and debugging");
    if (shape.cpuCores <= 2)
        return QStringLiteral("General-purpose Intel CPU flavor, ideal for rapid data exploration and experiments");
    return QStringLiteral("General computing-plus Intel CPU flavor, ideal for compute-intensive applications");
}
} // namespace

const QList<api::NotebookImage> &images()
{
    static const QList<api::NotebookImage> list = buildImages();
    return list;
}

const api::NotebookImage *findImage(const QString &id)
{
    for (const api::NotebookImage &image : images())
    {
        if (image.id == id)
            return &image;
    }
    return nullptr;
}

api::NotebookImage embeddedImage(const api::NotebookImage &image)
{
    api::NotebookImage out;
    out.id = image.id;
    out.name = image.name;
    out.description = image.description;
    out.swrPath = image.swrPath;
    out.tag = image.tag;
    out.type = image.type;
    return out;
}

QString category(const FlavorShape &shape)
{
    return shape.type.toUpper();
}

bool imageSupports(const api::NotebookImage &image, const FlavorShape &shape)
{
    if (!image.resourceCategories)
        return false;
    const QString wanted = category(shape);
    for (const QString &c : *image.resourceCategories)
    {
        if (c.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const FlavorShape *findFlavor(const QString &id)
{
    for (const FlavorShape &f : flavors::notebook())
    {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

api::NotebookFlavor flavorJson(const FlavorShape &shape)
{
    api::NotebookFlavor f;
    f.id = shape.id;
    f.name = shape.displayName;
    f.arch = shape.cpuArch == u"arm64" ? QStringLiteral("aarch64") : QStringLiteral("x86_64");
    api::NotebookFlavorBilling billing;
    billing.code = shape.billingCode;
    billing.unitNum = 1;
    f.billing = billing;
    f.category = category(shape);
    f.description = flavorDescription(shape);
    f.feature = QStringLiteral("NOTEBOOK");
    f.free = shape.free;
    if (shape.hasAccelerator())
    {
        // The API has one accelerator object ("gpu"); Ascend flavors report their NPUs there.
        api::NotebookFlavorGpu gpu;
        const bool isGpu = shape.gpuCount > 0;
        gpu.gpu = isGpu ? shape.gpuCount : shape.npuCount;
        gpu.gpuMemory = QStringLiteral("%1GB").arg((isGpu ? shape.gpuMemoryMiB : shape.npuMemoryMiB) / 1024);
        gpu.type = (isGpu ? shape.gpuProduct : shape.npuProduct).section(u'-', 1);
        f.gpu = gpu;
    }
    f.memory = shape.memoryMiB * 1024; // KiB, like the published "8 GB" flavor (8388608)
    f.soldOut = false;
    f.storages = std::vector<QString> { QStringLiteral("EVS"), QStringLiteral("EFS") };
    f.vcpus = shape.cpuCores;
    return f;
}
} // namespace ma::server::notebookcatalog
