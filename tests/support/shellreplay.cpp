#include "shellreplay.h"

#include <QProcess>
#include <QSignalSpy>

namespace ma::test
{
ShellResult runShellWithToken(const QString &script, const QByteArray &token, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKEN"), QString::fromLatin1(token));
    process.setProcessEnvironment(env);
    // The local backend answers on this thread: wait with the event loop running, never blocked.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("sh"), { QStringLiteral("-c"), script });
    ShellResult result;
    if (!finished.wait(timeoutMs))
    {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return result;
}
} // namespace ma::test
