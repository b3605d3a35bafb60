// Pages as plain text and Markdown: every section present, wrapped for a terminal,
// and usable in a ticket as they are.

#include "catalogue.h"
#include "document.h"
#include "fixturecatalogue.h"

#include <QTest>

using namespace smtpref;

class TestDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalogue m_catalogue;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_catalogue.open(testing::buildFixtureCatalogue(m_dir), &error), qPrintable(error));
    }

    void wrap()
    {
        const QString text = Documents::wrap("one two three four five six seven eight nine ten eleven twelve", 2, 24);
        for (const QString &line : text.split('\n')) {
            QVERIFY2(line.size() <= 24, qPrintable(line));
            QVERIFY(line.startsWith("  "));
        }
        QCOMPARE(Documents::wrap("a\n\nb", 0, 0), QString("a\n\nb"));
    }

    void plainTextHasEverySection()
    {
        const auto entry = m_catalogue.lookup("530", "en");
        QVERIFY(entry);
        const QString text = Documents::toPlainText(Documents::entry(*entry), 80);
        QVERIFY(text.startsWith("530  Authentication required\n"));
        for (const char *expected : {"Meaning", "When you see it", "How to fix it", "Who acts:", "Retry:",
                                     "SMTP phase:", "References:", "Easily confused with: 535",
                                     "The server wants AUTH before MAIL."}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        for (const QString &line : text.split('\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }

    void enhancedWithClass()
    {
        const auto entry = m_catalogue.lookup("4.7.1", "en");
        QVERIFY(entry);
        const QString text = Documents::toPlainText(Documents::entry(*entry), 0);
        QVERIFY(text.startsWith("4.7.1  Delivery not authorized"));
        QVERIFY(text.contains("Persistent transient failure"));
    }

    void markdown()
    {
        const auto entry = m_catalogue.lookup("530", "en");
        QVERIFY(entry);
        const QString markdown = Documents::toMarkdown(Documents::entry(*entry));
        QVERIFY(markdown.startsWith("## 530 — Authentication required\n"));
        QVERIFY(markdown.contains("### How to fix it\n\nFix for 530."));
        QVERIFY(markdown.contains("- **Who acts:** "));
    }

    void fallbackIsSaid()
    {
        // The fixture translates only 530's title and description into Russian.
        const auto entry = m_catalogue.lookup("530", "ru");
        QVERIFY(entry);
        QCOMPARE(entry->title, QString::fromUtf8("Требуется аутентификация"));
        QCOMPARE(entry->fix, QString("Fix for 530."));
        QVERIFY(entry->untranslated.contains("fix"));
        QVERIFY(!entry->untranslated.contains("title"));
        QVERIFY(Documents::toPlainText(Documents::entry(*entry), 0)
                    .contains("shown in English: When you see it, How to fix it, Retry."));
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
