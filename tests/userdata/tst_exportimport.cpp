// Export then import loses nothing: every field of every custom code, note and favourite
// comes back, and exporting again gives the very same bytes.

#include "sqliteuserstore.h"
#include "userdatajson.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

QDateTime at(const char *time)
{
    return QDateTime::fromString(QString::fromLatin1(time), Qt::ISODateWithMs);
}

// Some of everything, with the text that breaks careless code: quotes, markup, several
// lines, Cyrillic, emoji, entities, a code with a space and a slash.
UserDataSet sample()
{
    UserDataSet data;
    CustomCode relay;
    relay.entry.code = "ACME 550 5.7.99";
    relay.entry.title = "Relay denied by ACME's \"gateway\"";
    relay.entry.description = "Line one.\n\nParagraph two with <b>markup</b> &amp; an entity.";
    relay.entry.when = "Когда шлюз ACME отказывает 🙂";
    relay.entry.fix = "Ask ACME's admin to allow the sender's IP.";
    relay.entry.whoActs = WhoActs::SenderAdmin;
    relay.entry.retry = Retry::AfterFix;
    relay.entry.retryNote = "Resend once the allow-list changed.";
    relay.entry.phases = {"RCPT", "DATA"};
    relay.entry.references = {"ACME runbook, section 4, \"relay\"", "https://example.invalid/runbook"};
    relay.entry.related = {"550", "X.7.1"};
    relay.entry.confusedWith = {"554"};
    relay.updated = at("2024-05-01T09:30:00.123Z");
    CustomCode minimal;
    minimal.entry.code = "HELPDESK/42";
    minimal.entry.title = "Our own code for \"mailbox on hold\"";
    minimal.updated = at("2024-05-02T10:00:00.000Z");
    data.customCodes = {relay, minimal};
    data.notes = {{"530", "Ticket 4711: <img src=http://example.invalid/x.png> & co.\nSecond line.", at("2024-05-03T08:00:00.000Z")},
                  {"599", "A code no catalogue has: kept anyway.", at("2024-05-04T08:00:00.000Z")},
                  {"ACME 550 5.7.99", "A note on my own code.", at("2024-05-05T08:00:00.000Z")}};
    // Newest first; two added at the same moment keep their order.
    data.favourites = {{"X.7.1", at("2024-05-06T08:00:00.000Z")},
                       {"530", at("2024-05-05T08:00:00.000Z")},
                       {"ACME 550 5.7.99", at("2024-05-05T08:00:00.000Z")}};
    return data;
}

QByteArray exportOf(SqliteUserStore &store)
{
    UserDataSet data;
    if (!store.exportData(&data))
        return {};
    return UserDataJson::write(data);
}

} // namespace

class TestExportImport : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportGivesTheSameBytes()
    {
        QTemporaryDir dir;
        SqliteUserStore first;
        QString error;
        QVERIFY(first.open(dir.filePath("first.sqlite"), &error));
        QVERIFY2(first.importData(sample()), qPrintable(first.lastError()));
        const QByteArray exported = exportOf(first);
        QVERIFY(!exported.isEmpty());

        QList<UserDataJson::Problem> problems;
        const auto read = UserDataJson::read(exported, {}, &problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(read.has_value());

        SqliteUserStore second;
        QVERIFY(second.open(dir.filePath("second.sqlite"), &error));
        QVERIFY2(second.importData(*read), qPrintable(second.lastError()));
        QCOMPARE(exportOf(second), exported);

        // Importing the same again into either store changes nothing.
        QVERIFY(first.importData(*read));
        QCOMPARE(exportOf(first), exported);
    }

    // Field by field, against what went in.
    void everyFieldComesBack()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        const UserDataSet original = sample();
        QVERIFY(store.importData(original));
        QList<UserDataJson::Problem> problems;
        const auto read = UserDataJson::read(exportOf(store), {}, &problems);
        QVERIFY(read.has_value());

        QCOMPARE(read->customCodes.size(), 2);
        const Entry &relay = read->customCodes.at(0).entry; // sorted by code: "ACME ..." first
        const Entry &expected = original.customCodes.at(0).entry;
        QCOMPARE(relay.code, expected.code);
        QCOMPARE(relay.title, expected.title);
        QCOMPARE(relay.description, expected.description);
        QCOMPARE(relay.when, expected.when);
        QCOMPARE(relay.fix, expected.fix);
        QCOMPARE(relay.whoActs, expected.whoActs);
        QCOMPARE(relay.retry, expected.retry);
        QCOMPARE(relay.retryNote, expected.retryNote);
        QCOMPARE(relay.phases, expected.phases);
        QCOMPARE(relay.references, expected.references);
        QCOMPARE(relay.related, expected.related);
        QCOMPARE(relay.confusedWith, expected.confusedWith);
        QVERIFY(relay.custom);
        QCOMPARE(read->customCodes.at(0).updated, original.customCodes.at(0).updated);
        QCOMPARE(read->customCodes.at(1).entry.code, QString("HELPDESK/42"));

        QCOMPARE(read->notes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->notes.at(i).code, original.notes.at(i).code);
            QCOMPARE(read->notes.at(i).text, original.notes.at(i).text);
            QCOMPARE(read->notes.at(i).updated, original.notes.at(i).updated);
        }
        QCOMPARE(store.favourites(), QStringList({"X.7.1", "530", "ACME 550 5.7.99"}));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read->favourites.at(i).code, original.favourites.at(i).code);
            QCOMPARE(read->favourites.at(i).added, original.favourites.at(i).added);
        }
    }

    // An import adds to what is there and replaces what it names again; it never removes.
    void importMergesIntoWhatIsThere()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        QVERIFY(store.setNote("250", "mine, not in the file"));
        QVERIFY(store.setNote("530", "older text"));
        QSignalSpy noteChanged(&store, &UserStore::noteChanged);
        QSignalSpy customCodes(&store, &UserStore::customCodesChanged);
        QVERIFY(store.importData(sample()));
        QCOMPARE(store.note("250"), QString("mine, not in the file"));
        QVERIFY(store.note("530").startsWith("Ticket 4711"));
        QCOMPARE(store.notes().size(), 4);
        QCOMPARE(noteChanged.count(), 3);
        QCOMPARE(customCodes.count(), 1);
    }

    void anEmptyStoreExportsAValidEmptyFile()
    {
        QTemporaryDir dir;
        SqliteUserStore store;
        QString error;
        QVERIFY(store.open(dir.filePath("user.sqlite"), &error));
        const QByteArray json = exportOf(store);
        QList<UserDataJson::Problem> problems;
        const auto read = UserDataJson::read(json, {}, &problems);
        QVERIFY(read.has_value());
        QVERIFY(read->isEmpty());
        QVERIFY(json.contains("\"format\": \"smtpref-user-data\""));
        QVERIFY(json.contains("\"version\": 1"));
    }
};

QTEST_GUILESS_MAIN(TestExportImport)
#include "tst_exportimport.moc"
