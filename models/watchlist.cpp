#include "watchlist.h"

#include "models/connection.h"

#include <QPointer>
#include <QSettings>
#include <QUrl>

namespace ma::models
{
namespace
{
// Settings: Notifications/Watched/<percent-encoded profile name>/items (an array of kind, id, name).
const QString kGroup = QStringLiteral("Notifications/Watched/");
const QString kArray = QStringLiteral("items");
const QString kKindKey = QStringLiteral("kind");
const QString kIdKey = QStringLiteral("id");
const QString kNameKey = QStringLiteral("name");
const char *const kObjectName = "watchList";

/** Every list alive, so a change reaches the lists of the same profile in other windows. */
QList<QPointer<WatchList>> &liveLists()
{
    static QList<QPointer<WatchList>> lists;
    return lists;
}
} // namespace

QString watchKindKey(WatchKind kind)
{
    switch (kind)
    {
    case WatchKind::TrainingJob:
        return QStringLiteral("training-job");
    case WatchKind::Pool:
        return QStringLiteral("pool");
    case WatchKind::Notebook:
        return QStringLiteral("notebook");
    }
    return QString();
}

bool watchKindFromKey(const QString &key, WatchKind *kind)
{
    for (WatchKind each : { WatchKind::TrainingJob, WatchKind::Pool, WatchKind::Notebook })
    {
        if (key == watchKindKey(each))
        {
            *kind = each;
            return true;
        }
    }
    return false;
}

WatchList::WatchList(const QString &profileName, QObject *parent)
    : QObject(parent)
    , m_profile(profileName)
{
    load();
    liveLists().append(this);
}

WatchList::~WatchList()
{
    liveLists().removeAll(this);
    liveLists().removeAll(nullptr);
}

WatchList *WatchList::of(Connection *connection)
{
    if (!connection)
        return nullptr;
    if (auto *existing = connection->findChild<WatchList *>(QLatin1String(kObjectName), Qt::FindDirectChildrenOnly))
        return existing;
    auto *list = new WatchList(connection->profileName(), connection);
    list->setObjectName(QLatin1String(kObjectName));
    return list;
}

bool WatchList::isWatched(WatchKind kind, const QString &id) const
{
    return m_items.contains(WatchItem { kind, id, QString() });
}

void WatchList::setWatched(WatchKind kind, const QString &id, const QString &name, bool watched)
{
    if (id.isEmpty() || isWatched(kind, id) == watched)
        return;
    const WatchItem item { kind, id, name.isEmpty() ? id : name };
    apply(item, watched);
    save();
    for (const QPointer<WatchList> &other : std::as_const(liveLists()))
    {
        if (other && other != this && other->m_profile == m_profile)
            other->apply(item, watched);
    }
}

void WatchList::updateName(WatchKind kind, const QString &id, const QString &name)
{
    const qsizetype index = m_items.indexOf(WatchItem { kind, id, QString() });
    if (index < 0 || name.isEmpty() || m_items.at(index).name == name)
        return;
    m_items[index].name = name;
    save();
}

void WatchList::apply(const WatchItem &item, bool watched)
{
    if (isWatched(item.kind, item.id) == watched)
        return;
    if (watched)
        m_items.append(item);
    else
        m_items.removeAll(item);
    emit watchChanged(item.kind, item.id, watched);
}

QString WatchList::settingsGroup() const
{
    // '/' and '\' would open sub-groups: the name goes in percent-encoded.
    return kGroup + QString::fromLatin1(QUrl::toPercentEncoding(m_profile));
}

void WatchList::load()
{
    m_items.clear();
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i)
    {
        settings.setArrayIndex(i);
        WatchItem item;
        if (!watchKindFromKey(settings.value(kKindKey).toString(), &item.kind))
            continue; // written by a newer version: left alone until the next save
        item.id = settings.value(kIdKey).toString();
        item.name = settings.value(kNameKey).toString();
        if (!item.id.isEmpty() && !m_items.contains(item))
            m_items.append(item);
    }
    settings.endArray();
    settings.endGroup();
}

void WatchList::save() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.remove(QString()); // the whole group: an array that shrank leaves no stale rows
    settings.beginWriteArray(kArray, int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i)
    {
        settings.setArrayIndex(i);
        settings.setValue(kKindKey, watchKindKey(m_items.at(i).kind));
        settings.setValue(kIdKey, m_items.at(i).id);
        settings.setValue(kNameKey, m_items.at(i).name);
    }
    settings.endArray();
    settings.endGroup();
}
} // namespace ma::models
