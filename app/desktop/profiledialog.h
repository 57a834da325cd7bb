#pragma once

// Creates or edits a Huawei Cloud connection profile. The profile goes to ProfileStore
// (QSettings), its password or secret key to SecretStore (the OS keychain, or memory
// only where no keychain exists, which the dialog says).

#include "profile.h"

#include <functional>
#include <QDialog>
#include <QMap>
#include <QPointer>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;
class QToolButton;

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
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *regionCombo() const { return m_region; }
    QRadioButton *passwordRadio() const { return m_passwordRadio; }
    QRadioButton *accessKeyRadio() const { return m_accessKeyRadio; }
    QLineEdit *accountNameEdit() const { return m_accountName; }
    QLineEdit *userNameEdit() const { return m_userName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit *secretKeyEdit() const { return m_secretKey; }
    QToolButton *endpointsToggle() const { return m_endpointsToggle; }
    /** Whether the "Custom endpoints" group is open. */
    bool endpointsExpanded() const { return m_endpointsExpanded; }
    QLineEdit *modelArtsEndpointEdit() const { return m_modelArtsEndpoint; }
    QLineEdit *iamEndpointEdit() const { return m_iamEndpoint; }
    QLineEdit *cloudDomainEdit() const { return m_cloudDomain; }
    QLineEdit *projectIdEdit() const { return m_projectId; }
    QLineEdit *workspaceIdEdit() const { return m_workspaceId; }
    QToolButton *loadWorkspacesButton() const { return m_loadWorkspaces; }
    QCheckBox *legacyTrainingCheck() const { return m_legacyTraining; }
    QToolButton *prometheusToggle() const { return m_prometheusToggle; }
    /** Whether the "Monitoring data source" group is open. */
    bool prometheusExpanded() const { return m_prometheusExpanded; }
    QLineEdit *prometheusUrlEdit() const { return m_prometheusUrl; }
    QLineEdit *prometheusUserEdit() const { return m_prometheusUser; }
    QLineEdit *prometheusPasswordEdit() const { return m_prometheusPassword; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    /** As tall as the wrapped notes need at the dialog's width (QDialog's hint assumes one line). */
    QSize sizeHint() const override;

public slots:
    void accept() override;

signals:
    /** After OK saved @p profile; @p previousName differs when it was renamed. */
    void profileSaved(const ma::desktop::Profile &profile, const QString &previousName);

private:
    void buildUi();
    QWidget *buildAuthentication();
    QWidget *buildEndpoints();
    QWidget *addRow(QFormLayout *form, const QString &label, QWidget *field, Field messageField);
    QLineEdit *makeEdit(const QString &objectName, const QString &placeholder = QString());
    QLineEdit *makeSecretEdit(const QString &objectName, QWidget **rowOut);
    QToolButton *addSectionToggle(QFormLayout *form, const QString &text, const QString &objectName);
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

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_region = nullptr;
    QButtonGroup *m_authGroup = nullptr;
    QRadioButton *m_passwordRadio = nullptr;
    QRadioButton *m_accessKeyRadio = nullptr;
    QStackedWidget *m_authPages = nullptr;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLabel *m_secretNote = nullptr;
    QToolButton *m_endpointsToggle = nullptr;
    QLabel *m_endpointsHint = nullptr;
    QLineEdit *m_modelArtsEndpoint = nullptr;
    QLineEdit *m_iamEndpoint = nullptr;
    QLineEdit *m_cloudDomain = nullptr;
    QLineEdit *m_projectId = nullptr;
    QLineEdit *m_workspaceId = nullptr;
    QToolButton *m_loadWorkspaces = nullptr;
    QCheckBox *m_legacyTraining = nullptr;
    QToolButton *m_prometheusToggle = nullptr;
    QLabel *m_prometheusHint = nullptr;
    QLineEdit *m_prometheusUrl = nullptr;
    QLineEdit *m_prometheusUser = nullptr;
    QLineEdit *m_prometheusPassword = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<Field, QLabel *> m_messageLabels;
    QMap<Field, QString> m_messages;
};
} // namespace ma::desktop
