#pragma once

// One count of the Overview's status cards: a large number over its status word, the left
// edge in the status tone. A clickable tile opens the list filtered by that status.

#include <QPushButton>

class QLabel;

namespace ma::ui
{
class StatusTile final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusTile)

public:
    /** @p status is the API's word (its tone and translated text come from widgets/statuspalette). */
    StatusTile(const QString &status, const QString &caption, bool clickable, QWidget *parent = nullptr);

    const QString &status() const { return m_status; }
    /** Shows @p count; a negative count shows "–" (not loaded yet). */
    void setCount(int count);
    int count() const { return m_count; }
    QString countText() const;

    QSize sizeHint() const override;

private:
    QString m_status;
    int m_count = -1;
    QLabel *m_number;
    QLabel *m_caption;
};
} // namespace ma::ui
