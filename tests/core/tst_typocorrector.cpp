// Typo tolerance: edit distance and the suggestions drawn from the index's vocabulary.

#include "typocorrector.h"

#include <QTest>

using namespace smtpref;

class TestTypoCorrector : public QObject
{
    Q_OBJECT

private:
    TypoCorrector m_corrector;

private slots:
    void initTestCase()
    {
        m_corrector.setVocabulary({{"authentication", 30}, {"authenticated", 5}, {"required", 20},
                                   {"requires", 3}, {"mailbox", 40}, {"full", 12}, {"refused", 4},
                                   {"relay", 9}, {"delay", 2}});
    }

    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << "relay" << "relay" << 0;
        QTest::newRow("substitution") << "relay" << "delay" << 1;
        QTest::newRow("insertion") << "requred" << "required" << 1;
        QTest::newRow("deletion") << "mailbbox" << "mailbox" << 1;
        QTest::newRow("transposition") << "mailbxo" << "mailbox" << 1;
        QTest::newRow("two") << "athentcation" << "authentication" << 2;
        QTest::newRow("over limit") << "zzzzzzzz" << "mailbox" << 3;
    }

    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(TypoCorrector::distance(a, b, 2), expected);
    }

    void knows()
    {
        QVERIFY(m_corrector.knows("mailbox", false));
        QVERIFY(!m_corrector.knows("mailb", false));
        QVERIFY(m_corrector.knows("mailb", true));
        QVERIFY(!m_corrector.knows("mailx", true));
    }

    void corrections()
    {
        QCOMPARE(m_corrector.corrections("authentcation", false).value(0), QString("authentication"));
        QCOMPARE(m_corrector.corrections("requred", false).value(0), QString("required"));
        // Unfinished and misspelt: the matching beginning comes back, to search as a prefix.
        QCOMPARE(m_corrector.corrections("requr", true).value(0), QString("requir"));
        // Ties go to the commoner word.
        QCOMPARE(m_corrector.corrections("belay", false), (QStringList{"relay", "delay"}));
    }

    void shortWordsAreLeftAlone()
    {
        QVERIFY(m_corrector.corrections("ful", false).isEmpty());
        QCOMPARE(TypoCorrector::allowedEdits(3), 0);
        QCOMPARE(TypoCorrector::allowedEdits(5), 1);
        QCOMPARE(TypoCorrector::allowedEdits(12), 2);
    }
};

QTEST_GUILESS_MAIN(TestTypoCorrector)
#include "tst_typocorrector.moc"
