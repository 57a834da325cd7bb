#include "notebookpageids.h"

#include <QCoreApplication>

namespace ma::ui
{
ResourceNoun notebookNoun()
{
    return { QCoreApplication::translate("Notebooks", "notebook"),
        QCoreApplication::translate("Notebooks", "notebooks") };
}
} // namespace ma::ui
