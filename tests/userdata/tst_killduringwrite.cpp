// A kill in the middle of writes loses at most the write in flight: a helper writes numbered
// notes and prints each number once its transaction is committed; it is killed (SIGKILL)
// many times, after a different number of writes each time, and after every kill the file
// must pass SQLite's integrity check and hold every note that was reported committed.

#include "sqliteuserstore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

constexpr int runs = 50;

struct Inspection
{
    QString integrity;
    QHash<QString, QString> notes; // code -> text
};

Inspection inspect(const QString &path)
{
    Inspection result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec("PRAGMA integrity_check") && query.next())
                result.integrity = query.value(0).toString();
            query.exec("SELECT code, text FROM note");
            while (query.next())
                result.notes.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase("inspect");
    return result;
}

// What smtpref_notewriter writes as note i of a run.
QString expectedText(const QString &code, int i)
{
    return QString("Note %1: ").arg(code) + QString(i % 7 == 0 ? 9000 : 40, 'x');
}

} // namespace

class TestKillDuringWrite : public QObject
{
    Q_OBJECT

private slots:
    void everyCommittedNoteSurvivesAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        QHash<QString, int> committed; // run -> highest number printed
        int inFlightKept = 0;

        for (int run = 0; run < runs; ++run) {
            // 1 to 60 committed writes before the kill, spread over the runs.
            const int target = 1 + (run * 37) % 60;
            QProcess writer;
            QByteArray printed;
            connect(&writer, &QProcess::readyReadStandardOutput, &writer,
                    [&] { printed += writer.readAllStandardOutput(); });
            writer.start(SMTPREF_NOTEWRITER, {path, QString::number(run)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QTRY_VERIFY2_WITH_TIMEOUT(printed.count('\n') >= target || writer.state() == QProcess::NotRunning,
                                      qPrintable(QString("run %1").arg(run)), 60000);
            QCOMPARE(writer.state(), QProcess::Running); // it must not have stopped by itself
            writer.kill(); // SIGKILL: no chance to finish anything
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            printed += writer.readAllStandardOutput();

            // The last complete line is the last write reported committed.
            const QList<QByteArray> lines = printed.left(printed.lastIndexOf('\n')).split('\n');
            const int last = lines.last().toInt();
            QCOMPARE(last, lines.size() - 1);
            committed.insert(QString::number(run), last);

            const Inspection after = inspect(path);
            QCOMPARE(after.integrity, QString("ok"));
            for (auto written = committed.cbegin(); written != committed.cend(); ++written) {
                for (int i = 0; i <= written.value(); ++i) {
                    const QString code = written.key() + '-' + QString::number(i);
                    QVERIFY2(after.notes.value(code) == expectedText(code, i),
                             qPrintable("run " + QString::number(run) + ": lost or torn " + code));
                }
            }
            // Beyond them, at most the write in flight, and then whole.
            const QString inFlight = QString::number(run) + '-' + QString::number(last + 1);
            QVERIFY(!after.notes.contains(QString::number(run) + '-' + QString::number(last + 2)));
            if (after.notes.contains(inFlight)) {
                QCOMPARE(after.notes.value(inFlight), expectedText(inFlight, last + 1));
                ++inFlightKept;
            }
        }
        // And the store opens it as usual afterwards.
        SqliteUserStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        int total = 0;
        for (const int highest : std::as_const(committed))
            total += highest + 1;
        QVERIFY(store.notes().size() >= total);
        QVERIFY(store.notes().size() <= total + runs);
        qInfo("%d kills: all %d notes reported committed kept; the write in flight got in whole %d times, "
              "not at all the other %d", runs, total, inFlightKept, runs - inFlightKept);
    }
};

QTEST_GUILESS_MAIN(TestKillDuringWrite)
#include "tst_killduringwrite.moc"
