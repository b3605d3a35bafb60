#include "singleinstance.h"

#include <QDebug>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace smtpref {

namespace {

const QString showKey = QStringLiteral("show");
// The window's answer once it has taken a request.
const QByteArray taken = QByteArrayLiteral("ok\n");
// A request is one line: a code, or what the clipboard held. Longer is not one of ours.
constexpr qint64 maxRequest = 1024 * 1024;

// Sends the request and waits until the window has taken it.
bool handOver(QLocalSocket &socket, const QString &lookup)
{
    socket.write(QJsonDocument(QJsonObject{{showKey, lookup}}).toJson(QJsonDocument::Compact) + '\n');
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(SingleInstance::answerTimeout))
            return false;
    }
    return socket.readLine() == taken;
}

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_server(new QLocalServer(this))
{
    // Only this user may connect, even where the socket is not in the user's own folder.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketPath()
{
    QString name = qEnvironmentVariable("SMTPREF_INSTANCE_NAME");
    if (QDir::isAbsolutePath(name))
        return name;
    if (name.isEmpty())
        name = QStringLiteral("smtpref.socket");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)).filePath(name);
}

SingleInstance::Outcome SingleInstance::start(const QString &lookup)
{
    // One process at a time decides, so two started at once do not both listen. A lock left by
    // a process that died is taken over; one held too long by a process that hangs is ignored.
    QLockFile lock(m_socketPath + QStringLiteral(".lock"));
    (void)lock.tryLock(2 * answerTimeout);

    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (socket.waitForConnected(answerTimeout)) {
        if (handOver(socket, lookup))
            return Outcome::HandedOver;
        qWarning().noquote() << tr("smtpref: the window already open (%1) does not answer; opening another")
                                    .arg(m_socketPath);
        return Outcome::Alone;
    }
    // Nobody listens: a socket file still there was left by a window that crashed.
    QLocalServer::removeServer(m_socketPath);
    if (!m_server->listen(m_socketPath)) {
        qWarning().noquote() << tr("smtpref: cannot listen on %1 (%2); \"smtpref show\" will open windows of its own")
                                    .arg(m_socketPath, m_server->errorString());
        return Outcome::Alone;
    }
    return Outcome::Listening;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequest)
            socket->abort();
        return; // the rest of the line is on its way
    }
    const QJsonValue lookup = QJsonDocument::fromJson(socket->readLine(maxRequest)).object().value(showKey);
    if (!lookup.isString()) {
        socket->disconnectFromServer(); // not a request of ours: no answer
        return;
    }
    socket->write(taken);
    socket->disconnectFromServer(); // once the answer is written
    emit lookupRequested(lookup.toString());
}

} // namespace smtpref
