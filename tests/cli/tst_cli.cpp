// The command line, run as a user runs it: exit statuses, JSON keys, text that reads well.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run smtpref(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMTPREF_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("smtpref did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonDocument json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(run.out.left(500)));
    return document;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void lookupJsonHasEveryKey()
    {
        const Run run = smtpref({"lookup", "530", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject entry = json(run).object();
        for (const char *key : {"code", "family", "class", "class_name", "title", "description", "when", "fix",
                                "who_acts", "retry", "phase", "references", "related", "confused_with"}) {
            QVERIFY2(entry.contains(QLatin1String(key)), key);
        }
        QCOMPARE(entry.value("code").toString(), QString("530"));
        QCOMPARE(entry.value("family").toString(), QString("basic"));
        QCOMPARE(entry.value("class").toInt(), 5);
        QVERIFY(!entry.value("description").toString().isEmpty());
        QVERIFY(entry.value("references").toArray().size() >= 1);
        QVERIFY(entry.value("confused_with").toArray().contains(QJsonValue("535")));
    }

    void lookupEnhancedInEveryForm()
    {
        for (const char *form : {"5.7.1", "4.7.1", "x.7.1"}) {
            const Run run = smtpref({"lookup", QString::fromLatin1(form), "--json"});
            QCOMPARE(run.exitCode, 0);
            const QJsonObject entry = json(run).object();
            QCOMPARE(entry.value("code").toString(), QString("X.7.1"));
            QCOMPARE(entry.value("display_code").toString(), QString::fromLatin1(form).replace('x', 'X'));
        }
        const Run text = smtpref({"lookup", "5.7.1", "--lang", "en"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("5.7.1  "));
        QVERIFY(text.out.contains("Permanent failure"));
    }

    void providerLookup()
    {
        // Provider codes are found in any letter case.
        const Run run = smtpref({"lookup", "gmail 550 5.7.26 (dmarc)", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject entry = json(run).object();
        QCOMPARE(entry.value("family").toString(), QString("provider"));
        QCOMPARE(entry.value("provider").toString(), QString("Gmail"));
        QCOMPARE(entry.value("code").toString(), QString("Gmail 550 5.7.26 (DMARC)"));
    }

    void searchMailboxFull()
    {
        const Run run = smtpref({"search", "mailbox full", "--json", "--limit", "5"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = json(run).array();
        QVERIFY(!rows.isEmpty());
        QVERIFY(rows.size() <= 5);
        QStringList codes;
        for (const QJsonValue &row : rows) {
            for (const char *key : {"code", "family", "title", "score"})
                QVERIFY2(row.toObject().contains(QLatin1String(key)), key);
            codes.append(row.toObject().value("code").toString());
        }
        QVERIFY2(codes.contains("X.2.2"), qPrintable(codes.join(", ")));
        const Run text = smtpref({"search", "mailbox", "full", "--lang", "en"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("X.2.2"));
    }

    void compare211And530()
    {
        const Run run = smtpref({"compare", "211", "530", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject comparison = json(run).object();
        QCOMPARE(comparison.value("a").toString(), QString("211"));
        QCOMPARE(comparison.value("b").toString(), QString("530"));
        QVERIFY(comparison.value("differences").toArray().size() >= 3);
        QVERIFY(!comparison.value("notes").toArray().isEmpty());
        const QJsonObject first = comparison.value("differences").toArray().first().toObject();
        for (const char *key : {"aspect", "a", "b"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const Run text = smtpref({"compare", "211", "530", "--lang", "en"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Key differences"));
        QVERIFY(!text.out.contains("when when"));
        for (const QString &line : text.out.split('\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }

    void listFamilies()
    {
        const Run run = smtpref({"list", "--family", "enhanced", "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = json(run).array();
        QCOMPARE(rows.size(), 81);
        QCOMPARE(rows.first().toObject().value("code").toString(), QString("X.0.0"));
        QCOMPARE(rows.last().toObject().value("code").toString(), QString("X.7.30"));
        const Run all = smtpref({"list", "--json"});
        QVERIFY(json(all).array().size() > rows.size());
    }

    void russian()
    {
        const Run run = smtpref({"lookup", "530", "--lang", "ru"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QString::fromUtf8("Как исправить")), qPrintable(run.out.left(400)));
        // The help too, option descriptions included.
        const Run help = smtpref({"--help", "--lang=ru"});
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"Показать эту справку.", "Отвечать на языке L", "Команды:"})
            QVERIFY2(help.out.contains(QString::fromUtf8(text)), qPrintable(help.out));
    }

    // The analysis speaks Russian too: its verdict, headings and advice.
    void russianAnalysis()
    {
        QTemporaryDir dir;
        QFile bounce(dir.filePath("bounce.txt"));
        QVERIFY(bounce.open(QIODevice::WriteOnly));
        bounce.write("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n");
        bounce.close();
        const Run run = smtpref({"analyze", bounce.fileName(), "--lang", "ru"});
        QCOMPARE(run.exitCode, 0);
        for (const char *text : {"Доставка получателю bob@example.com не удалась", "Причина", "Найденные коды",
                                 "Неизвестный получатель"})
            QVERIFY2(run.out.contains(QString::fromUtf8(text)), qPrintable(run.out));
        for (const char *english : {"Delivery", "Reason", "Codes found", "line"})
            QVERIFY2(!run.out.contains(english), qPrintable(run.out));
    }

    // Without --lang the system's locale decides, as set in the environment.
    void systemLocalePicksTheLanguage()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.remove(name);
        environment.insert("LANG", "ru_RU.UTF-8");
        const Run russian = smtpref({"lookup", "530"}, environment);
        QCOMPARE(russian.exitCode, 0);
        QVERIFY2(russian.out.contains(QString::fromUtf8("Как исправить")), qPrintable(russian.out.left(400)));

        environment.insert("LANG", "en_GB.UTF-8");
        const Run english = smtpref({"lookup", "530"}, environment);
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains("How to fix it"), qPrintable(english.out.left(400)));
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList{"--help"} << 0;
        QTest::newRow("version") << QStringList{"--version"} << 0;
        QTest::newRow("not found") << QStringList{"lookup", "599"} << 1;
        QTest::newRow("search nothing") << QStringList{"search", "zzzqqqxxx"} << 1;
        QTest::newRow("compare unknown") << QStringList{"compare", "530", "599"} << 1;
        QTest::newRow("no operand") << QStringList{"lookup"} << 2;
        QTest::newRow("two operands") << QStringList{"lookup", "530", "535"} << 2;
        QTest::newRow("bad option") << QStringList{"lookup", "530", "--frobnicate"} << 2;
        QTest::newRow("bad limit") << QStringList{"search", "mail", "--limit", "x"} << 2;
        QTest::newRow("bad family") << QStringList{"list", "--family", "other"} << 2;
        QTest::newRow("bad language") << QStringList{"lookup", "530", "--lang", "xx"} << 2;
        QTest::newRow("missing catalogue") << QStringList{"--database", "/nonexistent/c.sqlite", "lookup", "530"} << 3;
    }

    void exitStatuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = smtpref(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(!run.err.trimmed().isEmpty(), "a failure says why on stderr");
        else
            QVERIFY(!run.out.isEmpty());
    }

    void helpListsEveryCommand()
    {
        const Run run = smtpref({"--help"});
        for (const char *command : {"lookup", "search", "compare", "list", "--database", "--lang", "--json"})
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
    }

    void corruptCatalogue()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("corrupt.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
        file.close();
        const Run run = smtpref({"--database", file.fileName(), "lookup", "530"});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("cannot read the catalogue"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
