#include "pageregistry.h"

namespace ma::ui
{
const PageEntry *PageRegistry::find(const QString &id)
{
    for (const PageEntry &entry : entries())
    {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}
} // namespace ma::ui
