#pragma once

// A read-only log pane with search, follow mode and a download request: the Logs tab of the job
// details page (training.md §4.5). The page owns the network part; this widget only shows text.

#include <memory>
#include <QWidget>

class QPlainTextEdit;

namespace ma::widgets
{
/**
 * @brief A monospace, read-only log view with a toolbar row.
 *
 * - Search highlights every match of the loaded text (ExtraSelection), shows "3 / 17" and jumps
 *   with next/previous (Enter / Shift+Enter in the field, F3 / Shift+F3, Ctrl+F focuses the field);
 *   at most MaxHighlightedMatches are highlighted.
 * - Follow mode scrolls to the end when text arrives; scrolling up switches it off, scrolling back
 *   to the bottom switches it on again.
 * - "Download…" only emits downloadRequested(); the page reports progress with setProgress().
 * Use on the GUI thread.
 */
class LogViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewer)

public:
    static constexpr int MaxHighlightedMatches = 10000;

    explicit LogViewer(QWidget *parent = nullptr);
    ~LogViewer() override;

    /** Replaces the whole text. */
    void setText(const QString &text);
    /** Appends raw text at the end (it continues the last line unless it starts with a newline). */
    void appendText(const QString &text);
    void clear();
    QString text() const;

    /** Keep at most @p lines lines, dropping the oldest (0 = unlimited, the default). */
    void setMaximumLineCount(int lines);
    int maximumLineCount() const;

    void setSearchText(const QString &text);
    QString searchText() const;
    void setCaseSensitive(bool on);
    bool isCaseSensitive() const;
    void setWrapLines(bool on);
    bool wrapLines() const;
    void setFollowing(bool on);
    bool isFollowing() const;

    int matchCount() const;
    /** The selected match, 1-based as in the "3 / 17" counter; 0 when there is none. */
    int currentMatch() const;

    /** Download progress in percent; -1 hides the bar. The Download button is disabled while 0..99. */
    void setProgress(int percent);
    int progress() const;

    QPlainTextEdit *editor() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    void focusSearch();

Q_SIGNALS:
    void downloadRequested();
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
} // namespace ma::widgets
