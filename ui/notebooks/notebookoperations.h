#pragma once

// Every notebook operation as the console offers it, shared by the list and the details
// page: the dialog that collects the values (with the console's rules), the ActionRunner
// Action that carries the calls, and Open (the JupyterLab URL in the system browser) and
// Connect with VS Code / SSH. A page runs the returned Action through its ActionRunner.
//
// Dialogs run through a DialogRunner so tests fill and accept them without a modal loop;
// Open goes through a UrlOpener for the same reason.

#include "api/types/notebook.h"
#include "models/actionrunner.h"

#include <functional>
#include <optional>
#include <QPointer>
#include <QUrl>
#include <vector>

class QDialog;
class QWidget;

namespace ma::models
{
class Connection;
}

namespace ma::ui
{
class NotebookOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookOperations)

public:
    /** Shows @p dialog; true when accepted. Default: exec(). */
    using DialogRunner = std::function<bool(QDialog &dialog)>;
    /** Opens @p url. Default: QDesktopServices::openUrl. */
    using UrlOpener = std::function<bool(const QUrl &url)>;
    /** Hours one click on Renew adds (the console's shortest auto stop). */
    static constexpr int kRenewHours = 1;

    explicit NotebookOperations(QWidget *parentWidget);
    ~NotebookOperations() override;

    void setConnection(models::Connection *connection);
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    /** The ssh config Connect writes to (tests use a temporary file). */
    void setSshConfigPath(const QString &path) { m_sshConfig = path; }

    /** Opens the notebook's JupyterLab URL; false (nothing opened) when it has none. */
    bool open(const api::Notebook &notebook);
    /** Connect with VS Code / SSH; false when the notebook has no SSH endpoint. */
    bool connectSsh(const api::Notebook &notebook);

    models::Action start(const std::vector<api::Notebook> &notebooks) const;
    /** With the question of the shared wording (data outside the work folder is lost). */
    models::Action stop(const std::vector<api::Notebook> &notebooks) const;
    /** Asks for the typed confirmation first; nothing when the user declines. */
    std::optional<models::Action> remove(const std::vector<api::Notebook> &notebooks);
    models::Action renew(const api::Notebook &notebook, int hours = kRenewHours) const;
    std::optional<models::Action> renewFor(const api::Notebook &notebook);
    std::optional<models::Action> saveImage(const api::Notebook &notebook);
    std::optional<models::Action> editDetails(const api::Notebook &notebook);
    std::optional<models::Action> updateSsh(const api::Notebook &notebook);
    std::optional<models::Action> expandStorage(const api::Notebook &notebook);
    std::optional<models::Action> mountObs(const api::Notebook &notebook);
    models::Action unmountObs(const api::Notebook &notebook, const api::DataVolume &volume) const;
    /** Reads the images, then asks: @p run gets the Action when the user chose one. */
    void changeImage(const api::Notebook &notebook, std::function<void(const models::Action &)> run);
    /** Reads the flavors, then asks: @p run gets the Action when the user chose one. */
    void modifyFlavor(const api::Notebook &notebook, std::function<void(const models::Action &)> run);

    static QString nameOf(const api::Notebook &notebook);
    /** Host and port of the SSH endpoint; false when the notebook has none. */
    static bool sshEndpoint(const api::Notebook &notebook, QString *host, int *port);

signals:
    /** A read the dialogs need failed. */
    void errorOccurred(const ma::api::ApiError &error);

private:
    bool runDialog(QDialog &dialog) const;

    QWidget *m_parent;
    QPointer<models::Connection> m_connection;
    DialogRunner m_runDialog;
    UrlOpener m_openUrl;
    QString m_sshConfig;
};
} // namespace ma::ui
