#include "apicallmenu.h"

#include "api/apicallexport.h"
#include "models/connection.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QMenu>
#include <QPushButton>

namespace ma::ui
{
QString renderApiCall(const models::Connection &connection, const api::ApiRequest &request, ApiCallFormat format)
{
    const api::ExportedCall call = api::exportCall(*connection.client(), request, connection.region());
    switch (format)
    {
    case ApiCallFormat::Curl:
        return api::toCurl(call);
    case ApiCallFormat::Python:
        return api::toPython(call);
    case ApiCallFormat::MaCli:
        return api::toMaCli(call).value_or(QString());
    }
    return QString();
}

bool copyApiCall(const models::Connection *connection, const api::ApiRequest &request, ApiCallFormat format)
{
    if (!connection || !connection->client())
        return false;
    const QString text = renderApiCall(*connection, request, format);
    if (text.isEmpty())
        return false;
    QApplication::clipboard()->setText(text);
    return true;
}

QMenu *createApiCallMenu(QWidget *parent, ApiCallProvider provider, std::function<void(const QString &)> copied)
{
    auto *menu = new QMenu(QCoreApplication::translate("ApiCallMenu", "Copy as API Call"), parent);
    menu->setObjectName(QStringLiteral("apiCallMenu"));
    menu->setToolTipsVisible(true);
    struct Entry
    {
        ApiCallFormat format;
        QString text;
        const char *name;
    };
    const Entry entries[] = {
        { ApiCallFormat::Curl, QCoreApplication::translate("ApiCallMenu", "curl"), "copyCurlAction" },
        { ApiCallFormat::Python, QCoreApplication::translate("ApiCallMenu", "Python"), "copyPythonAction" },
        { ApiCallFormat::MaCli, QCoreApplication::translate("ApiCallMenu", "ma-cli"), "copyMaCliAction" },
    };
    for (const Entry &entry : entries)
    {
        QAction *action = menu->addAction(entry.text);
        action->setObjectName(QString::fromLatin1(entry.name));
        QObject::connect(action, &QAction::triggered, menu,
            [provider, copied, format = entry.format, text = entry.text]
            {
                const std::optional<ApiCallSource> source = provider();
                if (!source || !copyApiCall(source->connection, source->request, format) || !copied)
                    return;
                QString note
                    = QCoreApplication::translate("ApiCallMenu", "Copied the request as %1 (no credentials included)")
                          .arg(text);
                if (!source->rejection.isEmpty())
                    note
                        = QCoreApplication::translate("ApiCallMenu", "%1; as it stands the service would reject it: %2")
                              .arg(note, source->rejection);
                copied(note);
            });
    }
    QObject::connect(menu, &QMenu::aboutToShow, menu,
        [menu, provider]
        {
            const std::optional<ApiCallSource> source = provider();
            const bool ok = source && source->connection && source->connection->client();
            for (QAction *action : menu->actions())
            {
                action->setEnabled(ok);
                action->setToolTip(QString());
            }
            if (!ok)
                return;
            if (renderApiCall(*source->connection, source->request, ApiCallFormat::MaCli).isEmpty())
            {
                QAction *maCli = menu->findChild<QAction *>(QStringLiteral("copyMaCliAction"));
                maCli->setEnabled(false);
                maCli->setToolTip(QCoreApplication::translate("ApiCallMenu", "ma-cli has no command for this request"));
            }
        });
    return menu;
}

QPushButton *createApiCallButton(QWidget *parent, ApiCallProvider provider, std::function<void(const QString &)> copied)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QStringLiteral("apiCallButton"));
    button->setText(QCoreApplication::translate("ApiCallMenu", "Copy as API Call"));
    button->setToolTip(QCoreApplication::translate(
        "ApiCallMenu", "Copy the create request this form would send now as curl, Python or ma-cli"));
    button->setMenu(createApiCallMenu(button, std::move(provider), std::move(copied)));
    return button;
}
} // namespace ma::ui
