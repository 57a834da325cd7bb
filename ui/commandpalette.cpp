#include "commandpalette.h"

#include <algorithm>
#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QStringBuilder>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace ma::ui
{
namespace
{
constexpr int kMaxShown = 200;
constexpr int kDetailRole = Qt::UserRole + 1;
constexpr int kShortcutRole = Qt::UserRole + 2;

/** Paints an entry: its text, then its detail and shortcut dimmer on the right. */
class PaletteDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(option.fontMetrics.height() + 12);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString right = [&index]
        {
            const QString detail = index.data(kDetailRole).toString();
            const QString shortcut = index.data(kShortcutRole).toString();
            if (shortcut.isEmpty())
                return detail;
            return detail.isEmpty() ? shortcut : detail % QStringLiteral("   ") % shortcut;
        }();
        const int rightWidth = right.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(right) + 16;
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(10, 0, -10, 0);
        painter->save();
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect = area.adjusted(0, 0, -rightWidth, 0);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        if (!right.isEmpty())
        {
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(area, Qt::AlignVCenter | Qt::AlignRight, right);
        }
        painter->restore();
    }
};

bool isWordStart(const QString &text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    return !before.isLetterOrNumber() || (before.isLower() && here.isUpper());
}
} // namespace

int CommandPalette::fuzzyScore(const QString &pattern, const QString &text)
{
    QString needle = pattern;
    needle.remove(u' ');
    if (needle.isEmpty())
        return 0;
    // Left to right: continue a run when the next letter follows, else jump to the next word
    // start holding the letter ("tj" → Training Jobs), else take its next occurrence. If the
    // jumps leave later letters unmatched, the plain first-occurrence match decides.
    auto match = [&needle, &text](bool preferWordStarts) -> int
    {
        int score = 0;
        qsizetype from = 0;
        qsizetype previous = -2;
        for (const QChar wanted : std::as_const(needle))
        {
            const QChar lower = wanted.toLower();
            qsizetype at = -1;
            if (previous >= 0 && previous + 1 < text.size() && text.at(previous + 1).toLower() == lower)
            {
                at = previous + 1;
            }
            else
            {
                for (qsizetype i = from; i < text.size(); ++i)
                {
                    if (text.at(i).toLower() != lower)
                        continue;
                    if (at < 0)
                        at = i;
                    if (!preferWordStarts || isWordStart(text, i))
                    {
                        at = i;
                        break;
                    }
                }
            }
            if (at < 0)
                return -1;
            score += 1;
            if (at == previous + 1)
                score += 5;
            if (isWordStart(text, at))
                score += 8;
            if (at == 0)
                score += 10;
            previous = at;
            from = at + 1;
        }
        return score;
    };
    int score = std::max(match(true), match(false));
    if (score < 0)
        return -1;
    if (text.startsWith(needle, Qt::CaseInsensitive))
        score += 10;
    // Shorter texts first among equals.
    return score * 100 - int(std::min<qsizetype>(text.size(), 99));
}

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setMinimumWidth(560);

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Go to a page, run an action or open a resource by name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.15);
    m_search->setFont(searchFont);
    m_search->setMinimumHeight(m_search->fontMetrics().height() + 14);
    m_search->setTextMargins(6, 0, 6, 0);

    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the search field
    m_list->setMinimumHeight(320);
    connect(m_list, &QListView::clicked, this, [this] { runCurrent(); });

    m_hint->setObjectName(QStringLiteral("paletteHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("↑↓ to choose · Enter to open · Esc to close"));

    // A frameless popup: the panel draws the edge that sets it apart from the page below.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("palettePanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(panel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_search, &QLineEdit::textChanged, this,
        [this]
        {
            m_note.clear();
            refilter();
            m_settle.start();
        });
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] { emit searchSettled(m_search->text().trimmed()); });
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::setEntries(std::vector<PaletteEntry> entries)
{
    m_entries = std::move(entries);
    m_settle.stop();
    m_searching = false;
    m_note.clear();
    const QSignalBlocker blocker(m_search);
    m_search->clear();
    refilter();
}

void CommandPalette::addEntries(const QString &text, std::vector<PaletteEntry> entries)
{
    if (text != m_search->text().trimmed())
        return;
    QSet<QString> keys;
    for (const PaletteEntry &entry : m_entries)
    {
        if (!entry.key.isEmpty())
            keys.insert(entry.key);
    }
    bool added = false;
    for (PaletteEntry &entry : entries)
    {
        if (!entry.key.isEmpty() && keys.contains(entry.key))
            continue;
        keys.insert(entry.key);
        m_entries.push_back(std::move(entry));
        added = true;
    }
    if (!added)
        return;
    // Keep the entry the user has arrowed to: an answer must not move the choice under Enter.
    const int row = m_list->currentIndex().row();
    const int chosen = row >= 0 && row < int(m_shown.size()) ? m_shown[size_t(row)] : -1;
    refilter();
    const auto at = std::find(m_shown.begin(), m_shown.end(), chosen);
    if (chosen >= 0 && row > 0 && at != m_shown.end())
        m_list->setCurrentIndex(m_model->index(int(at - m_shown.begin()), 0));
}

void CommandPalette::setSearching(bool searching)
{
    m_searching = searching;
    updateHint();
}

void CommandPalette::setNote(const QString &note)
{
    m_note = note;
    updateHint();
}

void CommandPalette::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList CommandPalette::shownTexts() const
{
    QStringList texts;
    for (int index : m_shown)
        texts << m_entries[size_t(index)].text;
    return texts;
}

void CommandPalette::refilter()
{
    const QString pattern = m_search->text().trimmed();
    std::vector<std::pair<int, int>> scored; // (score, entry), stable for equal scores
    for (int i = 0; i < int(m_entries.size()); ++i)
    {
        const PaletteEntry &entry = m_entries[size_t(i)];
        int score = fuzzyScore(pattern, entry.text);
        // The detail (group, page) may match too, ranked below a match of the text itself.
        if (score < 0 && !entry.detail.isEmpty())
        {
            const int detailScore = fuzzyScore(pattern, entry.detail % u' ' % entry.text);
            score = detailScore < 0 ? -1 : detailScore / 2;
        }
        if (score >= 0)
            scored.emplace_back(score, i);
    }
    if (!pattern.isEmpty())
        std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });

    m_shown.clear();
    m_model->clear();
    for (const auto &[score, index] : scored)
    {
        if (int(m_shown.size()) >= kMaxShown)
            break;
        const PaletteEntry &entry = m_entries[size_t(index)];
        auto *item = new QStandardItem(entry.text);
        item->setData(entry.detail, kDetailRole);
        item->setData(entry.shortcut.toString(QKeySequence::NativeText), kShortcutRole);
        item->setToolTip(entry.detail.isEmpty() ? entry.text : entry.detail % u": " % entry.text);
        m_model->appendRow(item);
        m_shown.push_back(index);
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    updateHint();
}

void CommandPalette::updateHint()
{
    const QString pattern = m_search->text().trimmed();
    QString hint;
    if (!m_note.isEmpty())
        hint = m_note;
    else if (m_searching)
        hint = tr("Searching the server for “%1”…").arg(pattern);
    else if (m_shown.empty())
        hint = tr("Nothing matches “%1”").arg(pattern);
    else
        hint = tr("↑↓ to choose · Enter to open · Esc to close");
    m_hint->setText(hint);
}

void CommandPalette::runCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= int(m_shown.size()))
        return;
    // Close first: the entry may open a dialog or move focus to a page.
    const std::function<void()> run = m_entries[size_t(m_shown[size_t(row)])].run;
    accept();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress)
    {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int row = m_list->currentIndex().row();
        auto moveTo = [this, rows](int target)
        {
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::clamp(target, 0, rows - 1), 0));
        };
        switch (key->key())
        {
        case Qt::Key_Down:
            moveTo(row + 1);
            return true;
        case Qt::Key_Up:
            moveTo(row - 1);
            return true;
        case Qt::Key_PageDown:
            moveTo(row + 10);
            return true;
        case Qt::Key_PageUp:
            moveTo(row - 10);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
} // namespace ma::ui
