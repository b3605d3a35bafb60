// The command line and the user's data: damaged files are reported on stderr with a
// non-zero exit and never crash it; export and import round-trip; import problems are named
// by line and field; the user's own codes are searched and marked.

#include "damage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref::testing;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
};


// Runs smtpref with a home of the test's own, so no user's data is ever touched.
Run runSmtpref(const QString &home, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", home);
    environment.insert("XDG_DATA_HOME", home + "/.local/share");
    environment.insert("XDG_CACHE_HOME", home + "/.cache");
    process.setProcessEnvironment(environment);
    process.start(SMTPREF_BINARY, QStringList{"--lang", "en"} + arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("smtpref did not finish");
    return {process.exitCode(), process.exitStatus() != QProcess::NormalExit, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

const QByteArray customCodes =
    "{\n"
    "  \"format\": \"smtpref-user-data\",\n"
    "  \"version\": 1,\n"
    "  \"custom_codes\": [\n"
    "    { \"code\": \"ACME 550 5.7.99\", \"title\": \"Relay denied by the Frobnitz gateway\",\n"
    "      \"description\": \"<script>alert(1)</script> holds mail\", \"related\": [\"550\"] }\n"
    "  ],\n"
    "  \"notes\": [ { \"code\": \"530\", \"text\": \"Ticket 4711\" } ],\n"
    "  \"favourites\": [ { \"code\": \"530\", \"added_at\": \"2024-05-01T09:30:00Z\" } ]\n"
    "}\n";

} // namespace

class TestUserDataCli : public QObject
{
    Q_OBJECT

private slots:
    void aCorruptCatalogueExitsWithAClearMessage()
    {
        QTemporaryDir home;
        const QString corrupt = home.filePath("corrupt.sqlite");
        QVERIFY(writeBrokenHeader(corrupt));
        const Run run = runSmtpref(home.path(), {"--database", corrupt, "lookup", "530"});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("cannot read the catalogue") && run.err.contains(corrupt), qPrintable(run.err));
        QVERIFY2(run.err.contains("reinstall smtpref"), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // Detected, told, moved aside, non-zero exit; the next run goes on with a fresh file.
    void aCorruptUserDatabaseIsMovedAsideAndReported()
    {
        QTemporaryDir home;
        const QString userDatabase = home.filePath("user.sqlite");
        QVERIFY(writeGarbage(userDatabase));
        const QByteArray damaged = contents(userDatabase);
        Run run = runSmtpref(home.path(), {"--user-database", userDatabase, "lookup", "530"});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("damaged") && run.err.contains("moved aside"), qPrintable(run.err));
        const QStringList backups = QDir(home.path()).entryList({"user.sqlite.corrupt-*"});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(contents(home.filePath(backups.first())), damaged);
        QVERIFY(run.err.contains(home.filePath(backups.first())));

        run = runSmtpref(home.path(), {"--user-database", userDatabase, "lookup", "530"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
    }

    void exportImportRoundTripThroughFilesAndPipes()
    {
        QTemporaryDir home;
        const QString first = home.filePath("first.sqlite");
        const QString second = home.filePath("second.sqlite");
        const QString file = home.filePath("codes.json");
        QFile source(file);
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(customCodes);
        source.close();

        Run run = runSmtpref(home.path(), {"--user-database", first, "import", file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Imported 1 custom code, 1 note and 1 favourite."), run.out.constData());
        run = runSmtpref(home.path(), {"--user-database", first, "export", "-"});
        QCOMPARE(run.exitCode, 0);
        const QByteArray exported = run.out;
        QVERIFY(exported.contains("\"ACME 550 5.7.99\""));

        run = runSmtpref(home.path(), {"--user-database", second, "import", "-"}, exported);
        QCOMPARE(run.exitCode, 0);
        const QString target = home.filePath("again.json");
        run = runSmtpref(home.path(), {"--user-database", second, "export", target});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(contents(target), exported);
    }

    void importProblemsAreNamedAndNothingIsImported()
    {
        QTemporaryDir home;
        const QString userDatabase = home.filePath("user.sqlite");
        const QString file = home.filePath("codes.json");
        QFile source(file);
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(QByteArray(customCodes).replace("\"530\", \"text\"", "\"530\", \"txt\""));
        source.close();

        const Run run = runSmtpref(home.path(), {"--user-database", userDatabase, "import", file});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(file + ":line 8: notes[0].txt: unknown field"), qPrintable(run.err));
        QVERIFY2(run.err.contains(file + ":line 8: notes[0].text: missing"), qPrintable(run.err));
        QVERIFY2(run.err.contains("nothing was imported"), qPrintable(run.err));
        // Not even an empty database was made.
        QVERIFY(!QFile::exists(userDatabase));
    }

    void theUserDataCodesAreSearchedAndMarked()
    {
        QTemporaryDir home;
        const QString userDatabase = home.filePath("user.sqlite");
        QCOMPARE(runSmtpref(home.path(), {"--user-database", userDatabase, "import", "-"}, customCodes).exitCode, 0);

        Run run = runSmtpref(home.path(), {"--user-database", userDatabase, "search", "frobnitz", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)["code"].toString(), QString("ACME 550 5.7.99"));
        QCOMPARE(hits.at(0)["custom"].toBool(), true);

        run = runSmtpref(home.path(), {"--user-database", userDatabase, "search", "frobnitz"});
        QVERIFY2(run.out.contains("your own code"), run.out.constData());

        run = runSmtpref(home.path(), {"--user-database", userDatabase, "lookup", "ACME 550 5.7.99"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("One of your own codes"));
        QVERIFY(run.out.contains("<script>alert(1)</script> holds mail")); // plain text stays as written

        // Shipped codes keep "custom": false.
        run = runSmtpref(home.path(), {"--user-database", userDatabase, "lookup", "530", "--json"});
        QCOMPARE(QJsonDocument::fromJson(run.out).object()["custom"].toBool(true), false);
    }

    void exportWithoutDataMakesNoDatabase()
    {
        QTemporaryDir home;
        const QString userDatabase = home.filePath("user.sqlite");
        const Run run = runSmtpref(home.path(), {"--user-database", userDatabase, "export", "-"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(run.out).object()["custom_codes"].toArray().isEmpty());
        QVERIFY(!QFile::exists(userDatabase));
    }

    void helpNamesTheCommandsAndTheOption()
    {
        QTemporaryDir home;
        const Run run = runSmtpref(home.path(), {"--help"});
        const QString help = QString::fromUtf8(run.out);
        for (const char *word : {"export FILE|-", "import FILE|-", "--user-database", "4 the file to import"})
            QVERIFY2(help.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestUserDataCli)
#include "tst_userdatacli.moc"
