#pragma once

// The Connections section of the Settings page: the profiles, with Add, Edit, Remove and
// Connect. Local is built in (listed first, cannot be edited or removed).

#include "profiledialog.h"

#include <functional>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ma::models
{
class Connection;
}

namespace ma::desktop
{
class ProfileStore;
class SecretStore;

/**
 * @brief Lists ProfileStore's profiles and edits them with ProfileDialog. Connecting is
 * the application's job: the panel only emits connectRequested(). Both stores are not
 * owned and must outlive the panel.
 */
class ProfilesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPanel)

public:
    /** Asked before Remove with the question text; returns true to go ahead. */
    using ConfirmHandler = std::function<bool(const QString &question)>;

    ProfilesPanel(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesPanel() override;

    /** Shows @p name (the profile the window is connected with) in bold. */
    void setCurrentProfile(const QString &name);
    const QString &currentProfile() const { return m_current; }
    /**
     * The open connection (not owned; may be nullptr): the profile dialog uses it to list
     * workspaces when editing the profile it belongs to.
     */
    void setConnection(models::Connection *connection);

    /** Name of the selected profile; empty when none. */
    QString selectedProfile() const;
    void selectProfile(const QString &name);

    /** Replaces the QMessageBox confirmation (tests answer it without a dialog). */
    void setConfirmHandler(ConfirmHandler handler);

    /** The open profile dialog, while Add or Edit shows one (tests fill it in). */
    ProfileDialog *dialog() const { return m_dialog; }

    QTreeWidget *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *connectButton() const { return m_connect; }

public slots:
    /** Reads the profiles again (keeps the selection where it can). */
    void reload();
    void addProfile();
    void editSelected();
    void removeSelected();
    void connectSelected();

signals:
    /** The user asked to connect with @p profileName. */
    void connectRequested(const QString &profileName);
    /** A profile was added, edited, renamed or removed (already saved). */
    void profilesChanged();
    /** @p name was removed (with its stored secret). */
    void profileRemoved(const QString &name);
    /** @p oldName was saved under @p newName. */
    void profileRenamed(const QString &oldName, const QString &newName);

private:
    void openDialog(ProfileDialog *dialog);
    void updateButtons();
    void updateCurrentMarks();

    ProfileStore *m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<models::Connection> m_connection;
    QString m_current;
    ConfirmHandler m_confirm;
    QPointer<ProfileDialog> m_dialog;

    QTreeWidget *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_connect;
};
} // namespace ma::desktop
