// The user database: schema version and migration, WAL, transactions, bound values, and
// what is kept across reopening.

#include "sqliteuserstore.h"
#include "userstoreschema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

// Reads a PRAGMA through a connection of the test's own.
QVariant pragma(const QString &path, const QString &name)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inspect");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec("PRAGMA " + name) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase("inspect");
    return value;
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "prepare");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QString("PRAGMA user_version = %1").arg(version)));
    }
    QSqlDatabase::removeDatabase("prepare");
}

} // namespace

class TestSqliteUserStore : public QObject
{
    Q_OBJECT

private slots:
    void createsFileAtCurrentSchemaVersionInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nested/folder/user.sqlite");
        {
            SqliteUserStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        QCOMPARE(pragma(path, "user_version").toInt(), UserStoreSchema::currentVersion());
        QCOMPARE(pragma(path, "journal_mode").toString(), QString("wal"));
    }

    void migratesAnEmptyVersionZeroFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        setUserVersion(path, 0);
        SqliteUserStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.setNote("530", "migrated"));
        QCOMPARE(store.note("530"), QString("migrated"));
    }

    void refusesAFileFromANewerProgram()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        setUserVersion(path, UserStoreSchema::currentVersion() + 1);
        SqliteUserStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(error.contains("newer"));
        QCOMPARE(pragma(path, "user_version").toInt(), UserStoreSchema::currentVersion() + 1);
    }

    void keepsFavouritesNotesAndHistoryAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        {
            SqliteUserStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.setFavourite("530", true));
            QVERIFY(store.setFavourite("X.7.1", true));
            QVERIFY(store.setNote("530", "Customer's Outlook had SMTP AUTH off."));
            QVERIFY2(store.recordVisit("530", QString()), qPrintable(store.lastError()));
            QVERIFY2(store.recordVisit("211", "530"), qPrintable(store.lastError()));
        }
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.favourites(), QStringList({"X.7.1", "530"}));
        QVERIFY(store.isFavourite("530"));
        QVERIFY(!store.isFavourite("535"));
        QCOMPARE(store.note("530"), QString("Customer's Outlook had SMTP AUTH off."));
        const QList<HistoryItem> history = store.history(10);
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).isComparison());
        QCOMPARE(history.at(0).codeA, QString("211"));
        QCOMPARE(history.at(0).codeB, QString("530"));
        QCOMPARE(history.at(1).codeA, QString("530"));
        QVERIFY(history.at(1).visited.isValid());
    }

    void storesHostileTextAsItIs()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        const QString code = "5'30\"; DROP TABLE note; --";
        const QString text = "It's \"quoted\" ; DELETE FROM favourite; <b>not markup</b> ё";
        QVERIFY(store.setNote(code, text));
        QVERIFY(store.setFavourite(code, true));
        QCOMPARE(store.note(code), text);
        QVERIFY(store.isFavourite(code));
    }

    void emptyNoteRemovesIt()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        QSignalSpy changed(&store, &UserStore::noteChanged);
        QVERIFY(store.setNote("530", "first"));
        QVERIFY(store.setNote("530", "  \n"));
        QCOMPARE(store.note("530"), QString());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), QString("530"));
    }

    void visitingTheNewestPageAgainAddsNoRow()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        QSignalSpy changed(&store, &UserStore::historyChanged);
        QVERIFY2(store.recordVisit("530", QString()), qPrintable(store.lastError()));
        QVERIFY2(store.recordVisit("530", QString()), qPrintable(store.lastError()));
        QVERIFY2(store.recordVisit("535", QString()), qPrintable(store.lastError()));
        QVERIFY2(store.recordVisit("530", QString()), qPrintable(store.lastError()));
        QCOMPARE(store.history(10).size(), 3);
        QCOMPARE(changed.count(), 4);
        QVERIFY(store.clearHistory());
        QVERIFY(store.history(10).isEmpty());
    }

    void historyKeepsOnlyTheNewestVisits()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        for (int i = 0; i < SqliteUserStore::historyCapacity + 5; ++i)
            QVERIFY2(store.recordVisit(QString::number(i), QString()), qPrintable(store.lastError()));
        const QList<HistoryItem> history = store.history(SqliteUserStore::historyCapacity * 2);
        QCOMPARE(history.size(), SqliteUserStore::historyCapacity);
        QCOMPARE(history.first().codeA, QString::number(SqliteUserStore::historyCapacity + 4));
    }

    void favouriteSignalsAnnounceChanges()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        QSignalSpy changed(&store, &UserStore::favouritesChanged);
        QVERIFY(store.setFavourite("530", true));
        QVERIFY(store.setFavourite("530", false));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store.favourites().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteUserStore)
#include "tst_sqliteuserstore.moc"
