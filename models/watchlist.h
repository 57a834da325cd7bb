#pragma once

// The items a user watches for desktop notifications (issue 15): training jobs, dedicated
// pools and notebooks, by kind and id, with the name to show. One list per connection
// profile, kept in QSettings under the profile's name (ids and names only, never a secret).
// Nothing is watched until the user says so, so the demo data stays silent.
//
// WatchList::of(connection) is the list every page and the notifier of one connection share;
// lists of the same profile in other windows follow each other's changes.

#include <QList>
#include <QObject>
#include <QString>

namespace ma::models
{
class Connection;

/** What a watched item is: the id of a TrainingJob, the metadata.name of a Pool, the id of a Notebook. */
enum class WatchKind
{
    TrainingJob,
    Pool,
    Notebook,
};

/** "training-job", "pool", "notebook": the word kept in the settings. */
QString watchKindKey(WatchKind kind);
/** The kind of a key written by watchKindKey(); false when @p key is none of them. */
bool watchKindFromKey(const QString &key, WatchKind *kind);

struct WatchItem
{
    WatchKind kind = WatchKind::TrainingJob;
    QString id;
    QString name; // as last seen; the id when no name is known

    bool operator==(const WatchItem &other) const { return kind == other.kind && id == other.id; }
};

class WatchList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchList)

public:
    /** Reads the list of profile @p profileName from the settings. */
    explicit WatchList(const QString &profileName, QObject *parent = nullptr);
    ~WatchList() override;

    /**
     * @brief The list of @p connection's profile, created on first use as a child of the
     * connection (so it goes with it); nullptr for a null connection.
     */
    static WatchList *of(Connection *connection);

    const QString &profileName() const { return m_profile; }

    bool isWatched(WatchKind kind, const QString &id) const;
    /** Every watched item, in the order they were added. */
    const QList<WatchItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    /**
     * @brief Watches (or stops watching) @p id; saved at once. @p name is what notifications
     * call it. Emits watchChanged() when the state changed, here and in the lists of the same
     * profile elsewhere in the application.
     */
    void setWatched(WatchKind kind, const QString &id, const QString &name, bool watched);
    /** Keeps the name of a watched item current (a rename); nothing for an unwatched one. */
    void updateName(WatchKind kind, const QString &id, const QString &name);

signals:
    void watchChanged(ma::models::WatchKind kind, const QString &id, bool watched);

private:
    void apply(const WatchItem &item, bool watched);
    void load();
    void save() const;
    QString settingsGroup() const;

    QString m_profile;
    QList<WatchItem> m_items;
};
} // namespace ma::models

Q_DECLARE_METATYPE(ma::models::WatchKind)
