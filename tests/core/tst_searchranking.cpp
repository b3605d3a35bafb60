// Ranking: exact code, code prefix, title, text; stable within a group.
// Runs on a fixture catalogue so the expected order does not move with content edits,
// and on the shipped catalogue for the queries support staff type every day.

#include "catalogue.h"
#include "fixturecatalogue.h"
#include "searchengine.h"

#include <QTest>

using namespace smtpref;

namespace {

QStringList codesOf(const SearchResult &result)
{
    QStringList codes;
    for (const SearchHit &hit : result.hits)
        codes.append(hit.summary.code);
    return codes;
}

} // namespace

class TestSearchRanking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalogue m_fixture;
    Catalogue m_shipped;

    SearchResult fixtureSearch(const QString &query, int limit = 50)
    {
        return SearchEngine(m_fixture).search(query, QStringLiteral("en"), limit);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_fixture.open(testing::buildFixtureCatalogue(m_dir), &error), qPrintable(error));
        QVERIFY2(m_shipped.open(QStringLiteral(SMTPREF_CATALOGUE), &error), qPrintable(error));
    }

    void exactCodeFirst()
    {
        const SearchResult result = fixtureSearch(QStringLiteral("530"));
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.front().summary.code, QStringLiteral("530"));
        QCOMPARE(result.hits.front().match, MatchKind::ExactCode);
    }

    void prefixInCodeOrder()
    {
        QCOMPARE(codesOf(fixtureSearch(QStringLiteral("53"))), (QStringList{"530", "535"}));
        const QStringList fives = codesOf(fixtureSearch(QStringLiteral("5xx")));
        QCOMPARE(fives.mid(0, 4), (QStringList{"530", "535", "550", "552"}));
        QVERIFY(fives.contains("Gmail 550 5.7.26"));
        QVERIFY(!fives.contains("450"));
    }

    void enhancedInEveryClassForm_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("5") << "5.7.1";
        QTest::newRow("4") << "4.7.1";
        QTest::newRow("x") << "x.7.1";
        QTest::newRow("X") << "X.7.1";
    }

    void enhancedInEveryClassForm()
    {
        QFETCH(QString, query);
        const SearchResult result = fixtureSearch(query);
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.front().summary.code, QStringLiteral("X.7.1"));
        QCOMPARE(result.hits.front().match, MatchKind::ExactCode);
    }

    void subjectPrefixKeepsNumericOrder()
    {
        // X.7.10 sorts after X.7.1 and before X.7.26, as a reader counts.
        QCOMPARE(codesOf(fixtureSearch(QStringLiteral("5.7"))).mid(0, 3),
                 (QStringList{"X.7.1", "X.7.10", "X.7.26"}));
    }

    void classFiltersProviderReplies()
    {
        const QStringList permanent = codesOf(fixtureSearch(QStringLiteral("5.7.26")));
        QVERIFY(permanent.contains("Gmail 550 5.7.26"));
        QVERIFY(!permanent.contains("Gmail 421 4.7.26"));
        const QStringList transient = codesOf(fixtureSearch(QStringLiteral("4.7.26")));
        QVERIFY(transient.contains("Gmail 421 4.7.26"));
        QVERIFY(!transient.contains("Gmail 550 5.7.26"));
    }

    void replyLineRanksItsCodesFirst()
    {
        const QStringList codes = codesOf(fixtureSearch(
            QStringLiteral("550-5.7.26 Unauthenticated email from example.com is not accepted")));
        QVERIFY(codes.size() >= 3);
        // The provider reply matching both codes, then each code in the order of the line.
        QCOMPARE(codes.mid(0, 3), (QStringList{"Gmail 550 5.7.26", "550", "X.7.26"}));
    }

    void titleBeforeText()
    {
        const SearchResult result = fixtureSearch(QStringLiteral("mailbox"));
        const QStringList codes = codesOf(result);
        // Titles "Mailbox unavailable", "Mailbox busy", "Mailbox full" before texts that
        // only mention a mailbox (552, X.7.10).
        QCOMPARE(result.hits.at(0).match, MatchKind::Title);
        QCOMPARE(result.hits.at(1).match, MatchKind::Title);
        QCOMPARE(result.hits.at(2).match, MatchKind::Title);
        QVERIFY(codes.indexOf("552") > 2);
        QVERIFY(codes.indexOf("X.7.10") > 2);
        QCOMPARE(result.hits.at(codes.indexOf("552")).match, MatchKind::Text);
    }

    void stableWithinGroup()
    {
        const QStringList first = codesOf(fixtureSearch(QStringLiteral("mailbox")));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(codesOf(fixtureSearch(QStringLiteral("mailbox"))), first);
    }

    void prefixWhileTyping()
    {
        // The last word may be unfinished; a trailing space finishes it.
        QVERIFY(codesOf(fixtureSearch(QStringLiteral("authentic"))).contains("530"));
        QVERIFY(codesOf(fixtureSearch(QStringLiteral("mailb"))).contains("550"));
        QVERIFY(!codesOf(fixtureSearch(QStringLiteral("authentic "))).contains("530"));
    }

    void typosStillFind()
    {
        const SearchResult result = fixtureSearch(QStringLiteral("authentcation requred"));
        QCOMPARE(codesOf(result).value(0), QStringLiteral("530"));
        QCOMPARE(result.corrections.value(0).typed, QString("authentcation"));
        QCOMPARE(result.corrections.value(0).searched.value(0), QString("authentication"));
    }

    void russianTextFoundAndEnglishStillWorks()
    {
        SearchEngine engine(m_fixture);
        QCOMPARE(codesOf(engine.search(QStringLiteral("аутентификация"), QStringLiteral("ru"), 10)).value(0),
                 QStringLiteral("530"));
        // ё and е meet, in either direction.
        QVERIFY(codesOf(engine.search(QStringLiteral("ждет"), QStringLiteral("ru"), 10)).contains("530"));
        QVERIFY(codesOf(engine.search(QStringLiteral("authentication"), QStringLiteral("ru"), 10)).contains("530"));
        // Russian text is not searched when the reader asked for English.
        QVERIFY(engine.search(QStringLiteral("аутентификация"), QStringLiteral("en"), 10).hits.isEmpty());
    }

    void limitIsHonoured()
    {
        QCOMPARE(fixtureSearch(QStringLiteral("5"), 2).hits.size(), 2);
    }

    // The shipped catalogue: the everyday queries of the issue.
    void shippedCatalogue_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedFirst");
        QTest::newRow("530") << "530" << "530";
        QTest::newRow("5.7.1") << "5.7.1" << "X.7.1";
        QTest::newRow("4.7.1") << "4.7.1" << "X.7.1";
        QTest::newRow("x.7.1") << "x.7.1" << "X.7.1";
        QTest::newRow("typos") << "authentcation requred" << "530";
        QTest::newRow("gmail unauthenticated")
            << "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, "
               "and has been blocked. The sender must authenticate with at least one of SPF or DKIM."
            << "Gmail 550 5.7.26 (unauthenticated)";
        QTest::newRow("gmail dmarc")
            << "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."
            << "Gmail 550 5.7.26 (DMARC)";
    }

    void shippedCatalogue()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedFirst);
        const SearchResult result = SearchEngine(m_shipped).search(query, QStringLiteral("en"), 20);
        QCOMPARE(codesOf(result).value(0), expectedFirst);
    }

    void shippedMailboxFull()
    {
        const QStringList codes = codesOf(SearchEngine(m_shipped).search(QStringLiteral("mailbox full"), QStringLiteral("en"), 10));
        QVERIFY2(codes.mid(0, 5).contains("X.2.2"), qPrintable(codes.join(", ")));
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
