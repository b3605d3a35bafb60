// Damaged, busy, full and unwritable files: each is found, told in plain words, and never
// crashes the program; a damaged file is moved (user data) or copied (catalogue) aside,
// never deleted, and the program goes on with a sound one; a busy or newer file is left
// exactly as it is.

#include "catalogue.h"
#include "cataloguerecovery.h"
#include "damage.h"
#include "damagedfile.h"
#include "integritycheck.h"
#include "sqliteuserstore.h"
#include "userstoreopening.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;
using namespace smtpref::testing;

namespace {

// The files in dir whose names start with prefix, sorted.
QStringList filesLike(const QString &dir, const QString &prefix)
{
    return QDir(dir).entryList({prefix + "*"}, QDir::Files, QDir::Name);
}

// Another program holding the write lock, until the object is gone.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other program");
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec("BEGIN EXCLUSIVE");
    }
    ~WriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database("other program", false);
            QSqlQuery(db).exec("ROLLBACK");
            db.close();
        }
        QSqlDatabase::removeDatabase("other program");
    }
    bool held() const { return m_held; }

private:
    bool m_held = false;
};

} // namespace

class TestDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void garbageUserDataIsMovedAsideAndAFreshFileStarted_data()
    {
        QTest::addColumn<bool>("header");
        QTest::newRow("no database at all") << false;
        QTest::newRow("a header and nothing sound") << true;
    }

    void garbageUserDataIsMovedAsideAndAFreshFileStarted()
    {
        QFETCH(bool, header);
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        QVERIFY(header ? writeBrokenHeader(path) : writeGarbage(path));
        const QByteArray damaged = contents(path);

        UserStoreOpening opening = openUserStore(path);
        QCOMPARE(opening.failure, SqliteFailure::Damaged);
        QVERIFY(!opening.keptInMemory);
        // Moved, whole, never deleted; the person is told where.
        QVERIFY(opening.backupPath.startsWith(path + ".corrupt-"));
        QCOMPARE(contents(opening.backupPath), damaged);
        QVERIFY2(opening.problem.contains(opening.backupPath), qPrintable(opening.problem));
        QVERIFY2(opening.problem.contains("damaged"), qPrintable(opening.problem));
        // A fresh, sound file in its place, which works and lasts.
        QVERIFY(opening.store->setNote("530", "after the damage"));
        QCOMPARE(IntegrityCheck::quickCheck(path).verdict, IntegrityCheck::Verdict::Sound);
        opening.store.reset();
        UserStoreOpening again = openUserStore(path);
        QVERIFY2(again.problem.isEmpty(), qPrintable(again.problem));
        QCOMPARE(again.store->note("530"), QString("after the damage"));
    }

    // The header is sound, so the file opens; the page-by-page check (run after the window is
    // up) finds the damage, and the file is set aside with what can still be read copied over.
    void damagedPagesAreFoundByTheDeferredCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        QVERIFY(fillUserDatabase(path, 400));
        QCOMPARE(IntegrityCheck::quickCheck(path).verdict, IntegrityCheck::Verdict::Sound);
        QVERIFY(damagePages(path, 0.6, 3 * 4096));

        const IntegrityCheck::Result result = IntegrityCheck::quickCheck(path);
        QCOMPARE(result.verdict, IntegrityCheck::Verdict::Damaged);
        QVERIFY(!result.details.isEmpty());

        UserStoreOpening opening = openUserStore(path);
        QVERIFY2(opening.problem.isEmpty(), "the header is sound: it opens");
        QSignalSpy favourites(opening.store.get(), &UserStore::favouritesChanged);
        QSignalSpy notes(opening.store.get(), &UserStore::notesChanged);
        const QString message = replaceDamagedUserData(*opening.store, result.details);
        const QStringList backups = filesLike(dir.path(), "user.sqlite.corrupt-");
        QVERIFY2(!backups.isEmpty(), qPrintable(message));
        QVERIFY2(message.contains(dir.filePath(backups.first())), qPrintable(message));
        QCOMPARE(IntegrityCheck::quickCheck(path).verdict, IntegrityCheck::Verdict::Sound);
        // Whatever could be read was copied over: at least the pages before the damage.
        QVERIFY(opening.store->notes().size() > 0);
        QVERIFY(opening.store->notes().size() <= 400);
        QVERIFY(favourites.count() > 0);
        QVERIFY(notes.count() > 0);
        QVERIFY(opening.store->setNote("530", "works"));
    }

    // Another program writing: the file is never taken for damaged, never moved, never
    // migrated half way; the person is told it is in use.
    void aBusyFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        {
            // A file of an older version, which opening would migrate.
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "prepare");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("CREATE TABLE favourite (code TEXT PRIMARY KEY, added_at TEXT NOT NULL)"));
            QVERIFY(query.exec("PRAGMA user_version = 0"));
        }
        QSqlDatabase::removeDatabase("prepare");
        const QByteArray before = contents(path);

        WriteLock lock(path);
        QVERIFY(lock.held());
        UserStoreOpening opening = openUserStore(path);
        QCOMPARE(opening.failure, SqliteFailure::Busy);
        QVERIFY(opening.keptInMemory);
        QVERIFY2(opening.problem.contains("in use"), qPrintable(opening.problem));
        QVERIFY(opening.backupPath.isEmpty());
        QCOMPARE(filesLike(dir.path(), "user.sqlite.corrupt"), QStringList());
        QCOMPARE(contents(path), before);
        // The program goes on, in memory.
        QVERIFY(opening.store->setNote("530", "kept in memory"));
        QCOMPARE(opening.store->note("530"), QString("kept in memory"));
    }

    void aWriteWhileAnotherProgramWritesFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(store.setNote("530", "first"));
        QSignalSpy failures(&store, &UserStore::writeFailed);
        {
            WriteLock lock(path);
            QVERIFY(lock.held());
            QVERIFY(!store.setNote("530", "second"));
            QVERIFY2(store.lastError().contains("in use by another program"), qPrintable(store.lastError()));
            QCOMPARE(failures.count(), 1);
            QCOMPARE(failures.at(0).at(0).toString(), store.lastError());
        }
        QCOMPARE(store.note("530"), QString("first"));
        QVERIFY(store.setNote("530", "second"));
        QCOMPARE(store.note("530"), QString("second"));
    }

    // The disk fills up (fillDisk): the write fails with words
    // that say so, what was saved before stays, and the next write after room is made works.
    void aFullDiskFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        QVERIFY(store.setNote("530", "saved before"));
        QVERIFY(fillDisk(path));

        QSignalSpy failures(&store, &UserStore::writeFailed);
        UserDataSet big;
        for (int i = 0; i < 50; ++i)
            big.notes.append(NoteRecord{QString("big-%1").arg(i), QString(4000, 'b'), {}});
        QVERIFY(!store.importData(big));
        QVERIFY2(store.lastError().contains("disk is full"), qPrintable(store.lastError()));
        QCOMPARE(failures.count(), 1);
        // All or nothing: not one of the fifty notes, and the earlier note whole.
        QCOMPARE(store.notes().size(), 1);
        QCOMPARE(store.note("530"), QString("saved before"));

        QVERIFY(makeRoom(path));
        QVERIFY2(store.importData(big), qPrintable(store.lastError()));
        QCOMPARE(store.notes().size(), 51);
    }

    // A folder that cannot be made (here a file stands where it should be; the tests may run
    // as root, for whom no permission bit is read-only): the program goes on in memory.
    void anUnwritableFolderIsToldNotCrashedOn()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath("home"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath("home/.local/share/smtpref/userdata.sqlite");
        UserStoreOpening opening = openUserStore(path);
        QVERIFY(opening.keptInMemory);
        QCOMPARE(opening.failure, SqliteFailure::CannotOpen);
        QVERIFY2(opening.problem.contains("cannot be created or written"), qPrintable(opening.problem));
        QVERIFY2(opening.problem.contains("only until it is closed"), qPrintable(opening.problem));
        QVERIFY(opening.store->setFavourite("530", true));
        QVERIFY(opening.store->isFavourite("530"));
    }

    void aFileFromANewerProgramIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        QVERIFY(fillUserDatabase(path, 3));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "prepare");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 99"));
        }
        QSqlDatabase::removeDatabase("prepare");
        const QByteArray before = contents(path);
        UserStoreOpening opening = openUserStore(path);
        QCOMPARE(opening.failure, SqliteFailure::TooNew);
        QVERIFY(opening.keptInMemory);
        QVERIFY2(opening.problem.contains("newer smtpref"), qPrintable(opening.problem));
        opening.store.reset();
        QCOMPARE(contents(path), before);
        QCOMPARE(filesLike(dir.path(), "user.sqlite.corrupt"), QStringList());
    }

    // The journal goes with the database: left behind, it would be replayed into the fresh file.
    void movingAsideTakesTheCompanionFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        for (const QString &suffix : {QString(), QString("-wal"), QString("-shm")}) {
            QFile file(path + suffix);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(suffix.toUtf8() + "content");
        }
        QString error;
        const QString first = DamagedFile::moveAside(path, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(!QFile::exists(path) && !QFile::exists(path + "-wal") && !QFile::exists(path + "-shm"));
        QCOMPARE(contents(first + "-wal"), QByteArray("-walcontent"));
        QCOMPARE(contents(first), QByteArray("content"));

        // A second damaged file in the same second gets a name of its own.
        QVERIFY(writeGarbage(path));
        const QString second = DamagedFile::moveAside(path, &error);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(contents(first), QByteArray("content"));
    }

    void anUnreadableCatalogueGivesWayToTheBuiltInCopy_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << "garbage";
        QTest::newRow("broken header") << "header";
        QTest::newRow("missing") << "missing";
    }

    void anUnreadableCatalogueGivesWayToTheBuiltInCopy()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath("share/smtpref/catalogue.sqlite");
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        if (damage == "garbage")
            QVERIFY(writeGarbage(path));
        else if (damage == "header")
            QVERIFY(writeBrokenHeader(path));
        const QByteArray before = contents(path);

        Catalogue catalogue;
        const CatalogueOpening opening =
            CatalogueRecovery::open(catalogue, path, SMTPREF_CATALOGUE, dir.filePath("cache"));
        QVERIFY2(opening.opened, qPrintable(opening.problem));
        QVERIFY(opening.builtIn);
        QVERIFY(opening.path.startsWith(dir.filePath("cache")));
        QVERIFY(catalogue.lookup("530", "en").has_value());
        QVERIFY2(opening.problem.contains(path) && opening.problem.contains("reinstall smtpref"),
                 qPrintable(opening.problem));
        if (damage == "missing") {
            QVERIFY(opening.backupPath.isEmpty());
            return;
        }
        // The installation's file stays where it is; a copy is kept beside it.
        QCOMPARE(contents(path), before);
        QVERIFY(opening.backupPath.startsWith(path + ".corrupt-"));
        QCOMPARE(contents(opening.backupPath), before);
        QVERIFY(opening.problem.contains(opening.backupPath));
    }

    // Sound header and meta table, damaged pages: it opens; the deferred check finds it, and
    // the very Catalogue object is opened again on the built-in copy.
    void aCatalogueWithDamagedPagesIsReplacedInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("catalogue.sqlite");
        QVERIFY(QFile::copy(SMTPREF_CATALOGUE, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(damagePages(path, 0.5, 16 * 4096));
        Catalogue catalogue;
        CatalogueOpening opening = CatalogueRecovery::open(catalogue, path, SMTPREF_CATALOGUE, dir.filePath("cache"));
        QVERIFY(opening.opened);
        QVERIFY(!opening.builtIn);

        const IntegrityCheck::Result result = IntegrityCheck::quickCheck(path);
        QCOMPARE(result.verdict, IntegrityCheck::Verdict::Damaged);
        opening = CatalogueRecovery::replaceDamaged(catalogue, path, result.details, SMTPREF_CATALOGUE,
                                                    dir.filePath("cache"));
        QVERIFY(opening.opened && opening.builtIn);
        QCOMPARE(catalogue.path(), opening.path);
        QVERIFY(catalogue.lookup("530", "en").has_value());
        QVERIFY(catalogue.entryCount() > 200);
        QVERIFY(QFile::exists(opening.backupPath));
        QCOMPARE(IntegrityCheck::quickCheck(opening.path).verdict, IntegrityCheck::Verdict::Sound);
    }
};

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damagedfiles.moc"
