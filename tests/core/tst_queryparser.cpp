// The code forms people type or paste, and what the parser makes of them.

#include "queryparser.h"

#include <QTest>

using namespace smtpref;
using Kind = CodeQuery::Kind;

Q_DECLARE_METATYPE(QList<smtpref::CodeQuery>)

class TestQueryParser : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<CodeQuery>>("codes");
        QTest::addColumn<QStringList>("words");

        QTest::newRow("reply") << "530" << QList<CodeQuery>{{Kind::ReplyExact, "530", 0}} << QStringList{};
        QTest::newRow("reply prefix two digits") << "53" << QList<CodeQuery>{{Kind::ReplyPrefix, "53", 0}} << QStringList{};
        QTest::newRow("reply prefix one digit") << "5" << QList<CodeQuery>{{Kind::ReplyPrefix, "5", 0}} << QStringList{};
        QTest::newRow("class wildcard") << "5xx" << QList<CodeQuery>{{Kind::ReplyPrefix, "5", 0}} << QStringList{};
        QTest::newRow("class wildcard upper") << "4XX" << QList<CodeQuery>{{Kind::ReplyPrefix, "4", 0}} << QStringList{};
        QTest::newRow("two digits and wildcard") << "55x" << QList<CodeQuery>{{Kind::ReplyPrefix, "55", 0}} << QStringList{};
        QTest::newRow("enhanced 5") << "5.7.1" << QList<CodeQuery>{{Kind::StatusExact, "7.1", 5}} << QStringList{};
        QTest::newRow("enhanced 4") << "4.7.1" << QList<CodeQuery>{{Kind::StatusExact, "7.1", 4}} << QStringList{};
        QTest::newRow("enhanced x") << "x.7.1" << QList<CodeQuery>{{Kind::StatusExact, "7.1", 0}} << QStringList{};
        QTest::newRow("enhanced X") << "X.7.1" << QList<CodeQuery>{{Kind::StatusExact, "7.1", 0}} << QStringList{};
        QTest::newRow("enhanced three-digit detail") << "5.7.708" << QList<CodeQuery>{{Kind::StatusExact, "7.708", 5}} << QStringList{};
        QTest::newRow("subject prefix") << "5.7" << QList<CodeQuery>{{Kind::StatusPrefix, "7", 5}} << QStringList{};
        QTest::newRow("subject prefix with dot") << "x.2." << QList<CodeQuery>{{Kind::StatusPrefix, "2", 0}} << QStringList{};
        QTest::newRow("multi-line reply")
            << "550-5.7.26 Unauthenticated email"
            << QList<CodeQuery>{{Kind::ReplyExact, "550", 0}, {Kind::StatusExact, "7.26", 5}}
            << QStringList{"unauthenticated", "email"};
        QTest::newRow("qmail style") << "(#5.1.1)" << QList<CodeQuery>{{Kind::StatusExact, "1.1", 5}} << QStringList{};
        QTest::newRow("sentence end") << "said 550 5.1.1." << QList<CodeQuery>{{Kind::ReplyExact, "550", 0}, {Kind::StatusExact, "1.1", 5}}
                                       << QStringList{"said"};
        QTest::newRow("repeated codes once") << "550 550 5.1.1 5.1.1" << QList<CodeQuery>{{Kind::ReplyExact, "550", 0}, {Kind::StatusExact, "1.1", 5}}
                                             << QStringList{};
        QTest::newRow("digit inside text is a word") << "line 5 failed" << QList<CodeQuery>{} << QStringList{"line", "5", "failed"};
        QTest::newRow("words") << "Mailbox FULL" << QList<CodeQuery>{} << QStringList{"mailbox", "full"};
        QTest::newRow("not a class") << "650" << QList<CodeQuery>{} << QStringList{"650"};
        QTest::newRow("version number") << "1.2.3" << QList<CodeQuery>{} << QStringList{"1", "2", "3"};
        QTest::newRow("cyrillic") << "Ящик полон" << QList<CodeQuery>{} << QStringList{"ящик", "полон"};
        QTest::newRow("empty") << "" << QList<CodeQuery>{} << QStringList{};
        QTest::newRow("only punctuation") << "\"*()" << QList<CodeQuery>{} << QStringList{};
    }

    void codes()
    {
        QFETCH(QString, query);
        QFETCH(QList<CodeQuery>, codes);
        QFETCH(QStringList, words);
        const ParsedQuery parsed = QueryParser::parse(query);
        QCOMPARE(parsed.codes.size(), codes.size());
        for (int i = 0; i < codes.size(); ++i) {
            QCOMPARE(int(parsed.codes.at(i).kind), int(codes.at(i).kind));
            QCOMPARE(parsed.codes.at(i).value, codes.at(i).value);
            QCOMPARE(parsed.codes.at(i).replyClass, codes.at(i).replyClass);
        }
        QCOMPARE(parsed.words, words);
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
