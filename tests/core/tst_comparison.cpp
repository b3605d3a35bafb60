// Comparison: computed differences that say more than the class, links between the
// codes, and the curated notes; the seed page's defects do not come back.

#include "catalogue.h"
#include "comparison.h"
#include "document.h"
#include "fixturecatalogue.h"

#include <QRegularExpression>
#include <QTest>

using namespace smtpref;

namespace {

QStringList aspects(const QList<Difference> &differences)
{
    QStringList list;
    for (const Difference &difference : differences)
        list.append(difference.aspect);
    return list;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalogue m_fixture;
    Catalogue m_shipped;

    Comparison fixtureCompare(const QString &a, const QString &b)
    {
        const auto entryA = m_fixture.lookup(a, QStringLiteral("en"));
        const auto entryB = m_fixture.lookup(b, QStringLiteral("en"));
        if (!entryA || !entryB)
            qFatal("missing fixture entry");
        return Comparer::compare(*entryA, *entryB, m_fixture);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(testing::buildFixtureCatalogue(m_dir), &error), qPrintable(error));
        QVERIFY2(m_shipped.open(QStringLiteral(SMTPREF_CATALOGUE), &error), qPrintable(error));
    }

    void differencesAndShared()
    {
        const Comparison comparison = fixtureCompare("450", "550");
        QVERIFY(aspects(comparison.differences).contains("class"));
        QVERIFY(aspects(comparison.differences).contains("retry"));
        QVERIFY(aspects(comparison.shared).contains("family"));
        QVERIFY(aspects(comparison.shared).contains("who_acts"));
        QVERIFY(!aspects(comparison.differences).contains("who_acts"));
        // Twins by digits are named, with a caution.
        QVERIFY(comparison.relations.join(' ').contains("last two digits"));
    }

    void confusedPairAndNote()
    {
        const Comparison comparison = fixtureCompare("535", "530");
        QVERIFY(comparison.relations.join(' ').contains("mistaken"));
        // The note is stored for 530/535 and found in either order.
        QCOMPARE(comparison.notes, QStringList{"530 asks for login; 535 says the login failed."});
    }

    void providerAgainstRegistry()
    {
        const Comparison comparison = fixtureCompare("Gmail 550 5.7.26", "X.7.26");
        QVERIFY(comparison.relations.join(' ').contains("own use of the registry code X.7.26"));
        QVERIFY(aspects(comparison.shared).contains("subject"));
        QVERIFY(aspects(comparison.differences).contains("family"));
    }

    void enhancedClassComesFromLookup()
    {
        // 5.2.2 against 552: both permanent, so the class is shared, not a difference.
        const Comparison comparison = fixtureCompare("5.2.2", "552");
        QVERIFY(aspects(comparison.differences).contains("family"));
        QVERIFY(!aspects(comparison.differences).contains("class"));
        QCOMPARE(comparison.a.displayCode(), QString("5.2.2"));
    }

    void seedPageDefectsAreGone()
    {
        const auto a = m_shipped.lookup("211", "en");
        const auto b = m_shipped.lookup("530", "en");
        QVERIFY(a && b);
        const Comparison comparison = Comparer::compare(*a, *b, m_shipped);
        // More than the class differs, and there is a curated note.
        QVERIFY(comparison.differences.size() >= 3);
        QVERIFY(aspects(comparison.differences).contains("phase"));
        QVERIFY(!comparison.notes.isEmpty());
        const QString page = Documents::toPlainText(Documents::comparison(comparison), 0);
        static const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        const auto match = doubled.match(page);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0)));
    }

    void russianPageHasNoEnglishHeadings()
    {
        // Headings come from the same translation as the text: a Russian comparison has
        // Russian texts (the headings are checked by the translation tests).
        const auto a = m_shipped.lookup("211", "ru");
        const auto b = m_shipped.lookup("530", "ru");
        QVERIFY(a && b);
        QVERIFY(a->untranslated.isEmpty());
        QVERIFY(b->untranslated.isEmpty());
        QVERIFY(b->description.contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
