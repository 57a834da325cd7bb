#pragma once

// The command palette (Ctrl+K): one search field over the window's pages, the actions the
// pages offer and the resources the lists have loaded. Typing filters with a fuzzy match
// (the letters in order, word starts and runs ranked first); Enter runs the chosen entry.
// The main window gives it the entries each time it opens, so they are never stale, and adds
// the resources the server finds by name once typing pauses (searchSettled()).

#include <functional>
#include <QDialog>
#include <QKeySequence>
#include <QTimer>
#include <vector>

class QLineEdit;
class QListView;
class QStandardItemModel;
class QLabel;

namespace ma::ui
{
struct PaletteEntry
{
    enum class Kind
    {
        Page,
        Action,
        Resource,
    };
    Kind kind = Kind::Page;
    QString text; // what is matched and shown: "Training Jobs", "Create Training Job", "job-7"
    QString detail; // shown beside it, dimmer: the group, the page, the resource's kind
    QKeySequence shortcut;
    std::function<void()> run;
    /** Names a resource ("notebook:<id>") so one found on the server does not repeat a loaded row. */
    QString key;
};

class CommandPalette final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    explicit CommandPalette(QWidget *parent = nullptr);
    ~CommandPalette() override;

    /** Replaces the entries and shows them all, in the given order, under an empty search. */
    void setEntries(std::vector<PaletteEntry> entries);
    /** Sets the search text (as typing would). */
    void setSearchText(const QString &text);
    /**
     * @brief Adds entries found for the search @p text (a server's answer); ignored when the
     * search has changed since. Entries whose key is already listed are skipped; the chosen
     * entry stays chosen.
     */
    void addEntries(const QString &text, std::vector<PaletteEntry> entries);
    /** Shows that a search of the server for the current text runs (or has ended). */
    void setSearching(bool searching);
    /** A note under the list (a search that failed); cleared by typing. */
    void setNote(const QString &note);
    /** How long typing must pause before searchSettled(). */
    static constexpr int kSettleMs = 250;

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    /** The texts of the entries shown, in order (tests). */
    QStringList shownTexts() const;
    /** Runs the selected entry (Enter) and closes. */
    void runCurrent();

    /**
     * @brief How well @p pattern matches @p text: -1 when its letters do not all appear in
     * order (case-insensitive; spaces in the pattern are ignored), else a score where a prefix,
     * word starts and consecutive letters count more and a shorter text wins ties.
     */
    static int fuzzyScore(const QString &pattern, const QString &text);

signals:
    /** Typing paused on @p text (trimmed, possibly empty): time to search the server. */
    void searchSettled(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void updateHint();

    std::vector<PaletteEntry> m_entries;
    std::vector<int> m_shown; // indexes into m_entries, in display order
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_model;
    QLabel *m_hint;
    QTimer m_settle;
    bool m_searching = false;
    QString m_note;
};
} // namespace ma::ui
