#pragma once

// The pages of the window, registered once (ui/pages.cpp). The main window builds its
// navigation and its page stack from this list and never names a page class, so an area
// adds a page with files in its own folder and one entry here.

#include <functional>
#include <QString>
#include <vector>

class QWidget;

namespace ma::ui
{
class ConsolePage;

struct PageEntry
{
    /** Stable id other pages navigate to, e.g. "training.jobs". */
    QString id;
    /** Navigation group (translated in the "Navigation" context); empty = top level. */
    const char *group = nullptr;
    /** Navigation title (translated in the "Navigation" context); nullptr = a sub-page. */
    const char *title = nullptr;
    /** For a sub-page: the navigation entry that stays selected while it is shown. */
    QString parentId;
    std::function<ConsolePage *(QWidget *parent)> create;
};

class PageRegistry
{
public:
    /** Every page, in navigation order; the first with a title opens at start. */
    static const std::vector<PageEntry> &entries();
    static const PageEntry *find(const QString &id);
};
} // namespace ma::ui
