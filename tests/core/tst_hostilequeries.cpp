// Whatever is typed or pasted is searched as plain text: no SQL error, no FTS syntax
// error, no crash, and the catalogue is unchanged afterwards.

#include "catalogue.h"
#include "searchengine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace smtpref;

class TestHostileQueries : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;
    int m_entries = 0;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_catalogue.open(QStringLiteral(SMTPREF_CATALOGUE), &error), qPrintable(error));
        m_entries = m_catalogue.entryCount();
        QVERIFY(m_entries > 0);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << "\"";
        QTest::newRow("quotes") << "\"mailbox full";
        QTest::newRow("star") << "*";
        QTest::newRow("star word") << "mail*box";
        QTest::newRow("AND (") << "AND (";
        QTest::newRow("OR NOT") << "mailbox OR NOT full";
        QTest::newRow("NEAR") << "NEAR(mailbox full, 2)";
        QTest::newRow("column filter") << "title: mailbox";
        QTest::newRow("caret") << "^mailbox";
        QTest::newRow("sql injection") << "'; DROP TABLE entry; --";
        QTest::newRow("sql injection 2") << "530' OR '1'='1";
        QTest::newRow("percent underscore") << "%_%";
        QTest::newRow("backslashes") << "\\\\\\";
        QTest::newRow("control characters") << QString::fromLatin1("mail\x01\x02\x1b[31mbox\x7f\t\r\n");
        QTest::newRow("nul") << QString(QChar(0)) + "530";
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + "mailbox";
        QTest::newRow("emoji") << QString::fromUtf8("📫 mailbox");
        QTest::newRow("right-to-left") << QString::fromUtf8("\u202e550");
        QTest::newRow("only dots") << "....";
        QTest::newRow("many codes") << QString("550 5.7.1 ").repeated(500);
        QTest::newRow("100 kB of words") << QString("mailbox full quota ").repeated(100 * 1024 / 19);
        QTest::newRow("100 kB of one word") << QString(100 * 1024, QLatin1Char('a'));
        QTest::newRow("100 kB of quotes") << QString(100 * 1024, QLatin1Char('"'));
    }

    void plainText()
    {
        QFETCH(QString, query);
        SearchEngine engine(m_catalogue);
        const SearchResult result = engine.search(query, QStringLiteral("en"), 50);
        QVERIFY(result.hits.size() <= 50);
        QCOMPARE(m_catalogue.entryCount(), m_entries);
        // Lookups take the same text without harm.
        m_catalogue.lookup(query, QStringLiteral("en"));
    }

    void injectionIsText()
    {
        // The query's words are searched; the SQL in it is not run.
        SearchEngine engine(m_catalogue);
        engine.search(QStringLiteral("x'); DELETE FROM entry; --"), QStringLiteral("en"), 10);
        QCOMPARE(m_catalogue.entryCount(), m_entries);
    }

    // Codes kept in the user's lists are read back in one statement, bound as a JSON array.
    void titlesOfCodesAreReadByExactCode()
    {
        const QStringList codes{QStringLiteral("530"), QStringLiteral("X.7.1"), QStringLiteral("530\" OR \"1\"=\"1"),
                                QStringLiteral("530', '421"), QStringLiteral("\\\"]"), QStringLiteral("5.7.1")};
        const QHash<QString, QString> titles = m_catalogue.titles(codes, QStringLiteral("en"));
        QCOMPARE(titles.size(), 2); // "5.7.1" is how X.7.1 is typed, not a catalogue code
        QCOMPARE(titles.value(QStringLiteral("530")), m_catalogue.entry(QStringLiteral("530"), QStringLiteral("en"))->title);
        QCOMPARE(titles.value(QStringLiteral("X.7.1")),
                 m_catalogue.entry(QStringLiteral("X.7.1"), QStringLiteral("en"))->title);
        QVERIFY(m_catalogue.titles({}, QStringLiteral("en")).isEmpty());
        QCOMPARE(m_catalogue.entryCount(), m_entries);
    }

    void randomBytes()
    {
        // A fixed seed: a failure here can be replayed.
        QRandomGenerator random(20261128);
        SearchEngine engine(m_catalogue);
        for (int round = 0; round < 300; ++round) {
            QString query;
            const int length = int(random.bounded(1, 200));
            for (int i = 0; i < length; ++i)
                query.append(QChar(char16_t(random.bounded(1, 0x2fff))));
            engine.search(query, QStringLiteral("ru"), 20);
        }
        QCOMPARE(m_catalogue.entryCount(), m_entries);
    }
};

QTEST_GUILESS_MAIN(TestHostileQueries)
#include "tst_hostilequeries.moc"
