#include "confirmation.h"

#include <QCoreApplication>

namespace ma::ui
{
namespace
{
constexpr int kMaxNamesListed = 5;

/** Restart and Reset of pool nodes: the same three shapes as Stop and Delete. */
QString nodeOperationQuestion(
    DestructiveAction action, const ResourceNoun &noun, const QStringList &names, const QString &consequence)
{
    const bool restart = action == DestructiveAction::Restart;
    const int n = int(names.size());
    QString question;
    if (n == 1)
        question = (restart ? QCoreApplication::translate("Confirmation", "Restart the %1 “%2”?")
                            : QCoreApplication::translate("Confirmation", "Reset the %1 “%2”?"))
                       .arg(noun.one, names.front());
    else if (n <= kMaxNamesListed)
        question = (restart ? QCoreApplication::translate("Confirmation", "Restart these %n %1?", nullptr, n)
                            : QCoreApplication::translate("Confirmation", "Reset these %n %1?", nullptr, n))
                       .arg(noun.many)
            + QStringLiteral("\n\n• ") + names.join(QStringLiteral("\n• "));
    else
        question = (restart ? QCoreApplication::translate("Confirmation", "Restart the %n selected %1?", nullptr, n)
                            : QCoreApplication::translate("Confirmation", "Reset the %n selected %1?", nullptr, n))
                       .arg(noun.many);
    if (!consequence.isEmpty())
        question += QStringLiteral("\n\n") + consequence;
    return question;
}
} // namespace

QString destructiveQuestion(
    DestructiveAction action, const ResourceNoun &noun, const QStringList &names, const QString &consequence)
{
    if (action == DestructiveAction::Restart || action == DestructiveAction::Reset)
        return nodeOperationQuestion(action, noun, names, consequence);
    const bool stop = action == DestructiveAction::Stop;
    const int n = int(names.size());
    QString question;
    if (n == 1)
    {
        question = stop ? QCoreApplication::translate("Confirmation", "Stop the %1 “%2”?").arg(noun.one, names.front())
                        : QCoreApplication::translate("Confirmation", "Delete the %1 “%2”? This cannot be undone.")
                              .arg(noun.one, names.front());
    }
    else if (n <= kMaxNamesListed)
    {
        const QString list = QStringLiteral("\n\n• ") + names.join(QStringLiteral("\n• "));
        question = (stop ? QCoreApplication::translate("Confirmation", "Stop these %n %1?", nullptr, n)
                         : QCoreApplication::translate(
                             "Confirmation", "Delete these %n %1? This cannot be undone.", nullptr, n))
                       .arg(noun.many)
            + list;
    }
    else
    {
        question = (stop ? QCoreApplication::translate("Confirmation", "Stop the %n selected %1?", nullptr, n)
                         : QCoreApplication::translate(
                             "Confirmation", "Delete the %n selected %1? This cannot be undone.", nullptr, n))
                       .arg(noun.many);
    }
    if (!consequence.isEmpty())
        question += QStringLiteral("\n\n") + consequence;
    return question;
}
} // namespace ma::ui
