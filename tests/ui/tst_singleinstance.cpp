// "smtpref show": a second smtpref hands the code to the window already open and exits, and
// that window comes forward on the code. The window already open is either this test (a real
// MainWindow behind a SingleInstance, wired as GuiApplication wires them) or, to cover the
// start-up, the real program. Every process here uses a socket, catalogue, user database and
// settings of the test's own, never the user's.

#include "singleinstance.h"
#include "sqlconnection.h"
#include "uitest.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace smtpref;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::prepareApplication(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        for (const auto &process : m_processes) {
            process->kill();
            process->waitForFinished();
        }
        m_processes.clear();
        m_dir.reset();
    }

    void handOverOpensTheCodeInTheRunningWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("page");
        QTest::newRow("basic code") << QStringList{"show", "530"} << "530";
        QTest::newRow("enhanced code, class kept") << QStringList{"show", "5.7.1"} << "5.7.1";
        // What "show --clipboard" passes on: the clipboard's text, here a pasted reply line.
        QTest::newRow("reply line") << QStringList{"show", "530 5.7.0 Authentication required"} << "530";
        // Started from the menu again: the window comes forward, on the page it showed.
        QTest::newRow("plain start") << QStringList{} << QString();
    }

    void handOverOpensTheCodeInTheRunningWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, page);
        SingleInstance instance(socketPath());
        QCOMPARE(instance.start(QString()), SingleInstance::Outcome::Listening);
        const auto window = uitest::openWindow(userDatabase());
        connect(&instance, &SingleInstance::lookupRequested, window.get(), &MainWindow::lookUp);
        // The person works in another window when they ask.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        window->showMinimized();

        QProcess &second = start(arguments);
        QVERIFY(finishes(second));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(second.readAllStandardError(), QByteArray());

        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(window.get()));
        QVERIFY(!window->isMinimized());
        if (page.isEmpty()) {
            QVERIFY(!window->currentLocation());
            return;
        }
        QTRY_COMPARE(window->currentLocation().value_or(PageLocation()).codeA, page);
        QVERIFY(!window->currentLocation()->isComparison());
        QCOMPARE(uitest::searchField(window.get())->text(), arguments.at(1));
    }

    // Started when none is running, "smtpref show" becomes the window, on the code, and the
    // next "smtpref show" is handed to it.
    void firstShowStartsTheWindowOnTheCode()
    {
        QProcess &first = start({"show", "535"});
        QTRY_COMPARE_WITH_TIMEOUT(visitedCodes(), QStringList({"535"}), 30000);

        QProcess &second = start({"show", "530"});
        QVERIFY(finishes(second));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(visitedCodes(), QStringList({"530", "535"}), 30000);
    }

    void staleSocketDoesNotBlockStartUp()
    {
        QProcess &crashed = start({});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socketPath()), 30000);
        crashed.kill();
        QVERIFY(crashed.waitForFinished());
        QVERIFY2(QFileInfo::exists(socketPath()), "a window that crashed leaves its socket behind");

        SingleInstance instance(socketPath());
        QCOMPARE(instance.start(QString()), SingleInstance::Outcome::Listening);
        QSignalSpy requests(&instance, &SingleInstance::lookupRequested);
        QProcess &second = start({"show", "530"});
        QVERIFY(finishes(second));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).toString(), QString("530"));
    }

    // Anything on the socket that is not one line of our JSON gets no answer and opens nothing.
    void foreignRequestsAreIgnored()
    {
        SingleInstance instance(socketPath());
        QCOMPARE(instance.start(QString()), SingleInstance::Outcome::Listening);
        QSignalSpy requests(&instance, &SingleInstance::lookupRequested);
        for (const QByteArray &junk : {QByteArray("530\n"), QByteArray("[\"530\"]\n"), QByteArray("{\"show\": 530}\n"),
                                       QByteArray("{\"open\": \"530\"}\n"), QByteArray("{\"show\": \"530\"")}) {
            QLocalSocket socket;
            socket.connectToServer(socketPath());
            QVERIFY(socket.waitForConnected());
            socket.write(junk);
            if (!junk.endsWith('\n'))
                socket.disconnectFromServer(); // a request cut short
            QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
            QCOMPARE(socket.readAll(), QByteArray());
        }
        QCOMPARE(requests.count(), 0);

        QLocalSocket socket;
        socket.connectToServer(socketPath());
        QVERIFY(socket.waitForConnected());
        socket.write("{\"show\":\"530\"}\n");
        QTRY_VERIFY(socket.canReadLine());
        QCOMPARE(socket.readLine(), QByteArray("ok\n"));
        QCOMPARE(requests.count(), 1);
    }

    void showNeedsACodeOrTheClipboard_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing to show") << QStringList{"show"};
        QTest::newRow("both") << QStringList{"show", "530", "--clipboard"};
        QTest::newRow("clipboard without show") << QStringList{"--clipboard"};
    }

    void showNeedsACodeOrTheClipboard()
    {
        QFETCH(QStringList, arguments);
        QProcess &process = start(arguments);
        QVERIFY(finishes(process));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("show takes a CODE, or --clipboard"));
        QVERIFY(!QFileInfo::exists(socketPath()));
    }

private:
    QString socketPath() const { return m_dir->filePath("instance"); }
    QString userDatabase() const { return m_dir->filePath("userdata.sqlite"); }

    // smtpref as started from a shell or a shortcut.
    QProcess &start(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("SMTPREF_INSTANCE_NAME", socketPath());
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            environment.insert(variable, m_dir->path());
        process->setProcessEnvironment(environment);
        process->start(SMTPREF_BINARY, QStringList{"--lang", "en", "--database", SMTPREF_CATALOGUE, "--user-database",
                                                   userDatabase()} + arguments);
        m_processes.push_back(std::move(process));
        return *m_processes.back();
    }

    // Waits with the event loop running, so a window of this test can answer meanwhile.
    static bool finishes(QProcess &process)
    {
        return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
    }

    // The codes of the pages visited, newest first, read from the user database as it is
    // written by the window of another process.
    QStringList visitedCodes() const
    {
        SqlConnection connection;
        QString error;
        if (!connection.open(userDatabase(), SqlConnection::Mode::ReadOnly, &error))
            return {};
        QSqlQuery query(connection.database());
        QStringList codes;
        if (query.exec("SELECT code_a FROM history ORDER BY id DESC")) {
            while (query.next())
                codes.append(query.value(0).toString());
        }
        return codes;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
