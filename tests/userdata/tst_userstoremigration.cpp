// The user database's schema is versioned (PRAGMA user_version) and migrated forward: a file
// of every earlier version opens with the current program, keeps everything it held, and
// ends with exactly the schema a new file gets. A migration that fails changes nothing.

#include "sqliteuserstore.h"
#include "userstoreschema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

// Runs SQL on a connection of the test's own, which is gone when the function returns.
template<typename Work>
void withDatabase(const QString &path, Work work)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "test");
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        work(db);
    }
    QSqlDatabase::removeDatabase("test");
}

// The statements of a fixture, one per ";" at a line's end; "--" lines are comments.
QStringList statements(const QString &file)
{
    QFile sql(file);
    if (!sql.open(QIODevice::ReadOnly))
        return {};
    QString text;
    for (const QString &line : QString::fromUtf8(sql.readAll()).split('\n')) {
        if (!line.startsWith("--"))
            text += line + '\n';
    }
    QStringList result;
    for (const QString &statement : text.split(QRegularExpression(";\\s*\\n"), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty())
            result.append(statement.trimmed());
    }
    return result;
}

void runFixture(const QString &fixture, const QString &path)
{
    const QStringList sql = statements(fixture);
    QVERIFY2(!sql.isEmpty(), qPrintable(fixture));
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : sql)
            QVERIFY2(query.exec(statement), qPrintable(statement + ": " + query.lastError().text()));
    });
}

// Every table and index with its SQL, as SQLite keeps it.
QStringList schemaOf(const QString &path)
{
    QStringList schema;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (query.next())
            schema.append(query.value(0).toString() + ' ' + query.value(1).toString() + ": " + query.value(2).toString());
    });
    return schema;
}

QVariant pragma(const QString &path, const QString &name)
{
    QVariant value;
    withDatabase(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec("PRAGMA " + name) && query.next())
            value = query.value(0);
    });
    return value;
}

QString fixturePath(int version)
{
    return QDir(SMTPREF_USERDATA_FIXTURES).filePath(QString("userdata-v%1.sql").arg(version));
}

// A row for each version from first up to the one before the current; %1 in name is the version.
void addVersionRows(int first, const QString &name)
{
    QTest::addColumn<int>("version");
    for (int version = first; version < UserStoreSchema::currentVersion(); ++version)
        QTest::newRow(qPrintable(name.arg(version))) << version;
}

} // namespace

class TestUserStoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath("fresh.sqlite"), &error), qPrintable(error));
        m_freshSchema = schemaOf(dir.filePath("fresh.sqlite"));
        QVERIFY(m_freshSchema.size() >= 4);
    }

    // A fixture for every version before the current one, so each migration is tried on a
    // file as that version really wrote it.
    void everyEarlierVersionHasAFixture()
    {
        for (int version = 1; version < UserStoreSchema::currentVersion(); ++version)
            QVERIFY2(QFile::exists(fixturePath(version)), qPrintable(fixturePath(version) + " is missing"));
    }

    // From each version's steps (0 is a new, empty file) up to the current schema.
    void migratesTheSchemaFromEveryVersion_data() { addVersionRows(0, "from version %1"); }

    void migratesTheSchemaFromEveryVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        withDatabase(path, [&](QSqlDatabase &db) {
            QString error;
            QVERIFY2(UserStoreSchema::migrate(db, version, &error), qPrintable(error));
        });
        SqliteUserStore store;
        verifyOpensToTheFreshSchema(store, path, version);
    }

    // From each version's fixture, with data, up to the current schema: nothing lost.
    void keepsEverythingFromEveryEarlierVersion_data() { addVersionRows(1, "userdata-v%1.sql"); }

    void keepsEverythingFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        runFixture(fixturePath(version), path);
        SqliteUserStore store;
        verifyOpensToTheFreshSchema(store, path, version);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pragma(path, "integrity_check").toString(), QString("ok"));

        // What every fixture holds (see data/userdata-v1.sql), as the user left it.
        QCOMPARE(store.favourites(), QStringList({"Gmail 550 5.7.26", "X.7.1", "530"}));
        QCOMPARE(store.note("530"), QString("Customer's Outlook had SMTP AUTH off. Ticket 4711."));
        QCOMPARE(store.note("X.7.1"), QString("Кириллица и ёжик: SPF record missing.\nSecond line."));
        // A code no catalogue has any more keeps its note.
        QVERIFY(store.note("599").startsWith("A code an older catalogue had"));
        const QList<NoteRecord> notes = store.notes();
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes.at(0).updated, QDateTime::fromString("2024-03-01T09:05:00.000Z", Qt::ISODateWithMs));
        const QList<HistoryItem> history = store.history(10);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).codeB, QString("530"));

        // And what the new version brings works on the migrated file.
        CustomCode custom;
        custom.entry.code = "ACME 550 5.7.99";
        custom.entry.title = "Relay denied by ACME's gateway";
        QVERIFY2(store.importData({{custom}, {}, {}}), qPrintable(store.lastError()));
        QCOMPARE(store.customCodes().size(), 1);
    }

    // A version 1 file the program cannot bring up to date is refused with the reason, and
    // left exactly as it was: same version, same schema. Neither case counts as damage, so
    // the file is never moved aside.
    void refusesWhatItCannotMigrateAndLeavesItAlone_data()
    {
        QTest::addColumn<QString>("change");      // made to the file before the program opens it
        QTest::addColumn<int>("versionLeft");     // the file's user_version afterwards
        QTest::addColumn<SqliteFailure>("failure");
        QTest::addColumn<QString>("reason");      // what the error must name
        // The migration runs in one transaction: when a step fails (here a table in the way),
        // the file keeps its version and its data.
        QTest::newRow("a failed migration step")
            << "CREATE TABLE custom_code (something_else TEXT)" << 1 << SqliteFailure::Other << "custom_code";
        const int newer = UserStoreSchema::currentVersion() + 1;
        QTest::newRow("a file from a newer program")
            << QString("PRAGMA user_version = %1").arg(newer) << newer << SqliteFailure::TooNew << "newer";
    }

    void refusesWhatItCannotMigrateAndLeavesItAlone()
    {
        QFETCH(QString, change);
        QFETCH(int, versionLeft);
        QFETCH(SqliteFailure, failure);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath("user.sqlite");
        runFixture(fixturePath(1), path);
        withDatabase(path, [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(change), qPrintable(query.lastError().text()));
        });
        const QStringList before = schemaOf(path);

        SqliteUserStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(store.openFailure(), failure);
        QCOMPARE(pragma(path, "user_version").toInt(), versionLeft);
        QCOMPARE(schemaOf(path), before);
    }

private:
    // Opens the file, written at version, with the current program: it ends at the current
    // version with exactly the schema a new file gets.
    void verifyOpensToTheFreshSchema(SqliteUserStore &store, const QString &path, int version)
    {
        QCOMPARE(pragma(path, "user_version").toInt(), version);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(pragma(path, "user_version").toInt(), UserStoreSchema::currentVersion());
        QCOMPARE(schemaOf(path), m_freshSchema);
    }

    QStringList m_freshSchema;
};

QTEST_GUILESS_MAIN(TestUserStoreMigration)
#include "tst_userstoremigration.moc"
