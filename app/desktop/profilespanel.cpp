#include "profilespanel.h"

#include "api/regions.h"
#include "profile.h"
#include "profiledialog.h"
#include "secretstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ma::desktop
{
namespace
{
constexpr int kNameRole = Qt::UserRole;

enum Column
{
    NameColumn,
    RegionColumn,
    SignInColumn,
    ColumnCount
};

QString regionText(const QString &id)
{
    for (const api::Region &region : api::modelArtsRegions())
        if (region.id == id && !region.displayName.isEmpty())
            return ProfilesPanel::tr("%1 (%2)", "region display name (region id)").arg(region.displayName, id);
    return id;
}

QString signInText(const Profile &profile)
{
    if (profile.kind == Profile::Kind::Local)
        return ProfilesPanel::tr("Built-in: modelarts-local on this computer");
    if (profile.auth == Profile::AuthMethod::AccessKey)
    {
        // The AK is an identifier, not a secret; shortened so the column stays narrow.
        const QString ak = profile.accessKeyId.size() > 8 ? profile.accessKeyId.left(8) + u'…' : profile.accessKeyId;
        return ProfilesPanel::tr("Access key %1").arg(ak);
    }
    if (profile.userName.isEmpty() || profile.userName == profile.accountName)
        return ProfilesPanel::tr("Account %1").arg(profile.accountName);
    return ProfilesPanel::tr("IAM user %1 of %2").arg(profile.userName, profile.accountName);
}
} // namespace

ProfilesPanel::ProfilesPanel(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_view(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
{
    setObjectName(QStringLiteral("profilesPanel"));

    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({ tr("Profile"), tr("Region"), tr("Sign-in") });
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(180);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(RegionColumn, QHeaderView::ResizeToContents);
    // Item padding: resources/style.qss.
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &ProfilesPanel::updateButtons);
    connect(m_view, &QTreeWidget::itemDoubleClicked, this, [this] { connectSelected(); });

    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_edit->setObjectName(QStringLiteral("editProfileButton"));
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_connect->setObjectName(QStringLiteral("connectProfileButton"));
    m_add->setToolTip(tr("Add a Huawei Cloud profile"));
    m_connect->setToolTip(tr("Connect the window with the selected profile"));
    connect(m_add, &QPushButton::clicked, this, &ProfilesPanel::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesPanel::removeSelected);
    connect(m_connect, &QPushButton::clicked, this, &ProfilesPanel::connectSelected);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    // All buttons as wide as the widest, so the column reads as one.
    int width = 0;
    for (QPushButton *b : { m_add, m_edit, m_remove, m_connect })
        width = std::max(width, b->sizeHint().width());
    for (QPushButton *b : { m_add, m_edit, m_remove, m_connect })
        b->setMinimumWidth(std::max(width, 110));

    auto *hint = new QLabel(
        tr("The profile in bold is the one the window is connected with. Double-click a profile to connect with it."),
        this);
    hint->setObjectName(QStringLiteral("profilesHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *listColumn = new QVBoxLayout;
    listColumn->setSpacing(6);
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(hint);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(listColumn, 1);
    layout->addLayout(buttons);

    reload();
}

ProfilesPanel::~ProfilesPanel() = default;

void ProfilesPanel::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

void ProfilesPanel::setConnection(models::Connection *connection)
{
    m_connection = connection;
    if (m_dialog)
        m_dialog->setConnection(connection);
}

void ProfilesPanel::reload()
{
    const QString selected = selectedProfile();
    m_view->clear();
    for (const Profile &profile : m_store->profiles())
    {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(NameColumn, kNameRole, profile.name);
        item->setText(NameColumn, profile.name);
        item->setText(
            RegionColumn, profile.kind == Profile::Kind::Local ? tr("This computer") : regionText(profile.region));
        item->setText(SignInColumn, signInText(profile));
        if (profile.kind == Profile::Kind::Local)
            item->setToolTip(NameColumn, tr("Built-in profile; it cannot be edited or removed."));
    }
    updateCurrentMarks();
    if (!selected.isEmpty())
        selectProfile(selected);
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    updateButtons();
}

void ProfilesPanel::setCurrentProfile(const QString &name)
{
    m_current = name;
    updateCurrentMarks();
}

void ProfilesPanel::updateCurrentMarks()
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
    {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        const bool current = item->data(NameColumn, kNameRole).toString() == m_current;
        for (int column = 0; column < ColumnCount; ++column)
        {
            QFont font = m_view->font();
            font.setBold(current);
            item->setFont(column, font);
        }
        item->setStatusTip(NameColumn, current ? tr("Connected with this profile") : QString());
    }
}

QString ProfilesPanel::selectedProfile() const
{
    const QList<QTreeWidgetItem *> items = m_view->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, kNameRole).toString();
}

void ProfilesPanel::selectProfile(const QString &name)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
    {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->data(NameColumn, kNameRole).toString() == name)
        {
            m_view->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

void ProfilesPanel::updateButtons()
{
    const QString name = selectedProfile();
    const bool editable = !name.isEmpty() && name != Profile::localName();
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    m_connect->setEnabled(!name.isEmpty());
}

void ProfilesPanel::openDialog(ProfileDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(m_connection);
    connect(dialog, &ProfileDialog::profileSaved, this,
        [this](const Profile &profile, const QString &previousName)
        {
            reload();
            selectProfile(profile.name);
            if (!previousName.isEmpty() && previousName != profile.name)
            {
                if (m_current == previousName)
                    setCurrentProfile(profile.name);
                emit profileRenamed(previousName, profile.name);
            }
            emit profilesChanged();
        });
    // Window-modal and non-blocking: no nested event loop.
    dialog->open();
}

void ProfilesPanel::addProfile()
{
    openDialog(new ProfileDialog(m_store, m_secrets, this));
}

void ProfilesPanel::editSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || name == Profile::localName())
        return;
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
    {
        reload();
        return;
    }
    auto *dialog = new ProfileDialog(m_store, m_secrets, this);
    dialog->setProfile(*profile);
    openDialog(dialog);
}

void ProfilesPanel::removeSelected()
{
    const QString name = selectedProfile();
    if (name.isEmpty() || name == Profile::localName())
        return;
    const std::optional<Profile> profile = m_store->profile(name);
    if (!profile)
    {
        reload();
        return;
    }
    const QString question = name == m_current
        ? tr("Remove the profile \"%1\"? The window stays connected until you connect with another profile. "
             "Its stored secret is deleted as well.")
              .arg(name)
        : tr("Remove the profile \"%1\"? Its stored secret is deleted as well.").arg(name);
    const bool confirmed = m_confirm ? m_confirm(question)
                                     : QMessageBox::question(this, tr("Remove profile"), question,
                                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!confirmed)
        return;
    if (!m_store->remove(name))
        return;
    if (m_secrets)
        m_secrets->remove(profile->secretKey(), this, {});
    m_secrets->remove(profile->prometheusSecretKey(), this, {});
    reload();
    emit profileRemoved(name);
    emit profilesChanged();
}

void ProfilesPanel::connectSelected()
{
    const QString name = selectedProfile();
    if (!name.isEmpty())
        emit connectRequested(name);
}
} // namespace ma::desktop
