#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ma::ui
{
ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Its colours (a light red strip, or a dark one in the dark theme) come from resources/style.qss.

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reference->setObjectName(QStringLiteral("errorReference"));
    m_reference->setTextFormat(Qt::PlainText);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_reference->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_reference->setFont(small);

    m_close->setObjectName(QStringLiteral("errorDismiss"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss error"));
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_reference);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    hide();
}

void ErrorBanner::showError(const api::ApiError &error)
{
    if (!error.isError() || error.kind == api::ApiError::Kind::Canceled)
        return;
    const QString reference = error.reference();
    showMessage(error.displayText(), reference.isEmpty() ? QString() : tr("Reference: %1").arg(reference));
}

void ErrorBanner::showMessage(const QString &text, const QString &reference)
{
    m_text->setText(text);
    m_reference->setText(reference);
    m_reference->setVisible(!reference.isEmpty());
    show();
}

void ErrorBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

QString ErrorBanner::reference() const
{
    return m_reference->text();
}
} // namespace ma::ui
