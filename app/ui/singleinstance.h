#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace smtpref {

// One window per user. The first smtpref to start listens on a local socket; a later one
// (started plainly, or as "smtpref show 530") hands what it was asked to show to the first
// and exits, and that window comes forward.
//
// On the wire a request is one line of UTF-8 JSON, {"show":"530"}: the text to look up, empty
// to only bring the window forward. The window answers "ok" once it has taken it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        HandedOver, // a running window took the request: this process is done
        Listening,  // none was running: this process is the window now
        Alone,      // a window holds the socket but does not answer: run without listening
    };

    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime folder>/smtpref.socket: the runtime folder (XDG_RUNTIME_DIR) is the user's own,
    // so two users never meet. SMTPREF_INSTANCE_NAME, a file name or path, replaces it (tests,
    // or a second window kept apart, on another catalogue).
    static QString defaultSocketPath();

    // Hands lookup to the running window, or becomes the running window.
    Outcome start(const QString &lookup);

    // What a running window waits for a request to be taken before it counts as not answering.
    static constexpr int answerTimeout = 5000; // ms

signals:
    // A later process asked for text to be looked up; empty: only come forward.
    void lookupRequested(const QString &text);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
};

} // namespace smtpref
