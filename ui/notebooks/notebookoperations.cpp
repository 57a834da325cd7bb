#include "notebookoperations.h"

#include "api/notebookrequests.h"
#include "api/typedcall.h"
#include "models/connection.h"
#include "models/notebookstatus.h"
#include "models/sshconfigwriter.h"
#include "ui/confirmation.h"
#include "ui/notebooks/changeimagedialog.h"
#include "ui/notebooks/editnotebookdialog.h"
#include "ui/notebooks/expandstoragedialog.h"
#include "ui/notebooks/modifyflavordialog.h"
#include "ui/notebooks/mountobsdialog.h"
#include "ui/notebooks/notebookdialogs.h"
#include "ui/notebooks/notebookpageids.h"
#include "ui/notebooks/remotesshdialog.h"
#include "ui/notebooks/renewfordialog.h"
#include "ui/notebooks/saveimagedialog.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QSpinBox>

namespace ma::ui
{
namespace
{
constexpr qint64 kHourMs = 3600 * 1000;
// The console's rules (user guide, DevEnviron > Notebook): name ≤128 of letters, digits, _ and -.
const QRegularExpression kNamePattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
const QRegularExpression kDescriptionForbidden(QStringLiteral("[&<>\"'/]"));
constexpr int kMaxDescription = 512;
// Save Image: the SWR repository and organization rules.
const QRegularExpression kImageNamePattern(QStringLiteral("^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$"));
const QRegularExpression kImageTagPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
const QRegularExpression kOrganizationPattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}[a-z0-9]$"));
const QRegularExpression kObsPattern(QStringLiteral("^obs://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.+$"));
const QRegularExpression kMountPattern(QStringLiteral("^/data/([A-Za-z0-9_.-]+/?)+$"));
const QRegularExpression kIpPattern(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
constexpr int kMaxWhitelist = 5;

QString idOf(const api::Notebook &notebook)
{
    return notebook.id.value_or(QString());
}

bool validIp(const QString &ip)
{
    const auto m = kIpPattern.match(ip);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return true;
}

const api::NotebookEndpoint *endpointOf(const api::Notebook &notebook, QStringView service)
{
    if (!notebook.endpoints)
        return nullptr;
    for (const api::NotebookEndpoint &e : *notebook.endpoints)
        if (e.service.value_or(QString()).compare(service, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}
} // namespace

NotebookOperations::NotebookOperations(QWidget *parentWidget)
    : QObject(parentWidget)
    , m_parent(parentWidget)
    , m_sshConfig(models::SshConfigWriter::defaultPath())
{
}

NotebookOperations::~NotebookOperations() = default;

void NotebookOperations::setConnection(models::Connection *connection)
{
    m_connection = connection;
}

QString NotebookOperations::nameOf(const api::Notebook &notebook)
{
    return notebook.name.value_or(idOf(notebook));
}

bool NotebookOperations::runDialog(QDialog &dialog) const
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

bool NotebookOperations::open(const api::Notebook &notebook)
{
    const QUrl url(notebook.url.value_or(QString()));
    if (!models::notebookstatus::canOpen(notebook.status.value_or(QString())) || !url.isValid() || url.isEmpty())
        return false;
    return m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
}

bool NotebookOperations::sshEndpoint(const api::Notebook &notebook, QString *host, int *port)
{
    const api::NotebookEndpoint *ssh = endpointOf(notebook, u"SSH");
    return ssh && models::SshConfigWriter::parseEndpoint(ssh->uri.value_or(QString()), host, port);
}

bool NotebookOperations::connectSsh(const api::Notebook &notebook)
{
    models::SshHostEntry entry;
    if (!sshEndpoint(notebook, &entry.hostName, &entry.port))
        return false;
    entry.alias = QStringLiteral("modelarts-") + nameOf(notebook);
    const api::NotebookEndpoint *ssh = endpointOf(notebook, u"SSH");
    const auto keys = ssh->keyPairNames.value_or(std::vector<QString>());
    if (!keys.empty())
        entry.identityFile = QStringLiteral("~/.ssh/") + keys.front() + QStringLiteral(".pem");
    SshConnectDialog dialog(entry, m_sshConfig, m_parent);
    runDialog(dialog);
    return true;
}

models::Action NotebookOperations::start(const std::vector<api::Notebook> &notebooks) const
{
    models::Action action;
    action.title = tr("Start notebooks");
    for (const api::Notebook &n : notebooks)
        if (models::notebookstatus::canStart(n.status.value_or(QString())))
            action.calls.push_back({ nameOf(n), api::notebooks::start(idOf(n)) });
    return action;
}

models::Action NotebookOperations::stop(const std::vector<api::Notebook> &notebooks) const
{
    models::Action action;
    action.title = tr("Stop notebooks");
    QStringList names;
    for (const api::Notebook &n : notebooks)
    {
        if (!models::notebookstatus::canStop(n.status.value_or(QString())))
            continue;
        names << nameOf(n);
        action.calls.push_back({ nameOf(n), api::notebooks::stop(idOf(n)) });
    }
    if (!action.calls.empty())
        action.confirmation = destructiveQuestion(DestructiveAction::Stop, notebookNoun(), names,
            tr("Only /home/ma-user/work and the storages mounted under /data are kept; whatever else was changed "
               "in the instance is lost. An EVS disk is billed until the notebook is deleted."));
    return action;
}

std::optional<models::Action> NotebookOperations::remove(const std::vector<api::Notebook> &notebooks)
{
    models::Action action;
    action.title = tr("Delete notebooks");
    QStringList names;
    for (const api::Notebook &n : notebooks)
    {
        if (!models::notebookstatus::canDelete(n.status.value_or(QString())))
            continue;
        names << nameOf(n);
        action.calls.push_back({ nameOf(n), api::notebooks::remove(idOf(n)) });
    }
    if (action.calls.empty())
        return std::nullopt;
    const QString question = destructiveQuestion(DestructiveAction::Delete, notebookNoun(), names,
        tr("The EVS disk and the data in /home/ma-user/work are released; data on SFS and OBS stays."));
    // One notebook: type its name; several: type DELETE, as the console asks.
    NotebookDeleteDialog dialog(names.size() == 1 ? names.front() : QStringLiteral("DELETE"), question, m_parent);
    if (!runDialog(dialog) || !dialog.isConfirmed())
        return std::nullopt;
    return action;
}

models::Action NotebookOperations::renew(const api::Notebook &notebook, int hours) const
{
    models::Action action;
    action.title = tr("Renew");
    api::LeaseRequest lease;
    lease.duration = hours * kHourMs;
    lease.type = QStringLiteral("timing");
    action.calls.push_back({ nameOf(notebook), api::notebooks::renewLease(idOf(notebook), lease) });
    return action;
}

std::optional<models::Action> NotebookOperations::renewFor(const api::Notebook &notebook)
{
    RenewForDialog dialog(m_parent);
    dialog.setChoices(QStringLiteral("hours"),
        { { tr("1 hour"), QStringLiteral("1") }, { tr("2 hours"), QStringLiteral("2") },
            { tr("4 hours"), QStringLiteral("4") }, { tr("6 hours"), QStringLiteral("6") },
            { tr("12 hours"), QStringLiteral("12") }, { tr("24 hours"), QStringLiteral("24") },
            { tr("72 hours"), QStringLiteral("72") } });
    if (!runDialog(dialog))
        return std::nullopt;
    return renew(notebook, dialog.choice(QStringLiteral("hours")).toInt());
}

std::optional<models::Action> NotebookOperations::saveImage(const api::Notebook &notebook)
{
    SaveImageDialog dialog(nameOf(notebook).toLower().replace(u'_', u'-'), m_parent);
    dialog.setValidator(
        [](const NotebookFormDialog &d) -> QString
        {
            if (!kOrganizationPattern.match(d.text(QStringLiteral("organization"))).hasMatch())
                return tr("Organization: 2 to 64 lower-case letters, digits, periods, underscores and hyphens, "
                          "starting with a letter.");
            if (!kImageNamePattern.match(d.text(QStringLiteral("name"))).hasMatch())
                return tr("Image name: 1 to 64 lower-case letters, digits, periods, underscores and hyphens.");
            if (!kImageTagPattern.match(d.text(QStringLiteral("tag"))).hasMatch())
                return tr("Image tag: 1 to 64 letters, digits, periods, underscores and hyphens.");
            if (d.text(QStringLiteral("description")).size() > kMaxDescription)
                return tr("Description: at most %1 characters.").arg(kMaxDescription);
            return QString();
        });
    if (!runDialog(dialog))
        return std::nullopt;
    api::NotebookImageSave body;
    body.name = dialog.text(QStringLiteral("name"));
    body.tag = dialog.text(QStringLiteral("tag"));
    body.namespace_ = dialog.text(QStringLiteral("organization"));
    if (!dialog.text(QStringLiteral("description")).isEmpty())
        body.description = dialog.text(QStringLiteral("description"));
    models::Action action;
    action.title = tr("Save image");
    action.calls.push_back({ nameOf(notebook), api::notebooks::saveImage(idOf(notebook), body) });
    return action;
}

std::optional<models::Action> NotebookOperations::editDetails(const api::Notebook &notebook)
{
    EditNotebookDialog dialog(nameOf(notebook), notebook.description.value_or(QString()), m_parent);
    dialog.setValidator(
        [](const NotebookFormDialog &d) -> QString
        {
            const QString name = d.text(QStringLiteral("name"));
            if (name.isEmpty())
                return tr("Enter a name.");
            if (!kNamePattern.match(name).hasMatch())
                return tr("The name may contain only letters, digits, underscores (_) and hyphens (-), at most 128.");
            const QString description = d.text(QStringLiteral("description"));
            if (description.size() > kMaxDescription)
                return tr("The description has at most %1 characters.").arg(kMaxDescription);
            if (description.contains(kDescriptionForbidden))
                return tr("The description cannot contain & < > \" ' or /.");
            return QString();
        });
    if (!runDialog(dialog))
        return std::nullopt;
    api::NotebookUpdate update;
    if (dialog.text(QStringLiteral("name")) != nameOf(notebook))
        update.name = dialog.text(QStringLiteral("name"));
    if (dialog.text(QStringLiteral("description")) != notebook.description.value_or(QString()))
        update.description = dialog.text(QStringLiteral("description"));
    if (!update.name && !update.description)
        return std::nullopt;
    models::Action action;
    action.title = tr("Edit notebook");
    action.calls.push_back({ nameOf(notebook), api::notebooks::update(idOf(notebook), update) });
    return action;
}

std::optional<models::Action> NotebookOperations::updateSsh(const api::Notebook &notebook)
{
    const api::NotebookEndpoint *ssh = endpointOf(notebook, u"SSH");
    const auto keys = ssh ? ssh->keyPairNames.value_or(std::vector<QString>()) : std::vector<QString>();
    const auto ips = ssh ? ssh->allowedAccessIps.value_or(std::vector<QString>()) : std::vector<QString>();
    QStringList ipList;
    for (const QString &ip : ips)
        ipList << ip;
    RemoteSshDialog dialog(keys.empty() ? QString() : keys.front(), ipList.join(u','), m_parent);
    dialog.setNote(ssh ? tr("Changes apply once the notebook starts again; sessions already open stay until they end.")
                       : tr("Once remote SSH is enabled it cannot be disabled again. The VS Code server and its "
                            "plug-ins then use about 1 GB of the notebook's persistent storage."));
    dialog.setValidator(
        [](const NotebookFormDialog &d) -> QString
        {
            if (d.text(QStringLiteral("keyPair")).isEmpty())
                return tr("Set a key pair after remote SSH is enabled.");
            const QStringList ips = d.text(QStringLiteral("whitelist")).split(u',', Qt::SkipEmptyParts);
            if (ips.size() > kMaxWhitelist)
                return tr("At most %1 IP addresses can be whitelisted.").arg(kMaxWhitelist);
            for (const QString &ip : ips)
                if (!validIp(ip.trimmed()))
                    return tr("“%1” is not an IPv4 address.").arg(ip.trimmed());
            return QString();
        });
    if (!runDialog(dialog))
        return std::nullopt;
    api::NotebookEndpoint endpoint;
    endpoint.service = QStringLiteral("SSH");
    endpoint.keyPairNames = std::vector<QString> { dialog.text(QStringLiteral("keyPair")) };
    std::vector<QString> allowed;
    for (const QString &ip : dialog.text(QStringLiteral("whitelist")).split(u',', Qt::SkipEmptyParts))
        allowed.push_back(ip.trimmed());
    endpoint.allowedAccessIps = allowed;
    api::NotebookUpdate update;
    update.endpoints = std::vector<api::NotebookEndpoint> { endpoint };
    models::Action action;
    action.title = tr("Update remote SSH");
    action.calls.push_back({ nameOf(notebook), api::notebooks::update(idOf(notebook), update) });
    return action;
}

std::optional<models::Action> NotebookOperations::expandStorage(const api::Notebook &notebook)
{
    const int current = notebook.volume ? notebook.volume->capacity.value_or(5) : 5;
    if (current >= api::kMaxEvsGb)
        return std::nullopt;
    const int max = std::min(current + api::kMaxEvsStepGb, api::kMaxEvsGb);
    ExpandStorageDialog dialog(current + 1, max, std::min(current + 10, max), m_parent);
    dialog.setNote(tr("The EVS disk is %1 GB. One expansion adds at most %2 GB and a disk holds at most %3 GB; it "
                      "cannot shrink again. The notebook keeps running while the disk is expanded.")
                       .arg(current)
                       .arg(api::kMaxEvsStepGb)
                       .arg(api::kMaxEvsGb));
    if (!runDialog(dialog))
        return std::nullopt;
    api::NotebookUpdate update;
    update.storageNewSize = dialog.number(QStringLiteral("size"));
    models::Action action;
    action.title = tr("Expand storage");
    action.calls.push_back({ nameOf(notebook), api::notebooks::update(idOf(notebook), update) });
    return action;
}

std::optional<models::Action> NotebookOperations::mountObs(const api::Notebook &notebook)
{
    MountObsDialog dialog(m_parent);
    dialog.setValidator(
        [](const NotebookFormDialog &d) -> QString
        {
            if (!kObsPattern.match(d.text(QStringLiteral("uri"))).hasMatch())
                return tr("Enter a folder in a bucket, such as obs://bucket/folder/ (not the bucket root).");
            const QString path = d.text(QStringLiteral("mountPath"));
            if (!kMountPattern.match(path).hasMatch() || path.contains(QStringLiteral("/../")) || path == u"/data/")
                return tr("The mount path is a folder under /data/, such as /data/demo/.");
            return QString();
        });
    if (!runDialog(dialog))
        return std::nullopt;
    api::DataVolumeMountRequest body;
    body.category = QStringLiteral("OBS");
    body.uri = dialog.text(QStringLiteral("uri"));
    body.mountPath = dialog.text(QStringLiteral("mountPath"));
    if (!body.mountPath.endsWith(u'/'))
        body.mountPath += u'/';
    models::Action action;
    action.title = tr("Mount storage");
    action.calls.push_back({ body.mountPath, api::notebooks::mountStorage(idOf(notebook), body) });
    return action;
}

models::Action NotebookOperations::unmountObs(const api::Notebook &notebook, const api::DataVolume &volume) const
{
    models::Action action;
    action.title = tr("Unmount storage");
    const QString path = volume.mountPath.value_or(volume.id);
    action.confirmation = tr("Unmount %1 from the notebook “%2”? The data stays in OBS.").arg(path, nameOf(notebook));
    action.calls.push_back({ path, api::notebooks::unmountStorage(idOf(notebook), volume.id) });
    return action;
}

void NotebookOperations::changeImage(const api::Notebook &notebook, std::function<void(const models::Action &)> run)
{
    if (!m_connection || !m_connection->client())
        return;
    api::ApiCall *call
        = m_connection->client()->send(api::notebooks::images({ { QStringLiteral("limit"), QStringLiteral("200") } }));
    api::whenDecoded<api::NotebookImageList>(call, this,
        [this, notebook, run](const api::Typed<api::NotebookImageList> &result)
        {
            if (!result.ok())
            {
                emit errorOccurred(result.error);
                return;
            }
            QList<QPair<QString, QString>> publicImages;
            QList<QPair<QString, QString>> privateImages;
            for (const api::NotebookImage &image : result.value.data)
            {
                if (image.status && *image.status != u"ACTIVE")
                    continue;
                const QString text
                    = image.name.value_or(image.id) + u':' + image.tag.value_or(QStringLiteral("latest"));
                (image.type.value_or(QString()) == u"DEDICATED" ? privateImages : publicImages)
                    .append({ image.type.value_or(QString()) == u"DEDICATED" ? tr("%1 (private)").arg(text) : text,
                        image.id });
            }
            ChangeImageDialog dialog(m_parent);
            dialog.setChoices(
                QStringLiteral("image"), publicImages + privateImages, notebook.image ? notebook.image->id : QString());
            const QString current = notebook.image ? notebook.image->id : QString();
            dialog.setValidator([current](const NotebookFormDialog &d)
                { return d.choice(QStringLiteral("image")) == current ? tr("Choose another image.") : QString(); });
            if (!runDialog(dialog))
                return;
            api::NotebookUpdate update;
            update.imageId = dialog.choice(QStringLiteral("image"));
            models::Action action;
            action.title = tr("Change image");
            action.calls.push_back({ nameOf(notebook), api::notebooks::update(idOf(notebook), update) });
            run(action);
        });
}

void NotebookOperations::modifyFlavor(const api::Notebook &notebook, std::function<void(const models::Action &)> run)
{
    if (!m_connection || !m_connection->client())
        return;
    api::ApiCall *call = m_connection->client()->send(api::notebooks::flavors());
    api::whenDecoded<api::NotebookFlavorList>(call, this,
        [this, notebook, run](const api::Typed<api::NotebookFlavorList> &result)
        {
            if (!result.ok())
            {
                emit errorOccurred(result.error);
                return;
            }
            QList<QPair<QString, QString>> items;
            for (const api::NotebookFlavor &flavor : result.value.data)
            {
                if (flavor.soldOut.value_or(false))
                    continue;
                const QString text = flavor.description.value_or(QString()).isEmpty()
                    ? flavor.id
                    : QStringLiteral("%1 (%2)").arg(flavor.id, *flavor.description);
                items.append({ text, flavor.id });
            }
            ModifyFlavorDialog dialog(m_parent);
            dialog.setChoices(QStringLiteral("flavor"), items, notebook.flavor.value_or(QString()));
            const QString current = notebook.flavor.value_or(QString());
            dialog.setValidator([current](const NotebookFormDialog &d)
                { return d.choice(QStringLiteral("flavor")) == current ? tr("Choose another flavor.") : QString(); });
            if (!runDialog(dialog))
                return;
            api::NotebookUpdate update;
            update.flavor = dialog.choice(QStringLiteral("flavor"));
            models::Action action;
            action.title = tr("Modify specifications");
            action.calls.push_back({ nameOf(notebook), api::notebooks::update(idOf(notebook), update) });
            run(action);
        });
}
} // namespace ma::ui
