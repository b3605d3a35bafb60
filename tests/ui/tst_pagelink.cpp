// The links inside pages: our own scheme, read back exactly, never mistaken for others.

#include "pagelink.h"

#include <QTest>

using namespace smtpref;

class TestPageLink : public QObject
{
    Q_OBJECT

private slots:
    void survivesItsUrl_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("code") << PageLink::openCode("530") << int(PageLink::Action::OpenCode) << "530" << "";
        QTest::newRow("provider code")
            << PageLink::openCode("Gmail 550 5.7.1 (RFC 5322)") << int(PageLink::Action::OpenCode)
            << "Gmail 550 5.7.1 (RFC 5322)" << "";
        QTest::newRow("compare") << PageLink::compare("211", "X.7.1") << int(PageLink::Action::Compare) << "211"
                                 << "X.7.1";
        QTest::newRow("compare with &=") << PageLink::compare("a&b=c", "d e") << int(PageLink::Action::Compare)
                                         << "a&b=c" << "d e";
        QTest::newRow("compare with none yet") << PageLink::compare("530", QString())
                                               << int(PageLink::Action::Compare) << "530" << "";
        QTest::newRow("note") << PageLink::editNote("535") << int(PageLink::Action::EditNote) << "535" << "";
    }

    void survivesItsUrl()
    {
        QFETCH(QUrl, url);
        QFETCH(int, action);
        QFETCH(QString, a);
        QFETCH(QString, b);
        // Through text and back, as a link in a page is.
        const auto link = PageLink::parse(QUrl(url.toString(QUrl::FullyEncoded)));
        QVERIFY(link);
        QCOMPARE(int(link->action), action);
        QCOMPARE(link->codeA, a);
        QCOMPARE(link->codeB, b);
    }

    void otherUrlsAreNotPageLinks()
    {
        QVERIFY(!PageLink::parse(QUrl("https://example.com/code/530")));
        QVERIFY(!PageLink::parse(QUrl("smtpref:elsewhere/530")));
        QVERIFY(!PageLink::parse(QUrl("smtpref:code/")));
    }
};

QTEST_GUILESS_MAIN(TestPageLink)
#include "tst_pagelink.moc"
