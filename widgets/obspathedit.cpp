#include "obspathedit.h"

#include "obsbrowserdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ma::widgets
{
ObsPathEdit::ObsPathEdit(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_select(new QPushButton(this))
{
    m_edit->setObjectName(u"obsPath"_s);
    m_edit->setClearButtonEnabled(true);
    m_select->setObjectName(u"obsPathSelect"_s);
    m_select->setAutoDefault(false);
    m_select->setVisible(false);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_select);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_edit, &QLineEdit::textChanged, this, &ObsPathEdit::pathChanged);
    connect(m_select, &QPushButton::clicked, this, &ObsPathEdit::browse);
    retranslate();
}

ObsPathEdit::Mode ObsPathEdit::mode() const
{
    return m_mode;
}

QString ObsPathEdit::path() const
{
    return m_edit->text();
}

void ObsPathEdit::setPath(const QString &path)
{
    if (path != m_edit->text())
        m_edit->setText(path);
}

void ObsPathEdit::setPlaceholderText(const QString &text)
{
    m_customPlaceholder = true;
    m_edit->setPlaceholderText(text);
}

void ObsPathEdit::setLocalStoreRoot(const QString &obsRoot)
{
    m_root = obsRoot;
    m_select->setVisible(!m_root.isEmpty());
}

QString ObsPathEdit::localStoreRoot() const
{
    return m_root;
}

QLineEdit *ObsPathEdit::lineEdit() const
{
    return m_edit;
}

QPushButton *ObsPathEdit::selectButton() const
{
    return m_select;
}

void ObsPathEdit::browse()
{
    if (m_root.isEmpty())
        return;
    auto *dialog = new ObsBrowserDialog(m_root, m_mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path().isEmpty())
        dialog->setCurrentUrl(path());
    connect(dialog, &QDialog::accepted, this,
        [this, dialog]
        {
            const QString url = dialog->selectedUrl();
            if (!url.isEmpty())
                setPath(url);
            m_edit->setFocus();
        });
    dialog->open();
}

void ObsPathEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ObsPathEdit::retranslate()
{
    m_select->setText(tr("Select…"));
    m_select->setToolTip(m_mode == Mode::File ? tr("Choose a file in the local object store")
                                              : tr("Choose a folder in the local object store"));
    if (!m_customPlaceholder)
    {
        m_edit->setPlaceholderText(
            m_mode == Mode::File ? tr("obs://bucket/folder/file.py") : tr("obs://bucket/folder/"));
    }
}
} // namespace ma::widgets
