#pragma once

// Adds the Host entry of a notebook to an OpenSSH client config (~/.ssh/config) for
// "Connect with VS Code / SSH": HostName, Port, User ma-user and IdentityFile under
// "Host <alias>". Only that entry is written: an entry with the same alias is replaced
// where it stands, every other byte of the file is kept as it was, and the file is
// written atomically with mode 0600 (ssh refuses a config others can write).

#include <QString>

namespace ma::models
{
/** @brief What the entry says: ssh <alias> connects as ma-user to host:port with the key. */
struct SshHostEntry
{
    QString alias; // "Host" pattern, one word: "modelarts-notebook-a"
    QString hostName;
    int port = 22;
    QString user = QStringLiteral("ma-user");
    QString identityFile; // path of the key pair's private key; empty: no IdentityFile line
};

class SshConfigWriter final
{
public:
    enum class Result
    {
        Added,
        Updated,
        Unchanged,
        Failed,
    };

    /** @p path: the config file (created with its folder, mode 0700, when missing). */
    explicit SshConfigWriter(QString path);

    /** ~/.ssh/config of the current user. */
    static QString defaultPath();

    /** The lines of @p entry as written (with a trailing newline). */
    static QString entryText(const SshHostEntry &entry);
    /** "ssh -p 2222 -i key ma-user@host": the command the dialog shows. */
    static QString sshCommand(const SshHostEntry &entry);
    /** Parses "ssh://user@host:port" (or "host:port") of a notebook's SSH endpoint; false when it is not one. */
    static bool parseEndpoint(const QString &uri, QString *host, int *port);

    /** Adds or replaces the entry; errorString() says why when it returns Failed. */
    Result write(const SshHostEntry &entry);
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};
} // namespace ma::models
