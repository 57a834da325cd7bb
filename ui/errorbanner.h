#pragma once

// A dismissable strip above the pages that says what failed, in words, with the
// server's reference (error code · request id) a user can quote to support.

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace ma::ui
{
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /** Shows ApiError::displayText() and ApiError::reference(); ignores canceled calls. */
    void showError(const api::ApiError &error);
    /** Shows @p text with an optional @p reference line. */
    void showMessage(const QString &text, const QString &reference = QString());
    /** Hides the banner. */
    void dismiss();

    QString text() const;
    QString reference() const;

signals:
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_reference;
    QToolButton *m_close;
};
} // namespace ma::ui
