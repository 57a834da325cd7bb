#include "confirmation.h"

#include <QCoreApplication>

namespace ma::ui
{
namespace
{
constexpr int kMaxNamesListed = 5;
} // namespace

QString destructiveQuestion(
    DestructiveAction action, const ResourceNoun &noun, const QStringList &names, const QString &consequence)
{
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
