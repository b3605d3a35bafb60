// One folding for index and query: Cyrillic case, ё = е, control characters.

#include "textfold.h"

#include <QTest>

using namespace smtpref;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold()
    {
        QCOMPARE(TextFold::fold("MAILBOX Full"), QString("mailbox full"));
        QCOMPARE(TextFold::fold(QString::fromUtf8("ПОЧТОВЫЙ Ящик")), QString::fromUtf8("почтовый ящик"));
        QCOMPARE(TextFold::fold(QString::fromUtf8("Ещё ЁЛКА")), QString::fromUtf8("еще елка"));
        QCOMPARE(TextFold::fold(QString::fromLatin1("a\x01" "b")), QString("a b"));
    }

    void words()
    {
        QCOMPARE(TextFold::words("550-5.7.26 \"Unauthenticated\" (email)"),
                 (QStringList{"550", "5", "7", "26", "unauthenticated", "email"}));
        QCOMPARE(TextFold::words(QString::fromUtf8("Ящик переполнен; ещё раз")),
                 (QStringList{QString::fromUtf8("ящик"), QString::fromUtf8("переполнен"),
                              QString::fromUtf8("еще"), QString::fromUtf8("раз")}));
        QVERIFY(TextFold::words("\"*() AND").contains("and"));
        QVERIFY(TextFold::words("").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
