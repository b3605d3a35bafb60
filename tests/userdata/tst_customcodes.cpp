// The user's own codes are compiled into a catalogue of their own and found like shipped
// ones: by code, by code prefix, by words, with typos; marked custom; after the shipped
// entries within each kind of match; kept in step with the store whenever it changes.

#include "catalogue.h"
#include "combinedsearch.h"
#include "customcatalogue.h"
#include "fixturecatalogue.h"
#include "sqliteuserstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace smtpref;

namespace {

CustomCode custom(const QString &code, const QString &title, const QString &description = {})
{
    CustomCode result;
    result.entry.code = code;
    result.entry.title = title;
    result.entry.description = description;
    result.entry.whoActs = WhoActs::SenderAdmin;
    result.entry.retry = Retry::AfterFix;
    result.entry.phases = {"RCPT"};
    result.entry.related = {"550"}; // a shipped code
    return result;
}

QStringList codesOf(const SearchResult &result)
{
    QStringList codes;
    for (const SearchHit &hit : result.hits)
        codes.append(hit.summary.code + (hit.summary.custom ? "*" : ""));
    return codes;
}

} // namespace

class TestCustomCodes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cataloguePath = testing::buildFixtureCatalogue(*m_dir);
        m_store = std::make_unique<SqliteUserStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir->filePath("user.sqlite"), &error), qPrintable(error));
        QVERIFY(m_store->importData({{custom("ACME 550 5.7.99", "Relay denied by the quarantine gateway",
                                             "The ACME gateway holds mail from senders it has not seen."),
                                      custom("X.7.99", "Our policy block"),
                                      custom("HELPDESK-42", "Mailbox frozen by the helpdesk")},
                                     {},
                                     {}}));
        m_custom = std::make_unique<CustomCatalogue>(*m_store, CustomCatalogue::pathFor(m_store->path()));
        QVERIFY2(m_custom->sync(&error), qPrintable(error));
        m_catalogue = std::make_unique<Catalogue>();
        QVERIFY(m_catalogue->open(m_cataloguePath, &error));
        QVERIFY2(m_catalogue->openCustom(m_custom->path(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_catalogue.reset();
        m_custom.reset();
        m_store.reset();
        m_dir.reset();
    }

    void theFileSitsBesideTheUserDatabase()
    {
        QCOMPARE(m_custom->path(), m_dir->filePath("user.custom-catalogue.sqlite"));
        QVERIFY(m_catalogue->custom()->isCustom());
        QVERIFY(!m_catalogue->isCustom());
    }

    void foundByCodeAndMarkedCustom()
    {
        const CombinedSearch search(*m_catalogue);
        // The reply code in it finds it after the shipped 550; its own status code finds it first.
        QCOMPARE(codesOf(search.search("550", "en", 20)).first(), QString("550"));
        QVERIFY(codesOf(search.search("550", "en", 20)).contains("ACME 550 5.7.99*"));
        QCOMPARE(codesOf(search.search("5.7.99", "en", 20)), QStringList({"X.7.99*", "ACME 550 5.7.99*"}));
        // A name that is no code form is found by its words; "42" is also a code prefix (421).
        QVERIFY(codesOf(search.search("HELPDESK-42", "en", 20)).contains("HELPDESK-42*"));
        QCOMPARE(codesOf(search.search("helpdesk", "en", 20)), QStringList({"HELPDESK-42*"}));
    }

    void foundByWordsWithTypos()
    {
        const CombinedSearch search(*m_catalogue);
        QCOMPARE(codesOf(search.search("quarantine gateway", "en", 20)), QStringList({"ACME 550 5.7.99*"}));
        QCOMPARE(codesOf(search.search("quarantnie", "en", 20)), QStringList({"ACME 550 5.7.99*"}));
        // In Russian too: the user's codes have one language, which serves every other.
        QCOMPARE(codesOf(search.search("helpdesk", "ru", 20)), QStringList({"HELPDESK-42*"}));
        // Shipped text still ranks as it did.
        const QStringList mailbox = codesOf(search.search("mailbox", "en", 20));
        QVERIFY(mailbox.contains("HELPDESK-42*"));
        QVERIFY(mailbox.indexOf("HELPDESK-42*") > mailbox.indexOf("550"));
    }

    void lookupFindsThemAndPrefersTheCatalogue()
    {
        const auto relay = m_catalogue->lookup("ACME 550 5.7.99", "ru");
        QVERIFY(relay.has_value());
        QVERIFY(relay->custom);
        QCOMPARE(relay->title, QString("Relay denied by the quarantine gateway"));
        QVERIFY(relay->untranslated.isEmpty());
        QCOMPARE(relay->related, QStringList({"550"}));
        QCOMPARE(relay->replyClass, 5);
        QVERIFY(m_catalogue->lookup("x.7.99", "en").has_value());
        QVERIFY(m_catalogue->entry("HELPDESK-42", "en").has_value());
        const auto shipped = m_catalogue->lookup("550", "en");
        QVERIFY(shipped && !shipped->custom);
    }

    // A change in the store: the file is rebuilt (written aside, renamed over), announced,
    // and the catalogue opened again finds the new code. An old reader keeps working.
    void rebuiltWhenTheCodesChange()
    {
        QSignalSpy rebuilt(m_custom.get(), &CustomCatalogue::rebuilt);
        Catalogue oldReader;
        QString error;
        QVERIFY(oldReader.open(m_custom->path(), &error));

        QVERIFY(m_store->importData({{custom("ACME 421 4.7.98", "Greylisted by ACME")}, {}, {}}));
        QCOMPARE(rebuilt.count(), 1);
        QCOMPARE(rebuilt.at(0).at(0).toString(), m_custom->path());
        QVERIFY(!QFile::exists(m_custom->path() + ".partial"));
        QVERIFY(m_catalogue->openCustom(m_custom->path(), &error));
        QCOMPARE(codesOf(CombinedSearch(*m_catalogue).search("greylisted", "en", 20)), QStringList({"ACME 421 4.7.98*"}));
        QVERIFY(oldReader.entry("HELPDESK-42", "en").has_value());

        // Up to date: nothing rebuilt.
        bool again = true;
        QVERIFY(m_custom->sync(&error, &again));
        QVERIFY(!again);
    }

    // A stale or damaged file (a crash between the two writes, a disk error) is rebuilt.
    void aStaleOrDamagedFileIsRebuilt()
    {
        QString error;
        {
            QFile file(m_custom->path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a catalogue");
        }
        bool rebuilt = false;
        QVERIFY(m_custom->sync(&error, &rebuilt));
        QVERIFY(rebuilt);
        Catalogue reader;
        QVERIFY2(reader.open(m_custom->path(), &error), qPrintable(error));
        QCOMPARE(reader.entryCount(), 3);
    }

    void customEntriesTakeTheirFamilyFromTheirCode()
    {
        QCOMPARE(CustomCatalogue::catalogueEntry(custom("ACME 550 5.7.99", "t").entry).family, Family::Provider);
        QCOMPARE(CustomCatalogue::catalogueEntry(custom("ACME 550 5.7.99", "t").entry).status, QString("5.7.99"));
        QCOMPARE(CustomCatalogue::catalogueEntry(custom("X.7.99", "t").entry).family, Family::Enhanced);
        QCOMPARE(CustomCatalogue::catalogueEntry(custom("5.7.99", "t").entry).replyClass, 5);
        QCOMPARE(CustomCatalogue::catalogueEntry(custom("HELPDESK-42", "t").entry).replyClass, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cataloguePath;
    std::unique_ptr<SqliteUserStore> m_store;
    std::unique_ptr<CustomCatalogue> m_custom;
    std::unique_ptr<Catalogue> m_catalogue;
};

QTEST_GUILESS_MAIN(TestCustomCodes)
#include "tst_customcodes.moc"
