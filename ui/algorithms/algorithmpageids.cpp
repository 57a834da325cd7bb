#include "algorithmpageids.h"

#include <QCoreApplication>

namespace ma::ui
{
ResourceNoun algorithmNoun()
{
    return { QCoreApplication::translate("Algorithms", "algorithm"),
        QCoreApplication::translate("Algorithms", "algorithms") };
}
} // namespace ma::ui
