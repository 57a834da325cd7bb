#pragma once

// Creates or edits a Huawei Cloud connection profile. The profile goes to ProfileStore
// (QSettings), its password or secret key to SecretStore (the OS keychain, or memory
// only where no keychain exists, which the dialog says).

#include "profile.h"

#include <functional>
#include <memory>
#include <QDialog>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace Ui
{
class ProfileDialog;
}

namespace ma::models
{
class Connection;
}

namespace ma::desktop
{
class SecretStore;

/**
 * @brief The profile editor. OK validates every field (messages appear next to the
 * fields), writes the secret (when one was typed), then saves the profile and closes.
 * Both stores are not owned and must outlive the dialog. When editing, an empty secret
 * field keeps the stored secret (renaming moves it to the new name).
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /** Fields that carry an inline validation message. */
    enum class Field
    {
        Name,
        Region,
        AccountName,
        UserName,
        Password,
        AccessKeyId,
        SecretKey,
        ModelArtsEndpoint,
        IamEndpoint,
        CloudDomain,
        ProjectId,
        WorkspaceId,
        PrometheusUrl,
        PrometheusUser,
        PrometheusPassword,
    };

    /** A dialog for a new profile. */
    ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /** Switches to editing @p profile (a saved Huawei Cloud profile). */
    void setProfile(const Profile &profile);
    bool isEditing() const { return !m_originalName.isEmpty(); }
    /** Name of the profile being edited; empty for a new one. */
    const QString &originalName() const { return m_originalName; }

    /**
     * Enables "Load…" next to the workspace id when @p connection (not owned) is open for
     * the profile being edited: it lists the project's workspaces (W-1) to pick from.
     */
    void setConnection(models::Connection *connection);

    /** The profile as the fields describe it now (trimmed; no secret). */
    Profile profile() const;

    /** Validates all fields and shows the messages; true when there are none. */
    bool validate();
    /** The message shown next to @p field; empty when it is fine. */
    QString fieldMessage(Field field) const;
    /** "Stored in the system keychain." or the memory-only sentence. */
    QString secretNoteText() const;

    /** The profile saved by the last successful OK. */
    const Profile &savedProfile() const { return m_saved; }

    // Widgets, for tests.
    QLineEdit *nameEdit() const;
    QComboBox *regionCombo() const;
    QRadioButton *passwordRadio() const;
    QRadioButton *accessKeyRadio() const;
    QLineEdit *accountNameEdit() const;
    QLineEdit *userNameEdit() const;
    QLineEdit *passwordEdit() const;
    QLineEdit *accessKeyIdEdit() const;
    QLineEdit *secretKeyEdit() const;
    QToolButton *endpointsToggle() const;
    /** Whether the "Custom endpoints" group is open. */
    bool endpointsExpanded() const { return m_endpointsExpanded; }
    QLineEdit *modelArtsEndpointEdit() const;
    QLineEdit *iamEndpointEdit() const;
    QLineEdit *cloudDomainEdit() const;
    QLineEdit *projectIdEdit() const;
    QLineEdit *workspaceIdEdit() const;
    QToolButton *loadWorkspacesButton() const;
    QCheckBox *legacyTrainingCheck() const;
    QToolButton *prometheusToggle() const;
    /** Whether the "Monitoring data source" group is open. */
    bool prometheusExpanded() const { return m_prometheusExpanded; }
    QLineEdit *prometheusUrlEdit() const;
    QLineEdit *prometheusUserEdit() const;
    QLineEdit *prometheusPasswordEdit() const;
    QDialogButtonBox *buttonBox() const;

    /** As tall as the wrapped notes need at the dialog's width (QDialog's hint assumes one line). */
    QSize sizeHint() const override;

public slots:
    void accept() override;

signals:
    /** After OK saved @p profile; @p previousName differs when it was renamed. */
    void profileSaved(const ma::desktop::Profile &profile, const QString &previousName);

private:
    /** Adds the message label under the field in @p row (a form row of profiledialog.ui). */
    void addMessage(Field field, QWidget *row);
    void setEndpointsExpanded(bool expanded);
    void setPrometheusExpanded(bool expanded);
    void savePrometheusSecret(const Profile &profile);
    /** Writes @p typed at @p newKey (removing @p oldKey), or with nothing typed moves the stored one; then @p then. */
    void storeSecret(
        const QString &typed, const QString &oldKey, const QString &newKey, const std::function<void()> &then);
    /** Moves the secret at @p from to @p to (nothing stored: nothing moved), then @p then. */
    void moveSecret(const QString &from, const QString &to, const std::function<void()> &then);
    void onAuthChanged();
    void updateSecretNote();
    void updateSecretPlaceholders();
    void probeSecret();
    void revalidateIfShown();
    void showMessages();
    QString regionId() const;
    bool secretTyped() const;
    QString typedSecret() const;
    void finishSave(const Profile &profile);
    void failSave(const QString &message);
    void failSecretWrite(const QString &error);
    void setBusy(bool busy);
    void loadWorkspaces();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileStore *m_store;
    QPointer<SecretStore> m_secrets;
    QPointer<models::Connection> m_connection;
    QString m_originalName;
    Profile m_original;
    Profile m_saved;
    bool m_messagesShown = false;
    bool m_endpointsExpanded = false;
    bool m_storedSecretKnownMissing = false;
    bool m_prometheusExpanded = false;
    bool m_storedPrometheusKnownMissing = false;

    QMap<Field, QLabel *> m_messageLabels;
    QMap<Field, QString> m_messages;
};
} // namespace ma::desktop
