// The window and damaged data: a catalogue that cannot be read gives way to the copy built
// into the program; the deeper checks run after the window is shown, never before; a file
// they find damaged is set aside while the window goes on; a note that cannot be saved stays
// in the editor with the reason. The person is told each time, in plain words.

#include "damage.h"
#include "integritycheck.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::testing;
using namespace smtpref::uitest;

namespace {

// The user databases set aside in dir, without their -wal and -shm companions.
QStringList backupsIn(const QString &dir)
{
    QStringList backups = QDir(dir).entryList({"user.sqlite.corrupt-*"});
    backups.removeIf([](const QString &name) { return name.endsWith("-wal") || name.endsWith("-shm"); });
    return backups;
}

} // namespace

class TestDamagedStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void aCatalogueThatCannotBeReadGivesWayToTheBuiltInCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("catalogue.sqlite");
        QVERIFY(writeBrokenHeader(path));
        Session session(path, dir.filePath("user.sqlite"), dir.filePath("cache"));
        QSignalSpy done(session.guard.get(), &DataGuard::checksFinished);
        QVERIFY(session.window->isVisible());
        // Told once the window is up, not before.
        QVERIFY(session.told.isEmpty());
        QTRY_COMPARE(session.told.size(), 1);
        const QStringList backups = QDir(dir.path()).entryList({"catalogue.sqlite.corrupt-*"});
        QCOMPARE(backups.size(), 1);
        QVERIFY2(session.told.first().contains(dir.filePath(backups.first())), qPrintable(session.told.first()));
        QVERIFY(session.told.first().contains("built into the program"));
        QVERIFY(session.catalogue->path().startsWith(dir.filePath("cache")));
        // And everything works on it.
        QVERIFY(searchFor(session.window.get(), "530", "530"));
        QVERIFY(done.count() == 1 || done.wait());
        QCOMPARE(session.told.size(), 1);
    }

    // The header and meta table are sound, so the window opens at once on the file; the
    // page-by-page check after it finds the damage and the window goes on with the
    // built-in copy.
    void theDeferredCheckFindsADamagedCatalogueAfterTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("catalogue.sqlite");
        QVERIFY(QFile::copy(SMTPREF_CATALOGUE, path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(damagePages(path, 0.5, 16 * 4096));
        Session session(path, dir.filePath("user.sqlite"), dir.filePath("cache"));
        QSignalSpy done(session.guard.get(), &DataGuard::checksFinished);
        QCOMPARE(session.catalogue->path(), path);
        QVERIFY(session.window->isVisible());
        QVERIFY(session.told.isEmpty());

        QVERIFY(done.wait());
        QCOMPARE(session.told.size(), 1);
        QVERIFY2(session.told.first().contains("damaged"), qPrintable(session.told.first()));
        QVERIFY(session.catalogue->path().startsWith(dir.filePath("cache")));
        QCOMPARE(IntegrityCheck::quickCheck(session.catalogue->path()).verdict, IntegrityCheck::Verdict::Sound);
        QVERIFY(searchFor(session.window.get(), "530", "530"));
        QTest::keyClick(searchField(session.window.get()), Qt::Key_Return);
        QTRY_VERIFY(detailBrowser(session.window.get())->toPlainText().startsWith("530"));
    }

    void theDeferredCheckFindsADamagedUserDatabaseAfterTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString userDatabase = dir.filePath("user.sqlite");
        QVERIFY(fillUserDatabase(userDatabase, 400));
        QVERIFY(damagePages(userDatabase, 0.6, 3 * 4096));
        Session session(SMTPREF_CATALOGUE, userDatabase, dir.filePath("cache"));
        QSignalSpy done(session.guard.get(), &DataGuard::checksFinished);
        QVERIFY(session.told.isEmpty());
        QVERIFY(done.wait());
        QTRY_COMPARE(session.told.size(), 1);
        QVERIFY2(session.told.first().contains("moved aside"), qPrintable(session.told.first()));
        QCOMPARE(backupsIn(dir.path()).size(), 1);
        // The fresh file takes the window's changes.
        QVERIFY(session.store->setFavourite("530", true));
        QCOMPARE(part<QTreeView>(session.window.get(), "favouritesView")->model()->rowCount(), 1);
        QCOMPARE(IntegrityCheck::quickCheck(userDatabase).verdict, IntegrityCheck::Verdict::Sound);
    }

    // The disk is full (fillDisk): the note stays in the editor,
    // the reason above it and in the status bar; saved once there is room.
    void aNoteThatCannotBeSavedStaysInTheEditor()
    {
        QTemporaryDir dir;
        const QString userDatabase = dir.filePath("user.sqlite");
        Session session(SMTPREF_CATALOGUE, userDatabase, dir.filePath("cache"));
        MainWindow *window = session.window.get();
        // Opened without a search: the search thread's connection stays unmade, and the
        // store's is the only one on the user database.
        window->open(PageLocation::entry("530"));
        QTRY_VERIFY(detailBrowser(window)->toPlainText().startsWith("530"));

        QVERIFY(fillDisk(userDatabase));

        part<QAction>(window, "editNoteAction")->trigger();
        auto *editor = part<QPlainTextEdit>(window, "noteText");
        QTRY_VERIFY(editor->isVisible());
        const QString note = "Ticket 4711. " + QString(20000, 'x');
        editor->setPlainText(note);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), note);
        const auto *problem = part<QLabel>(window, "noteProblem");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("disk is full"), qPrintable(problem->text()));
        QVERIFY(window->statusBar()->currentMessage().contains("disk is full"));

        QVERIFY(makeRoom(userDatabase));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor->isVisible());
        QVERIFY(detailBrowser(window)->toPlainText().contains("Ticket 4711."));
        QCOMPARE(session.store->note("530"), note);
    }

    // A statement that meets damaged pages while the window works says so; the file is set
    // aside once, however many statements meet it.
    void damageMetWhileWorkingIsDealtWithOnce()
    {
        QTemporaryDir dir;
        const QString userDatabase = dir.filePath("user.sqlite");
        QVERIFY(fillUserDatabase(userDatabase, 400));
        Session session(SMTPREF_CATALOGUE, userDatabase, dir.filePath("cache"));
        QSignalSpy done(session.guard.get(), &DataGuard::checksFinished);
        QVERIFY(done.wait());
        QVERIFY(session.told.isEmpty());
        // A passing error on a sound file sets nothing aside.
        emit session.store->damageFound("disk I/O error");
        QCoreApplication::processEvents();
        QVERIFY(backupsIn(dir.path()).isEmpty());

        QVERIFY(damagePages(userDatabase, 0.6, 3 * 4096));
        emit session.store->damageFound("database disk image is malformed");
        emit session.store->damageFound("database disk image is malformed");
        QTRY_COMPARE(session.told.size(), 1);
        QCOMPARE(backupsIn(dir.path()).size(), 1);
        QVERIFY(session.store->setNote("530", "still works"));
    }
};

QTEST_MAIN(TestDamagedStartup)
#include "tst_damagedstartup.moc"
