// Searching in the worker thread: answers come back, and only the newest query's answer.

#include "livesearch.h"
#include "uitest.h"

#include <QSignalSpy>

using namespace smtpref;

class TestLiveSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { uitest::prepareApplication(); }

    void answersInItsOwnThread()
    {
        LiveSearch search(SMTPREF_CATALOGUE);
        QSignalSpy finished(&search, &LiveSearch::finished);
        search.search("530", "en");
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QString("530"));
        const auto result = finished.at(0).at(1).value<SearchResult>();
        QVERIFY(!result.hits.isEmpty());
        QCOMPARE(result.hits.first().summary.code, QString("530"));
    }

    void dropsTheAnswersToQueriesTypedOver()
    {
        LiveSearch search(SMTPREF_CATALOGUE);
        QSignalSpy finished(&search, &LiveSearch::finished);
        // As fast as anyone types: each request overtakes the one before.
        for (const char *typed : {"5", "53", "535 authe", "535 authentication"})
            search.search(typed, "en");
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QString("535 authentication"));
        // Nothing older arrives afterwards either: the answer to the last request came last.
        search.search("211", "en");
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toString(), QString("211"));
    }

    void cancelledSearchesNeverAnswer()
    {
        LiveSearch search(SMTPREF_CATALOGUE);
        QSignalSpy finished(&search, &LiveSearch::finished);
        search.search("530", "en");
        search.cancel();
        search.search("211", "en");
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QString("211"));
    }

    void reportsACatalogueItCannotOpen()
    {
        LiveSearch search("/nonexistent/catalogue.sqlite");
        QSignalSpy failed(&search, &LiveSearch::failed);
        search.search("530", "en");
        QTRY_COMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLiveSearch)
#include "tst_livesearch.moc"
