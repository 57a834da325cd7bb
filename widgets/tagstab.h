#pragma once

// The Tags tab of a details page (dedicated resource pools, notebooks, training jobs): the
// resource's TMS tags in a table, a key and a value to add one (an existing key gets the new
// value), Delete for the selected ones, and the console's rules next to the inputs: at most
// `limit` tags (the counter says how many are left), keys of at most 128 characters, values of
// at most 255, no key starting with _sys_. The page owns the requests: it answers
// addRequested() and deleteRequested() with its area's calls and gives the server's tags to
// setTags().

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ma::widgets
{
class TagsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsTab)

public:
    /** TMS limits of a tag (the console's Add Tag dialog refuses longer ones). */
    static constexpr int kMaxKeyLength = 128;
    static constexpr int kMaxValueLength = 255;

    /**
     * @p limit tags at most; @p limitMessage says so when the user tries one more ("A pool has
     * at most %1 tags; delete one first.", %1 is the limit).
     */
    TagsTab(int limit, QString limitMessage, QWidget *parent = nullptr);
    ~TagsTab() override;

    /** Shows @p tags (key → value); the selected keys that are still there stay selected. */
    void setTags(const QMap<QString, QString> &tags);
    const QMap<QString, QString> &tags() const { return m_tags; }
    /** Empties the table (another resource is about to be shown). */
    void clear();
    /** Add and Delete are enabled only while the page can send (connected, nothing in flight). */
    void setReady(bool ready);
    /** Empties the key and value fields (after an add was sent). */
    void clearInputs();

    /** True when @p key may be added now: it exists already (its value changes) or the limit leaves room. */
    bool hasRoomFor(const QString &key) const;

    QTableWidget *table() const { return m_table; }
    QStringList selectedKeys() const;

    /** "Delete the tag “k”?" or "Delete these 3 tags?" with the keys listed. */
    static QString deleteConfirmation(const QStringList &keys);

signals:
    void addRequested(const QString &key, const QString &value);
    void deleteRequested(const QStringList &keys);

private:
    void updateInputs();

    const int m_limit;
    const QString m_limitMessage;
    QMap<QString, QString> m_tags;
    bool m_ready = false;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_message;
    QLabel *m_counter;
    QTableWidget *m_table;
};
} // namespace ma::widgets
