#include "keyvalueeditor.h"

#include "api/jsoncodec.h"
#include "widgets/theme.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
namespace
{
enum Column
{
    KeyColumn,
    ValueColumn,
    ColumnCount,
};

enum Role
{
    MessageRole = Qt::UserRole + 1,
    WarningRole,
    FixedRowRole, // on the key item: the row cannot be removed
};

constexpr int MinimumVisibleRows = 2; // room for the empty-state text
constexpr int MaxListedMessages = 5;

// Row tints are translucent theme roles, so they read in light and dark themes.
QString errorTextColor()
{
    return Theme::color(Theme::Role::ErrorText).name();
}

QString warningTextColor()
{
    return Theme::color(Theme::Role::WarningText).name();
}

/** A table view that says what to do while it is empty. */
class KeyValueTableView final : public QTableView
{
public:
    using QTableView::QTableView;
    QString emptyText;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (model() && model()->rowCount() == 0 && !emptyText.isEmpty())
        {
            QPainter painter(viewport());
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(viewport()->rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, emptyText);
        }
    }
};

QString elided(const QString &text)
{
    return text.size() > 60 ? text.left(57) + u"..."_s : text;
}

QString unquoted(const QString &value)
{
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}
} // namespace

KeyValueEditor::KeyValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new KeyValueTableView(this))
    , m_add(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_import(new QToolButton(this))
    , m_counter(new QLabel(this))
    , m_messages(new QLabel(this))
{
    m_add->setObjectName(u"keyValueAdd"_s);
    m_delete->setObjectName(u"keyValueDelete"_s);
    m_import->setObjectName(u"keyValueImport"_s);
    m_counter->setObjectName(u"keyValueCounter"_s);
    m_messages->setObjectName(u"keyValueMessages"_s);
    m_view->setObjectName(u"keyValueTable"_s);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *deleteAction = new QAction(m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &KeyValueEditor::removeSelectedRows);

    for (QToolButton *button : { m_add, m_delete, m_import })
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setVisible(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->setSpacing(4);
    toolbar->addWidget(m_add);
    toolbar->addWidget(m_delete);
    toolbar->addWidget(m_import);
    toolbar->addStretch(1);
    toolbar->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(toolbar);
    layout->addWidget(m_view);
    layout->addWidget(m_messages);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_add, &QToolButton::clicked, this, &KeyValueEditor::addRow);
    connect(m_delete, &QToolButton::clicked, this, &KeyValueEditor::removeSelectedRows);
    connect(m_import, &QToolButton::clicked, this, &KeyValueEditor::importFromFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeyValueEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles)
        {
            if (m_silent)
                return;
            if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole))
                emit rowsChanged();
        });

    retranslate();
    updateState();
}

KeyValueEditor::~KeyValueEditor()
{
    // The view goes before its model (the model is the first child): a model destroyed first
    // makes the view drop its selection, and that signal would reach this half-destroyed editor.
    delete m_view;
    m_view = nullptr;
}

void KeyValueEditor::setHeaders(const QString &keyHeader, const QString &valueHeader)
{
    m_keyHeader = keyHeader;
    m_valueHeader = valueHeader;
    retranslate();
}

void KeyValueEditor::setMaximumRows(int max)
{
    m_maximumRows = std::max(0, max);
    updateState();
}

int KeyValueEditor::maximumRows() const
{
    return m_maximumRows;
}

void KeyValueEditor::setRows(const QList<models::KeyValue> &rows)
{
    const bool changed = rows != this->rows();
    m_silent = true;
    m_model->removeRows(0, m_model->rowCount());
    m_silent = false;
    m_message.clear();
    appendRows(rows);
    if (changed)
        emit rowsChanged();
}

QList<models::KeyValue> KeyValueEditor::rows() const
{
    QList<models::KeyValue> result;
    result.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        result.append({ m_model->item(row, KeyColumn)->text(), m_model->item(row, ValueColumn)->text() });
    return result;
}

int KeyValueEditor::rowCount() const
{
    return m_model->rowCount();
}

void KeyValueEditor::setRowConstraints(int row, bool keyEditable, bool valueEditable, bool removable)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_silent = true;
    const bool editable[ColumnCount] = { keyEditable, valueEditable };
    for (int column = 0; column < ColumnCount; ++column)
    {
        QStandardItem *item = m_model->item(row, column);
        item->setEditable(editable[column]);
        item->setData(editable[column] ? QVariant() : QVariant(palette().color(QPalette::Disabled, QPalette::Text)),
            Qt::ForegroundRole);
    }
    m_model->item(row, KeyColumn)->setData(removable ? QVariant() : QVariant(true), FixedRowRole);
    m_silent = false;
    updateState();
}

bool KeyValueEditor::isRowRemovable(int row) const
{
    return row >= 0 && row < m_model->rowCount() && !m_model->item(row, KeyColumn)->data(FixedRowRole).toBool();
}

void KeyValueEditor::setRowMessage(int row, const QString &message, bool warning)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_silent = true;
    const QColor tint = Theme::color(warning ? Theme::Role::WarningTint : Theme::Role::ErrorTint);
    const QIcon icon = message.isEmpty()
        ? QIcon()
        : style()->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical);
    for (int column = 0; column < ColumnCount; ++column)
    {
        QStandardItem *item = m_model->item(row, column);
        item->setData(message.isEmpty() ? QVariant() : QVariant(tint), Qt::BackgroundRole);
        item->setToolTip(message);
        if (column == KeyColumn)
        {
            item->setData(message.isEmpty() ? QVariant() : QVariant(message), MessageRole);
            item->setData(warning, WarningRole);
            item->setIcon(icon);
        }
    }
    m_silent = false;
    updateMessages();
}

void KeyValueEditor::setMessage(const QString &message)
{
    m_message = message;
    updateMessages();
}

void KeyValueEditor::clearMessages()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        if (!m_model->item(row, KeyColumn)->data(MessageRole).isNull())
            setRowMessage(row, QString());
    }
    m_message.clear();
    updateMessages();
}

QString KeyValueEditor::messageText() const
{
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const QString message = m_model->item(row, KeyColumn)->data(MessageRole).toString();
        if (!message.isEmpty())
            lines.append(tr("Row %1: %2").arg(row + 1).arg(message));
    }
    if (!m_message.isEmpty())
        lines.append(m_message);
    return lines.join(u'\n');
}

bool KeyValueEditor::importFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &text)
    {
        if (error)
            *error = text;
        return false;
    };
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    QList<models::KeyValue> entries;
    const QString text = QString::fromUtf8(data);
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'['))
    {
        // The limits of api::parseJson (ordered_json keeps the file's key order, so the check is done here).
        if (data.size() > api::kMaxJsonBytes || api::jsonNestingDepth(data) > api::kMaxJsonDepth)
            return fail(tr("%1 is too large or nested too deeply.").arg(fileName));
        const nlohmann::ordered_json json
            = nlohmann::ordered_json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        if (json.is_discarded())
            return fail(tr("%1 is not valid JSON.").arg(fileName));
        if (!json.is_object())
            return fail(
                tr("%1 must contain KEY=VALUE lines or a JSON object such as {\"epochs\": \"10\"}.").arg(fileName));
        for (const auto &[key, value] : json.items())
        {
            const QString name = QString::fromStdString(key);
            QString valueText;
            if (value.is_string())
                valueText = QString::fromStdString(value.get<std::string>());
            else if (value.is_number() || value.is_boolean())
                valueText = QString::fromStdString(value.dump());
            else if (!value.is_null())
                return fail(tr("The value of \"%1\" in %2 must be text, a number or a boolean.").arg(name, fileName));
            entries.append({ name, valueText });
        }
    }
    else
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
        {
            const QString line = lines.at(i).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype equals = line.indexOf(u'=');
            if (equals < 0)
                return fail(tr("Line %1 of %2 is not KEY=VALUE: %3").arg(i + 1).arg(fileName, elided(line)));
            const QString key = line.left(equals).trimmed();
            if (key.isEmpty())
                return fail(tr("Line %1 of %2 has no key: %3").arg(i + 1).arg(fileName, elided(line)));
            entries.append({ key, unquoted(line.mid(equals + 1).trimmed()) });
        }
    }
    if (entries.isEmpty())
        return fail(tr("%1 contains no entries.").arg(fileName));
    if (m_maximumRows > 0 && m_model->rowCount() + entries.size() > m_maximumRows)
    {
        return fail(tr("Importing %1 entries would exceed the maximum of %2 (the table already has %3). "
                       "Nothing was imported.")
                        .arg(entries.size())
                        .arg(m_maximumRows)
                        .arg(m_model->rowCount()));
    }
    appendRows(entries);
    emit rowsChanged();
    return true;
}

QAbstractItemView *KeyValueEditor::view() const
{
    return m_view;
}

void KeyValueEditor::addRow()
{
    if (m_maximumRows > 0 && m_model->rowCount() >= m_maximumRows)
        return;
    appendRows({ models::KeyValue() });
    const QModelIndex key = m_model->index(m_model->rowCount() - 1, KeyColumn);
    m_view->setFocus();
    m_view->setCurrentIndex(key);
    m_view->scrollTo(key);
    m_view->edit(key);
    emit rowsChanged();
}

void KeyValueEditor::removeSelectedRows()
{
    QList<int> selected;
    const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
    {
        if (isRowRemovable(index.row()))
            selected.append(index.row());
    }
    if (selected.isEmpty())
        return;
    std::sort(selected.begin(), selected.end(), std::greater<>());
    selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
    m_silent = true;
    // Remove contiguous ranges from the bottom up so the remaining row numbers stay valid.
    for (qsizetype i = 0; i < selected.size();)
    {
        qsizetype j = i;
        while (j + 1 < selected.size() && selected.at(j + 1) == selected.at(j) - 1)
            ++j;
        m_model->removeRows(selected.at(j), int(j - i + 1));
        i = j + 1;
    }
    m_silent = false;
    const int next = std::min(selected.last(), m_model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, KeyColumn));
    updateState();
    updateMessages();
    emit rowsChanged();
}

void KeyValueEditor::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import entries"), QString(), tr("Key-value files (*.txt *.env *.properties *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    setMessage(importFile(path, &error) ? QString() : error);
}

void KeyValueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
    QWidget::changeEvent(event);
}

void KeyValueEditor::appendRows(const QList<models::KeyValue> &rows)
{
    m_silent = true;
    for (const models::KeyValue &row : rows)
    {
        auto *key = new QStandardItem(row.key);
        auto *value = new QStandardItem(row.value);
        key->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsEnabled);
        value->setFlags(key->flags());
        m_model->appendRow({ key, value });
    }
    m_silent = false;
    updateState();
    updateMessages();
}

void KeyValueEditor::updateState()
{
    const int count = m_model->rowCount();
    const bool full = m_maximumRows > 0 && count >= m_maximumRows;
    m_add->setEnabled(!full);
    m_add->setToolTip(full ? tr("At most %1 entries are allowed.").arg(m_maximumRows) : tr("Add an entry"));
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    m_delete->setEnabled(std::any_of(
        selected.cbegin(), selected.cend(), [this](const QModelIndex &index) { return isRowRemovable(index.row()); }));
    m_counter->setText(m_maximumRows > 0 ? tr("%1/%2").arg(count).arg(m_maximumRows) : tr("%n entries", "", count));
    updateHeight();
}

void KeyValueEditor::updateMessages()
{
    QStringList lines;
    int listed = 0;
    int hidden = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
    {
        const QStandardItem *item = m_model->item(row, KeyColumn);
        const QString message = item->data(MessageRole).toString();
        if (message.isEmpty())
            continue;
        if (listed == MaxListedMessages)
        {
            ++hidden;
            continue;
        }
        ++listed;
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(
            item->data(WarningRole).toBool() ? warningTextColor() : errorTextColor(),
            tr("Row %1: %2").arg(row + 1).arg(message).toHtmlEscaped()));
    }
    if (hidden > 0)
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(errorTextColor(), tr("…and %n more.", "", hidden)));
    if (!m_message.isEmpty())
        lines.append(u"<span style=\"color:%1\">%2</span>"_s.arg(errorTextColor(), m_message.toHtmlEscaped()));
    m_messages->setText(lines.join(u"<br>"_s));
    m_messages->setVisible(!lines.isEmpty());
}

void KeyValueEditor::updateHeight()
{
    const int visibleRows = std::clamp(m_model->rowCount(), MinimumVisibleRows, int(VisibleRowLimit));
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + visibleRows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    m_view->setFixedHeight(height);
}

void KeyValueEditor::retranslate()
{
    m_model->setHorizontalHeaderLabels(
        { m_keyHeader.isEmpty() ? tr("Key") : m_keyHeader, m_valueHeader.isEmpty() ? tr("Value") : m_valueHeader });
    m_add->setText(tr("Add"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected entries"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import KEY=VALUE lines or a JSON object from a file"));
    static_cast<KeyValueTableView *>(m_view)->emptyText = tr("No entries. Click Add or Import.");
    m_view->viewport()->update();
    updateState();
}
} // namespace ma::widgets
