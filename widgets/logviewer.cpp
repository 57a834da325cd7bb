#include "logviewer.h"

#include "widgets/theme.h"

#include <algorithm>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
constexpr int SearchDelayMs = 150; // typing in a long log searches once the user pauses
}

struct LogViewer::Private
{
    explicit Private(LogViewer *owner)
        : q(owner)
    {
    }

    void setup();
    void retranslate();
    void runSearch(bool jump);
    void searchFrom(int position);
    void dropStaleMatches();
    void updateHighlights();
    void updateCounter();
    void jumpTo(int index);
    void scrollToEnd();
    void setFollowing(bool on, bool byScroll);
    void onScrolled(int value);

    LogViewer *const q;
    QHBoxLayout *toolbar = nullptr;
    QPlainTextEdit *edit = nullptr;
    QLineEdit *search = nullptr;
    QLabel *counter = nullptr;
    QToolButton *previous = nullptr;
    QToolButton *next = nullptr;
    QToolButton *matchCase = nullptr;
    QToolButton *wrap = nullptr;
    QToolButton *follow = nullptr;
    QProgressBar *progressBar = nullptr;
    QToolButton *download = nullptr;
    QTimer searchDelay;

    QList<QTextCursor> matches;
    int current = -1;
    bool capped = false;
    bool following = true;
    bool pausedByScroll = false;
    bool scrolling = false; // our own scroll: not a user decision
    int progress = -1;
};

void LogViewer::Private::setup()
{
    edit = new QPlainTextEdit(q);
    edit->setObjectName(u"logText"_s);
    edit->setReadOnly(true);
    edit->setUndoRedoEnabled(false); // logs are large; there is nothing to undo
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    edit->setFont(mono);
    edit->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(u' ') * 8);

    search = new QLineEdit(q);
    search->setObjectName(u"logSearch"_s);
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(110); // the row also holds the task picker and the page's buttons
    search->installEventFilter(q);

    counter = new QLabel(q);
    counter->setObjectName(u"logMatchCounter"_s);
    counter->setMinimumWidth(counter->fontMetrics().horizontalAdvance(u"0000 / 0000+"_s));

    const auto makeButton = [this](const QString &name, bool checkable)
    {
        auto *button = new QToolButton(q);
        button->setObjectName(name);
        button->setCheckable(checkable);
        button->setAutoRaise(!checkable);
        return button;
    };
    previous = makeButton(u"logPrevious"_s, false);
    previous->setArrowType(Qt::UpArrow);
    next = makeButton(u"logNext"_s, false);
    next->setArrowType(Qt::DownArrow);
    matchCase = makeButton(u"logMatchCase"_s, true);
    wrap = makeButton(u"logWrap"_s, true);
    follow = makeButton(u"logFollow"_s, true);
    follow->setChecked(true);
    download = makeButton(u"logDownload"_s, false);
    download->setAutoRaise(false);
    download->setToolButtonStyle(Qt::ToolButtonTextOnly);

    progressBar = new QProgressBar(q);
    progressBar->setObjectName(u"logProgress"_s);
    progressBar->setRange(0, 100);
    progressBar->setFixedWidth(120);
    progressBar->setVisible(false);

    toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setSpacing(4);
    toolbar->addWidget(search);
    toolbar->addWidget(counter);
    toolbar->addWidget(previous);
    toolbar->addWidget(next);
    toolbar->addWidget(matchCase);
    toolbar->addStretch(1);
    toolbar->addWidget(wrap);
    toolbar->addWidget(follow);
    toolbar->addSpacing(8);
    toolbar->addWidget(progressBar);
    toolbar->addWidget(download);

    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(edit, 1);

    searchDelay.setSingleShot(true);
    searchDelay.setInterval(SearchDelayMs);
    retranslate();
    updateCounter();
}

void LogViewer::Private::retranslate()
{
    search->setPlaceholderText(LogViewer::tr("Search the log"));
    previous->setToolTip(LogViewer::tr("Previous match (Shift+Enter, Shift+F3)"));
    next->setToolTip(LogViewer::tr("Next match (Enter, F3)"));
    matchCase->setText(LogViewer::tr("Aa", "match case toggle"));
    matchCase->setToolTip(LogViewer::tr("Match case"));
    wrap->setText(LogViewer::tr("Wrap"));
    wrap->setToolTip(LogViewer::tr("Wrap long lines"));
    follow->setText(LogViewer::tr("Follow"));
    follow->setToolTip(LogViewer::tr("Scroll to new lines as they arrive"));
    download->setText(LogViewer::tr("Download…"));
    download->setToolTip(LogViewer::tr("Save the full log to a file"));
    progressBar->setFormat(LogViewer::tr("%p%", "download progress"));
    progressBar->setToolTip(LogViewer::tr("Downloading the log"));
    updateCounter();
}

void LogViewer::Private::searchFrom(int position)
{
    const QString term = search->text();
    QTextDocument::FindFlags flags;
    if (matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    while (matches.size() < MaxHighlightedMatches)
    {
        cursor = edit->document()->find(term, cursor, flags);
        if (cursor.isNull())
            return;
        matches.append(cursor);
    }
    capped = !edit->document()->find(term, cursor, flags).isNull();
}

void LogViewer::Private::runSearch(bool jump)
{
    searchDelay.stop();
    matches.clear();
    current = -1;
    capped = false;
    if (!search->text().isEmpty())
        searchFrom(0);
    if (!matches.isEmpty())
    {
        // Start at the first match on screen or below it; at the bottom of a log that is the last match.
        const int top = edit->cursorForPosition(QPoint(0, 0)).position();
        const auto it = std::find_if(
            matches.cbegin(), matches.cend(), [top](const QTextCursor &c) { return c.selectionStart() >= top; });
        current = it == matches.cend() ? int(matches.size()) - 1 : int(it - matches.cbegin());
    }
    updateHighlights();
    updateCounter();
    if (jump && current >= 0)
        jumpTo(current);
}

void LogViewer::Private::dropStaleMatches()
{
    // Lines dropped by the line limit collapse their cursors: forget those matches.
    const QTextCursor currentCursor = current >= 0 ? matches.at(current) : QTextCursor();
    const auto stale
        = std::remove_if(matches.begin(), matches.end(), [](const QTextCursor &c) { return !c.hasSelection(); });
    if (stale == matches.end())
        return;
    matches.erase(stale, matches.end());
    const int index = int(matches.indexOf(currentCursor));
    current = index >= 0 ? index : (matches.isEmpty() ? -1 : 0);
}

void LogViewer::Private::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(matches.size());
    QTextCharFormat match;
    match.setBackground(Theme::color(Theme::Role::SearchMatch));
    match.setForeground(Theme::color(Theme::Role::SearchText));
    QTextCharFormat currentFormat;
    currentFormat.setBackground(Theme::color(Theme::Role::SearchCurrent));
    currentFormat.setForeground(Theme::color(Theme::Role::SearchText));
    for (int i = 0; i < matches.size(); ++i)
        selections.append({ matches.at(i), i == current ? currentFormat : match });
    edit->setExtraSelections(selections);
}

void LogViewer::Private::updateCounter()
{
    const bool searching = !search->text().isEmpty();
    previous->setEnabled(!matches.isEmpty());
    next->setEnabled(!matches.isEmpty());
    if (!searching)
    {
        counter->clear();
        return;
    }
    if (matches.isEmpty())
    {
        counter->setText(LogViewer::tr("No matches"));
        return;
    }
    const QString total = capped ? LogViewer::tr("%1+", "more matches than counted").arg(matches.size())
                                 : QString::number(matches.size());
    counter->setText(LogViewer::tr("%1 / %2", "current match / match count").arg(current + 1).arg(total));
}

void LogViewer::Private::jumpTo(int index)
{
    if (index < 0 || index >= matches.size())
        return;
    current = index;
    updateHighlights();
    updateCounter();
    QTextCursor caret = matches.at(index);
    caret.setPosition(caret.selectionStart());
    const bool visible = edit->viewport()->rect().contains(edit->cursorRect(caret));
    edit->setTextCursor(caret);
    if (!visible)
        edit->centerCursor();
    edit->ensureCursorVisible();
}

void LogViewer::Private::scrollToEnd()
{
    QScrollBar *bar = edit->verticalScrollBar();
    scrolling = true;
    bar->setValue(bar->maximum());
    scrolling = false;
}

void LogViewer::Private::setFollowing(bool on, bool byScroll)
{
    pausedByScroll = !on && byScroll;
    if (following == on)
        return;
    following = on;
    {
        const QSignalBlocker blocker(follow);
        follow->setChecked(on);
    }
    if (on)
        scrollToEnd();
    Q_EMIT q->followingChanged(on);
}

void LogViewer::Private::onScrolled(int value)
{
    if (scrolling)
        return;
    const bool atEnd = value >= edit->verticalScrollBar()->maximum();
    if (following && !atEnd)
        setFollowing(false, true);
    else if (!following && atEnd && pausedByScroll)
        setFollowing(true, false); // back at the bottom after scrolling away: follow again
}

LogViewer::LogViewer(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->setup();

    connect(d->search, &QLineEdit::textEdited, this, [this] { d->searchDelay.start(); });
    connect(&d->searchDelay, &QTimer::timeout, this, [this] { d->runSearch(true); });
    connect(d->previous, &QToolButton::clicked, this, &LogViewer::findPrevious);
    connect(d->next, &QToolButton::clicked, this, &LogViewer::findNext);
    connect(d->matchCase, &QToolButton::toggled, this, [this] { d->runSearch(true); });
    connect(d->wrap, &QToolButton::toggled, this, [this](bool on) { setWrapLines(on); });
    connect(d->follow, &QToolButton::toggled, this, [this](bool on) { d->setFollowing(on, false); });
    connect(d->download, &QToolButton::clicked, this, &LogViewer::downloadRequested);
    connect(d->edit->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) { d->onScrolled(value); });
    connect(d->edit->verticalScrollBar(), &QScrollBar::rangeChanged, this,
        [this]
        {
            if (d->following)
                d->scrollToEnd(); // relayout (resize, wrap) moved the end
        });

    auto *findNextShortcut = new QShortcut(QKeySequence::FindNext, this);
    findNextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextShortcut, &QShortcut::activated, this, &LogViewer::findNext);
    auto *findPreviousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    findPreviousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousShortcut, &QShortcut::activated, this, &LogViewer::findPrevious);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &LogViewer::focusSearch);
    // Help > Keyboard Shortcuts lists a shortcut by its What's This.
    findShortcut->setWhatsThis(tr("Find in the log"));
    findNextShortcut->setWhatsThis(tr("Find next in the log"));
    findPreviousShortcut->setWhatsThis(tr("Find previous in the log"));
}

LogViewer::~LogViewer() = default;

void LogViewer::setText(const QString &text)
{
    d->edit->setPlainText(text);
    if (d->following)
        d->scrollToEnd();
    d->runSearch(false);
}

void LogViewer::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextDocument *doc = d->edit->document();
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    // Marks where the new text starts, even after the line limit drops lines from the top.
    QTextCursor newTextStart = cursor;
    newTextStart.setKeepPositionOnInsert(true);
    cursor.insertText(text);
    if (d->following)
        d->scrollToEnd();

    const QString term = d->search->text();
    if (term.isEmpty())
        return;
    d->dropStaleMatches();
    if (d->matches.size() >= MaxHighlightedMatches)
    {
        d->capped = true;
    }
    else
    {
        // Only the new text (and a match that straddles the old end) can add matches.
        int from = std::max(0, newTextStart.position() - int(term.size()) + 1);
        if (!d->matches.isEmpty())
            from = std::max(from, d->matches.constLast().selectionEnd());
        d->searchFrom(from);
    }
    if (d->current < 0 && !d->matches.isEmpty())
        d->current = 0;
    d->updateHighlights();
    d->updateCounter();
}

void LogViewer::clear()
{
    d->edit->clear();
    d->runSearch(false);
}

QString LogViewer::text() const
{
    return d->edit->toPlainText();
}

void LogViewer::setMaximumLineCount(int lines)
{
    d->edit->setMaximumBlockCount(std::max(0, lines));
}

int LogViewer::maximumLineCount() const
{
    return d->edit->maximumBlockCount();
}

void LogViewer::setSearchText(const QString &text)
{
    d->search->setText(text);
    d->runSearch(true);
}

QString LogViewer::searchText() const
{
    return d->search->text();
}

void LogViewer::setCaseSensitive(bool on)
{
    d->matchCase->setChecked(on); // toggled() searches again
}

bool LogViewer::isCaseSensitive() const
{
    return d->matchCase->isChecked();
}

void LogViewer::setWrapLines(bool on)
{
    {
        const QSignalBlocker blocker(d->wrap);
        d->wrap->setChecked(on);
    }
    d->edit->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    if (d->following)
        d->scrollToEnd();
}

bool LogViewer::wrapLines() const
{
    return d->edit->lineWrapMode() != QPlainTextEdit::NoWrap;
}

void LogViewer::setFollowing(bool on)
{
    d->setFollowing(on, false);
}

bool LogViewer::isFollowing() const
{
    return d->following;
}

int LogViewer::matchCount() const
{
    return int(d->matches.size());
}

int LogViewer::currentMatch() const
{
    return d->current + 1;
}

void LogViewer::setProgress(int percent)
{
    d->progress = std::clamp(percent, -1, 100);
    d->progressBar->setVisible(d->progress >= 0);
    if (d->progress >= 0)
        d->progressBar->setValue(d->progress);
    d->download->setEnabled(d->progress < 0 || d->progress >= 100);
}

int LogViewer::progress() const
{
    return d->progress;
}

QPlainTextEdit *LogViewer::editor() const
{
    return d->edit;
}

void LogViewer::findNext()
{
    if (d->searchDelay.isActive())
    {
        d->runSearch(true); // Enter right after typing: go to the first match
        return;
    }
    if (d->matches.isEmpty())
        return;
    d->jumpTo((d->current + 1) % int(d->matches.size()));
}

void LogViewer::findPrevious()
{
    if (d->searchDelay.isActive())
    {
        d->runSearch(true);
        return;
    }
    if (d->matches.isEmpty())
        return;
    const int n = int(d->matches.size());
    d->jumpTo((d->current - 1 + n) % n);
}

void LogViewer::focusSearch()
{
    d->search->setFocus(Qt::ShortcutFocusReason);
    d->search->selectAll();
}

bool LogViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->search && event->type() == QEvent::KeyPress)
    {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !d->search->text().isEmpty())
        {
            setSearchText(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LogViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QWidget::changeEvent(event);
}
} // namespace ma::widgets
