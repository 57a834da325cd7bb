#pragma once

// The Logs tab's "System logs" check box (training job details): checked shows the system
// and the user lines, unchecked the user lines only. ModelArts marks its platform lines with
// "[ModelArts Service Log]" or "Platform=ModelArts-Service" (user guide, training job logs).
// Sits between a TaskLogFetcher and a LogViewer: the same reset/append stream, filtered.

#include <QObject>
#include <QString>

namespace ma::models
{
class SystemLogFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemLogFilter)

public:
    explicit SystemLogFilter(QObject *parent = nullptr);

    /** True for a line the platform wrote. */
    static bool isSystemLine(QStringView line);

    bool showsSystemLines() const { return m_showSystem; }

public Q_SLOTS:
    /** Shows or hides the system lines; the whole log is sent again (textReset). */
    void setShowSystemLines(bool show);
    /** The log was replaced by @p text. */
    void reset(const QString &text);
    /** @p text was appended (it may end in the middle of a line). */
    void append(const QString &text);

Q_SIGNALS:
    void textReset(const QString &text);
    void textAppended(const QString &text);

private:
    /** The complete lines of @p text that pass, and the unfinished last line into @p rest. */
    QString filtered(const QString &text, QString *rest) const;

    QString m_raw; // everything received, for a change of the check box
    QString m_pending; // hiding: the last line, not finished yet
    bool m_showSystem = true;
};
} // namespace ma::models
