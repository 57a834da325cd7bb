// `cmake --install` of this build into a temporary prefix: the executables, the launcher,
// the icon, the AppStream metadata, the translations and the Debian copyright file land in the
// GNUInstallDirs places, and the installed app loads its translations from the installed folder.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace
{
/** The build folder: this test runs from <build>/tests. */
QString buildDir()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).canonicalPath();
}
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("cmake")).isEmpty())
            QSKIP("cmake is not on PATH");
        QVERIFY(m_prefix.isValid());
        QVERIFY2(QFile::exists(buildDir() + QStringLiteral("/cmake_install.cmake")), qPrintable(buildDir()));
        QProcess install;
        install.start(QStringLiteral("cmake"),
            { QStringLiteral("--install"), buildDir(), QStringLiteral("--prefix"), m_prefix.path() });
        QVERIFY(install.waitForFinished(60000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    }

    void filesAreInTheStandardPlaces_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("desktop app") << "bin/modelarts-desktop";
        QTest::newRow("local backend") << "bin/modelarts-local";
        QTest::newRow("launcher") << "share/applications/modelarts-desktop.desktop";
        QTest::newRow("icon") << "share/icons/hicolor/scalable/apps/modelarts-desktop.svg";
        QTest::newRow("appstream") << "share/metainfo/modelarts-desktop.metainfo.xml";
        QTest::newRow("translations") << "share/modelarts-desktop/translations/modelarts_zh_CN.qm";
        QTest::newRow("copyright") << "share/doc/modelarts-desktop/copyright";
    }

    void filesAreInTheStandardPlaces()
    {
        QFETCH(QString, path);
        const QFileInfo file(m_prefix.filePath(path));
        QVERIFY2(file.isFile() && file.size() > 0, qPrintable(file.filePath()));
        if (path.startsWith(QStringLiteral("bin/")))
            QVERIFY(file.isExecutable());
    }

    void launcherStartsTheInstalledApp()
    {
        QFile desktop(m_prefix.filePath(QStringLiteral("share/applications/modelarts-desktop.desktop")));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QByteArray text = desktop.readAll();
        QVERIFY(text.contains("\nExec=modelarts-desktop\n"));
        QVERIFY(text.contains("\nIcon=modelarts-desktop\n"));
    }

    void appStreamMetadataIsValid()
    {
        const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        QProcess validate;
        // The one warning allowed: the component id is not reverse-DNS (it matches the launcher's name).
        validate.start(appstreamcli,
            { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--format=yaml"),
                m_prefix.filePath(QStringLiteral("share/metainfo/modelarts-desktop.metainfo.xml")) });
        QVERIFY(validate.waitForFinished(30000));
        const QByteArray report = validate.readAllStandardOutput();
        QVERIFY2(!report.contains("severity: error"), report.constData());
        const qsizetype warnings = report.count("severity: warning");
        QVERIFY2(warnings <= 1, report.constData());
        if (warnings == 1)
            QVERIFY2(report.contains("cid-desktopapp-is-not-rdns"), report.constData());
    }

    // The installed executable, in Chinese, answers --help from the installed .qm, on a terminal
    // with no display at all (no window system is opened for it).
    void installedAppLoadsInstalledTranslations()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *display : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QString::fromLatin1(display));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("ma.i18n.debug=true"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_prefix.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(m_prefix.filePath(QStringLiteral("bin/modelarts-desktop")), { QStringLiteral("--help") });
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        const QString installedQm = QDir(m_prefix.path()).canonicalPath()
            + QStringLiteral("/share/modelarts-desktop/translations/modelarts_zh_CN.qm");
        QVERIFY2(err.contains(installedQm), qPrintable(err));
        // The application description is translated (no longer the English source).
        QVERIFY2(!out.contains(QStringLiteral("Desktop console for Huawei Cloud ModelArts.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("华为云 ModelArts 桌面控制台。")), qPrintable(out));
    }

private:
    QTemporaryDir m_prefix;
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
