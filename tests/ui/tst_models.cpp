// Every item model of the window passes QAbstractItemModelTester through the changes it
// goes through in use, and says when its column titles change language.

#include "cataloguebuilder.h"
#include "catalogueoutlinemodel.h"
#include "fixturecatalogue.h"
#include "pagelistmodel.h"
#include "resultmodel.h"
#include "searchengine.h"
#include "uitest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace smtpref;

namespace {

QAbstractItemModelTester *attachTester(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

// The outline is read as it is opened: the tester must not open it itself, or it would do
// so while checking a reset and take the rows read for a change the model did not announce
// (as for the SQL models, see DESIGN.md). The tests open it, the tester checking each step.
QAbstractItemModelTester *attachOutlineTester(CatalogueOutlineModel *model)
{
    QAbstractItemModelTester *tester = attachTester(model);
    tester->setUseFetchMore(false);
    return tester;
}

// Every family and group row, read all the way down, by label.
QStringList groupLabels(CatalogueOutlineModel &model, const QModelIndex &parent = {})
{
    QStringList labels;
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (!model.isGroup(index))
            break;
        labels.append(index.data().toString());
        labels += groupLabels(model, index);
    }
    return labels;
}

// The entry with the code, every row above it read first.
QModelIndex openedCode(CatalogueOutlineModel &model, const QString &code)
{
    groupLabels(model);
    return model.indexOfCode(code);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::prepareApplication();
        m_catalogue = uitest::openCatalogue();
    }

    void resultModel()
    {
        ResultModel model;
        attachTester(&model);
        const SearchEngine engine(*m_catalogue);
        model.setResult(engine.search("authentication", "en", 50), {});
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.index(0, ResultModel::TitleColumn).data(ResultModel::TermsRole).toStringList().isEmpty());
        model.setResult(engine.search("530", "en", 50), {});
        QCOMPARE(model.codeAt(0), QString("530"));
        QCOMPARE(model.index(0, ResultModel::ClassColumn).data().toString(), QString("5xx"));
        QVERIFY(model.index(0, ResultModel::ClassColumn).data(Qt::DecorationRole).value<QColor>().isValid());

        EntryFilter successOnly;
        successOnly.replyClass = 2;
        model.setResult(engine.search("530", "en", 50), successOnly);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(engine.search("211", "en", 50), successOnly);
        QCOMPARE(model.codeAt(0), QString("211"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    // Opened as a view opens it: the families at once, a family's groups and a group's
    // entries when first opened, the tester checking every step.
    void outlineModel()
    {
        CatalogueOutlineModel model(*m_catalogue);
        attachOutlineTester(&model);
        model.reload("en", {});
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.catalogueSize(), m_catalogue->entryCount());

        // 530 sits under the basic family, in the 5xx group.
        const QModelIndex code = openedCode(model, "530");
        QVERIFY(code.isValid());
        QVERIFY(!model.isGroup(code));
        QCOMPARE(code.siblingAtColumn(CatalogueOutlineModel::TitleColumn).data().toString().isEmpty(), false);
        const QModelIndex group = code.parent();
        QVERIFY(model.isGroup(group));
        QVERIFY(group.data().toString().startsWith("5xx"));
        QVERIFY(group.parent().isValid());
        QVERIFY(!group.parent().parent().isValid());
        // X.7.1 under the subject X.7.
        QVERIFY(openedCode(model, "X.7.1").parent().data().toString().startsWith("X.7"));

        EntryFilter enhanced;
        enhanced.family = Family::Enhanced;
        model.reload("en", enhanced);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!openedCode(model, "530").isValid());
        QVERIFY(openedCode(model, "X.7.1").isValid());

        EntryFilter transient;
        transient.replyClass = 4;
        model.reload("en", transient);
        QVERIFY(!openedCode(model, "530").isValid());
        QVERIFY(openedCode(model, "X.7.1").isValid()); // enhanced codes exist in class 4 too
        QCOMPARE(model.catalogueSize(), m_catalogue->entryCount()); // whatever the filter

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
        QVERIFY(rows.count() > 0);
    }

    // Nothing is read below a row before it is opened; a row not read yet still says it has
    // children, and reading them inserts them.
    void outlineModelReadsAsItIsOpened()
    {
        CatalogueOutlineModel model(*m_catalogue);
        attachOutlineTester(&model);
        model.reload("en", {});
        const QModelIndex basic = model.index(0, 0);
        QCOMPARE(model.rowCount(basic), 0);
        QVERIFY(model.hasChildren(basic));
        QVERIFY(model.canFetchMore(basic));
        QVERIFY(!model.canFetchMore(basic.siblingAtColumn(CatalogueOutlineModel::TitleColumn)));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(basic);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).value<QModelIndex>(), basic);
        QVERIFY(!model.canFetchMore(basic));
        QVERIFY(model.rowCount(basic) >= 4); // 2xx ... 5xx

        const QModelIndex group = model.index(0, 0, basic);
        QCOMPARE(model.rowCount(group), 0);
        QVERIFY(model.hasChildren(group));
        model.fetchMore(group);
        QCOMPARE(model.rowCount(group), model.entryCount(group));
        QVERIFY(!model.hasChildren(model.index(0, 0, group)));
        model.fetchMore(basic); // read once only
        QCOMPARE(inserted.count(), 2);
    }

    void outlineModelOfManyProviders()
    {
        // A catalogue grown large (smtpref-bench's): hundreds of provider groups, each made
        // while the list of nodes grows under it.
        QList<Entry> entries;
        for (int provider = 0; provider < 500; ++provider) {
            for (int reply = 0; reply < 4; ++reply) {
                const QString name = QString("Provider %1").arg(provider, 3, 10, QChar('0'));
                Entry entry = testing::fixtureEntry(Family::Provider, QString("%1 55%2").arg(name).arg(reply),
                                                    "Rejected", "Rejected for a reason.", 5);
                entry.provider = name;
                entry.reply = QString("55%1").arg(reply);
                entries.append(entry);
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("providers.sqlite");
        QString error;
        QVERIFY2(CatalogueBuilder::build(entries, {}, {}, path, &error), qPrintable(error));
        Catalogue catalogue;
        QVERIFY2(catalogue.open(path, &error), qPrintable(error));

        CatalogueOutlineModel model(catalogue);
        attachOutlineTester(&model);
        model.reload("en", {});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex providers = model.index(0, 0);
        model.fetchMore(providers);
        QCOMPARE(model.rowCount(providers), 500);
        for (int group = 0; group < 500; ++group) {
            const QModelIndex provider = model.index(group, 0, providers);
            model.fetchMore(provider);
            QCOMPARE(model.rowCount(provider), 4);
        }
        const QModelIndex code = model.indexOfCode("Provider 321 552");
        QCOMPARE(code.parent().data().toString(), QString("Provider 321 (4)"));
        QCOMPARE(code.data().toString(), QString("552")); // the provider's name is said above it
        QCOMPARE(model.indexOfGroup(model.groupKey(code.parent())), code.parent());
    }

    // A group's count and entries are those the filter leaves: enhanced codes serve classes
    // 2, 4 and 5 but not 3; a provider's replies are of one class each.
    void outlineCountsUnderAFilter()
    {
        QTemporaryDir dir;
        Catalogue fixture;
        QString error;
        QVERIFY2(fixture.open(testing::buildFixtureCatalogue(dir), &error), qPrintable(error));
        CatalogueOutlineModel model(fixture);
        attachOutlineTester(&model);
        model.reload("en", {});
        QCOMPARE(groupLabels(model), QStringList({"Reply codes", "4xx Transient negative completion (1)",
                                                  "5xx Permanent negative completion (4)",
                                                  "Enhanced status codes", "X.2 Mailbox (1)",
                                                  "X.7 Security or policy (3)", "Provider replies",
                                                  "Gmail (2)"}));

        EntryFilter transient;
        transient.replyClass = 4;
        model.reload("en", transient);
        QCOMPARE(groupLabels(model), QStringList({"Reply codes", "4xx Transient negative completion (1)",
                                                  "Enhanced status codes", "X.2 Mailbox (1)",
                                                  "X.7 Security or policy (3)", "Provider replies",
                                                  "Gmail (1)"}));
        QVERIFY(openedCode(model, "Gmail 421 4.7.26").isValid());
        QVERIFY(!openedCode(model, "Gmail 550 5.7.26").isValid());

        EntryFilter intermediate;
        intermediate.replyClass = 3;
        model.reload("en", intermediate);
        QCOMPARE(model.rowCount(), 0); // the fixture has no 3xx, and enhanced codes none of class 3
        QCOMPARE(model.catalogueSize(), 11);
    }

    void favouritesModel()
    {
        QTemporaryDir dir;
        const auto store = uitest::openStore(dir.filePath("user.sqlite"));
        PageListModel model(PageListModel::Source::Favourites, *m_catalogue, *store);
        attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        store->setFavourite("530", true);
        store->setFavourite("X.7.1", true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.locationAt(0), PageLocation::entry("X.7.1"));
        QVERIFY(!model.index(1, PageListModel::TitleColumn).data().toString().isEmpty());
        store->setFavourite("X.7.1", false);
        QCOMPARE(model.rowCount(), 1);

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    void historyModel()
    {
        QTemporaryDir dir;
        const auto store = uitest::openStore(dir.filePath("user.sqlite"));
        PageListModel model(PageListModel::Source::History, *m_catalogue, *store);
        attachTester(&model);
        store->recordVisit("530", QString());
        store->recordVisit("211", "530");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.locationAt(0), PageLocation::comparison("211", "530"));
        QVERIFY(model.index(0, PageListModel::PageColumn).data().toString().contains("530"));
        QVERIFY(!model.index(0, PageListModel::VisitedColumn).data().toString().isEmpty());
        store->clearHistory();
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
    }

    // Notes, by code, each with its first line; a code no catalogue has keeps its row, marked.
    void notesModel()
    {
        QTemporaryDir dir;
        const auto store = uitest::openStore(dir.filePath("user.sqlite"));
        PageListModel model(PageListModel::Source::Notes, *m_catalogue, *store);
        attachTester(&model);
        QCOMPARE(model.rowCount(), 0);
        store->setNote("530", "Ticket 4711\nsecond line");
        store->setNote("599", "from an older catalogue");
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.locationAt(0), PageLocation::entry("530"));
        QCOMPARE(model.index(0, PageListModel::NoteColumn).data().toString(), QString("Ticket 4711"));
        QCOMPARE(model.index(1, PageListModel::TitleColumn).data().toString(), QString("Not in the current catalogue"));
        store->setNote("599", QString());
        QCOMPARE(model.rowCount(), 1);
    }

private:
    std::unique_ptr<Catalogue> m_catalogue;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
