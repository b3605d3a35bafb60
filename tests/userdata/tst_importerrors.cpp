// A file to import is checked whole before anything is written: every problem is named by
// its line and field, in plain words, and with any problem nothing at all is imported.

#include "catalogue.h"
#include "sqliteuserstore.h"
#include "userdatajson.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

// The problems found in json, one "line N: field: message" string each.
QStringList problemsIn(const QByteArray &json, const UserDataJson::ShippedCode &shipped = {})
{
    QList<UserDataJson::Problem> problems;
    const auto data = UserDataJson::read(json, shipped, &problems);
    QStringList lines;
    for (const UserDataJson::Problem &problem : problems)
        lines.append(problem.toString());
    if (data && !problems.isEmpty())
        lines.append("data returned despite problems");
    return lines;
}

const QByteArray valid =
    "{\n"
    "  \"format\": \"smtpref-user-data\",\n"
    "  \"version\": 1,\n"
    "  \"custom_codes\": [\n"
    "    {\n"
    "      \"code\": \"ACME 550 5.7.99\",\n"
    "      \"title\": \"Relay denied by ACME's gateway\",\n"
    "      \"who_acts\": \"sender_admin\",\n"
    "      \"retry\": \"after_fix\",\n"
    "      \"phase\": [\"RCPT\"],\n"
    "      \"references\": [\"ACME runbook, section 4\"],\n"
    "      \"related\": [\"550\"]\n"
    "    }\n"
    "  ],\n"
    "  \"notes\": [\n"
    "    { \"code\": \"530\", \"text\": \"Ticket 4711\" }\n"
    "  ],\n"
    "  \"favourites\": [\n"
    "    { \"code\": \"530\" }\n"
    "  ]\n"
    "}\n";

} // namespace

class TestImportErrors : public QObject
{
    Q_OBJECT

private slots:
    void aValidFileHasNoProblems()
    {
        QCOMPARE(problemsIn(valid), QStringList());
    }

    // Each row: a file, and the line, field and words its one problem must be reported with.
    void namesTheLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("syntax: a comma missing")
            << QByteArray("{\n  \"format\": \"smtpref-user-data\",\n  \"version\": 1\n  \"notes\": []\n}\n")
            << "line 4: not valid JSON";
        QTest::newRow("syntax: cut short") << QByteArray("{\n  \"format\": \"smtpref-user-data\",\n  \"notes\": [\n")
                                            << "line 4: not valid JSON";
        QTest::newRow("not an object") << QByteArray("[\n  1\n]\n") << "line 1: the file must hold one object";
        QTest::newRow("another format")
            << QByteArray("{\n  \"format\": \"something else\",\n  \"version\": 1\n}\n")
            << "line 2: format: this is not an smtpref user-data file";
        QTest::newRow("a newer version")
            << QByteArray("{\n  \"format\": \"smtpref-user-data\",\n  \"version\": 7\n}\n")
            << "line 3: version: the file was written by a newer smtpref (format version 7)";
        QTest::newRow("version missing") << QByteArray("{\n  \"format\": \"smtpref-user-data\"\n}\n")
                                         << "line 1: version: missing";
        QTest::newRow("a misspelt list") << QByteArray(valid).replace("\"favourites\"", "\"favorites\"")
                                         << "line 18: favorites: unknown field; expected one of:";
        QTest::newRow("an unknown who acts") << QByteArray(valid).replace("sender_admin", "the boss")
                                             << "line 8: custom_codes[0].who_acts: unknown value \"the boss\"; "
                                                "expected one of: nobody, sender, sender_admin";
        QTest::newRow("an unknown retry") << QByteArray(valid).replace("after_fix", "later")
                                          << "line 9: custom_codes[0].retry: unknown value \"later\"";
        QTest::newRow("an unknown phase") << QByteArray(valid).replace("[\"RCPT\"]", "[\"RCPT\", \"LUNCH\"]")
                                          << "line 10: custom_codes[0].phase[1]: unknown phase \"LUNCH\"";
        QTest::newRow("a title missing")
            << QByteArray(valid).replace("\"title\": \"Relay denied by ACME's gateway\",", "")
            << "line 5: custom_codes[0].title: missing";
        QTest::newRow("an empty code") << QByteArray(valid).replace("\"ACME 550 5.7.99\"", "\"  \"")
                                       << "line 6: custom_codes[0].code: empty";
        QTest::newRow("a code of two lines") << QByteArray(valid).replace("\"ACME 550 5.7.99\"", "\"ACME\\n550\"")
                                             << "line 6: custom_codes[0].code: must be one line";
        QTest::newRow("a note that is a number") << QByteArray(valid).replace("\"Ticket 4711\"", "4711")
                                                 << "line 16: notes[0].text: must be text";
        QTest::newRow("an empty note") << QByteArray(valid).replace("\"Ticket 4711\"", "\" \"")
                                       << "line 16: notes[0].text: empty";
        QTest::newRow("a note without a code") << QByteArray(valid).replace("\"code\": \"530\", \"text\"", "\"text\"")
                                               << "line 16: notes[0].code: missing";
        QTest::newRow("a list that is not a list") << QByteArray(valid).replace("[\"550\"]", "\"550\"")
                                                   << "line 12: custom_codes[0].related: must be a list of texts";
        QTest::newRow("a favourite that is not an object")
            << QByteArray(valid).replace("{ \"code\": \"530\" }\n  ]\n}", "\"530\"\n  ]\n}")
            << "line 19: favourites[0]: must be an object";
        QTest::newRow("a date that is no date")
            << QByteArray(valid).replace("\"text\": \"Ticket 4711\"", "\"text\": \"Ticket 4711\", \"updated_at\": \"yesterday\"")
            << "line 16: notes[0].updated_at: \"yesterday\" is not a date and time";
        QTest::newRow("a date before the year 1 in UTC")
            << QByteArray(valid).replace("{ \"code\": \"530\" }", "{ \"code\": \"530\", \"added_at\": \"0001-01-01T00:30:00+01:00\" }")
            << "line 19: favourites[0].added_at: \"0001-01-01T00:30:00+01:00\" is not a date and time";
        QTest::newRow("a note given twice")
            << QByteArray(valid).replace("{ \"code\": \"530\", \"text\": \"Ticket 4711\" }",
                                         "{ \"code\": \"530\", \"text\": \"Ticket 4711\" },\n    { \"code\": \"530\", \"text\": \"Again\" }")
            << "line 17: notes[1].code: \"530\" appears twice in this list (also on line 16)";
    }

    void namesTheLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList problems = problemsIn(json);
        QVERIFY2(problems.size() == 1, qPrintable(problems.join(" | ")));
        QVERIFY2(problems.first().startsWith(expected), qPrintable(problems.first() + "\nexpected: " + expected));
    }

    // Every problem is listed, by line, not only the first.
    void listsEveryProblemByLine()
    {
        QByteArray json = valid;
        json.replace("sender_admin", "boss").replace("\"Ticket 4711\"", "1").replace("\"version\": 1", "\"version\": \"one\"");
        const QStringList problems = problemsIn(json);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).startsWith("line 3: version"));
        QVERIFY(problems.at(1).startsWith("line 8: custom_codes[0].who_acts"));
        QVERIFY(problems.at(2).startsWith("line 16: notes[0].text"));
    }

    // A custom code may not take the name of a catalogue code, in any of the forms a lookup
    // understands: opening it would show the catalogue's entry.
    void aCustomCodeMayNotTakeACatalogueCode()
    {
        Catalogue catalogue;
        QString error;
        QVERIFY2(catalogue.open(SMTPREF_CATALOGUE, &error), qPrintable(error));
        const UserDataJson::ShippedCode shipped = [&catalogue](const QString &code) -> std::optional<QString> {
            if (const auto entry = catalogue.lookup(code, "en"))
                return entry->code;
            return std::nullopt;
        };
        for (const QByteArray &code : {QByteArray("530"), QByteArray("5.7.1"), QByteArray("x.7.1")}) {
            const QStringList problems = problemsIn(QByteArray(valid).replace("ACME 550 5.7.99", code), shipped);
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().startsWith("line 6: custom_codes[0].code: \"" + code + "\" is already in the catalogue"),
                     qPrintable(problems.first()));
        }
        QCOMPARE(problemsIn(valid, shipped), QStringList());
    }

    // All or nothing: one bad field among good ones, and the store is exactly as it was.
    void importsNothingWhenAnythingIsWrong()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        QVERIFY(store.setNote("250", "mine before"));
        UserDataSet before;
        QVERIFY(store.exportData(&before));
        QSignalSpy notes(&store, &UserStore::notesChanged);
        QSignalSpy codes(&store, &UserStore::customCodesChanged);

        QByteArray json = valid;
        json.replace("\"favourites\": [\n    { \"code\": \"530\" }\n  ]",
                     "\"favourites\": [\n    { \"code\": \"530\" },\n    { \"code\": \"535\", \"added_at\": \"soon\" }\n  ]");
        QList<UserDataJson::Problem> problems;
        QVERIFY(!UserDataJson::read(json, {}, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 20);

        UserDataSet after;
        QVERIFY(store.exportData(&after));
        QCOMPARE(UserDataJson::write(after), UserDataJson::write(before));
        QCOMPARE(notes.count(), 0);
        QCOMPARE(codes.count(), 0);
    }

    void aByteOrderMarkIsTolerated()
    {
        QCOMPARE(problemsIn("\xEF\xBB\xBF" + valid), QStringList());
    }

    void anOversizedFileIsRefusedBeforeParsing()
    {
        const QStringList problems = problemsIn(QByteArray(UserDataJson::maxSize + 1, ' '));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains("larger than"));
    }
};

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
