// The catalogue read for the browse outline a level at a time: families and groups with
// their entries counted by reply class, in catalogue order, and one group's entries of the
// classes asked for.

#include "catalogue.h"
#include "fixturecatalogue.h"

#include <QTest>

using namespace smtpref;

namespace {

using Counts = std::array<int, 6>; // by reply class; [0]: enhanced codes

QStringList codesOf(const QList<EntrySummary> &entries)
{
    QStringList codes;
    for (const EntrySummary &entry : entries)
        codes.append(entry.code);
    return codes;
}

} // namespace

class TestCatalogueOutline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalogue m_fixture;

    OutlineGroup groupOf(Family family, int number, const QString &provider = {})
    {
        for (const OutlineGroup &group : m_fixture.outlineGroups(family)) {
            if (group.number == number && group.provider == provider)
                return group;
        }
        qFatal("no such group in the fixture");
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.open(testing::buildFixtureCatalogue(m_dir), &error), qPrintable(error));
    }

    void familiesAreCountedByClass()
    {
        const QList<OutlineGroup> families = m_fixture.outlineFamilies();
        QCOMPARE(families.size(), 3);
        QCOMPARE(families[0].family, Family::Basic);
        QCOMPARE(families[0].entriesByClass, (Counts{0, 0, 0, 0, 1, 4}));
        QCOMPARE(families[1].family, Family::Enhanced);
        QCOMPARE(families[1].entriesByClass, (Counts{4, 0, 0, 0, 0, 0}));
        QCOMPARE(families[2].family, Family::Provider);
        QCOMPARE(families[2].entriesByClass, (Counts{0, 0, 0, 0, 1, 1}));
    }

    // Basic replies by class, enhanced codes by subject ("7.26" is subject 7), provider
    // replies by provider, each group where its first entry is in catalogue order.
    void groupsComeInCatalogueOrder()
    {
        const QList<OutlineGroup> basic = m_fixture.outlineGroups(Family::Basic);
        QCOMPARE(basic.size(), 2);
        QCOMPARE(basic[0].number, 4);
        QCOMPARE(basic[0].entriesByClass, (Counts{0, 0, 0, 0, 1, 0}));
        QCOMPARE(basic[1].number, 5);
        QCOMPARE(basic[1].entriesByClass, (Counts{0, 0, 0, 0, 0, 4}));
        QVERIFY(basic[1].firstKey < basic[1].lastKey);

        const QList<OutlineGroup> enhanced = m_fixture.outlineGroups(Family::Enhanced);
        QCOMPARE(enhanced.size(), 2);
        QCOMPARE(enhanced[0].number, 2);
        QCOMPARE(enhanced[1].number, 7);
        QCOMPARE(enhanced[1].entriesByClass, (Counts{3, 0, 0, 0, 0, 0}));

        const QList<OutlineGroup> providers = m_fixture.outlineGroups(Family::Provider);
        QCOMPARE(providers.size(), 1);
        QCOMPARE(providers[0].provider, QString("Gmail"));
        QCOMPARE(providers[0].number, 0);
        QCOMPARE(providers[0].entriesByClass, (Counts{0, 0, 0, 0, 1, 1}));
    }

    void aGroupsEntriesOfTheClassesAskedFor()
    {
        const OutlineGroup permanent = groupOf(Family::Basic, 5);
        QCOMPARE(codesOf(m_fixture.outlineEntries(permanent, {5}, "en")),
                 QStringList({"530", "535", "550", "552"}));
        QCOMPARE(codesOf(m_fixture.outlineEntries(permanent, {4}, "en")), QStringList());

        const OutlineGroup policy = groupOf(Family::Enhanced, 7);
        const QList<EntrySummary> policyEntries = m_fixture.outlineEntries(policy, {0}, "en");
        QCOMPARE(codesOf(policyEntries), QStringList({"X.7.1", "X.7.10", "X.7.26"}));
        QCOMPARE(policyEntries[0].subject, 7);
        QCOMPARE(policyEntries[0].title, QString("Delivery not authorized"));

        const OutlineGroup gmail = groupOf(Family::Provider, 0, "Gmail");
        QCOMPARE(codesOf(m_fixture.outlineEntries(gmail, {4, 5}, "en")),
                 QStringList({"Gmail 421 4.7.26", "Gmail 550 5.7.26"}));
        QCOMPARE(codesOf(m_fixture.outlineEntries(gmail, {4}, "en")), QStringList({"Gmail 421 4.7.26"}));
        QCOMPARE(codesOf(m_fixture.outlineEntries(gmail, {}, "en")), QStringList());
    }

    void titlesInTheLanguageEnglishWhereMissing()
    {
        const QList<EntrySummary> russian = m_fixture.outlineEntries(groupOf(Family::Basic, 5), {5}, "ru");
        QCOMPARE(russian[0].title, QString("Требуется аутентификация"));
        QCOMPARE(russian[1].title, QString("Credentials invalid"));
    }

    // The group's values are bound: a provider named like SQL finds nothing.
    void aGroupIsMatchedExactly()
    {
        OutlineGroup gmail = groupOf(Family::Provider, 0, "Gmail");
        gmail.provider = "Gmail' OR '1'='1";
        QCOMPARE(m_fixture.outlineEntries(gmail, {4, 5}, "en").size(), 0);
        gmail.provider = "gmail";
        QCOMPARE(m_fixture.outlineEntries(gmail, {4, 5}, "en").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueOutline)
#include "tst_catalogueoutline.moc"
