#include "poolpageids.h"

#include <QCoreApplication>

namespace ma::ui
{
ResourceNoun poolNoun()
{
    return { QCoreApplication::translate("Pools", "dedicated resource pool"),
        QCoreApplication::translate("Pools", "dedicated resource pools") };
}

ResourceNoun nodeNoun()
{
    return { QCoreApplication::translate("Pools", "node"), QCoreApplication::translate("Pools", "nodes") };
}

ResourceNoun networkNoun()
{
    return { QCoreApplication::translate("Pools", "network"), QCoreApplication::translate("Pools", "networks") };
}
} // namespace ma::ui
