// Every item model of the window passes QAbstractItemModelTester through the changes it
// goes through in use, and says when its column titles change language.

#include "catalogueoutlinemodel.h"
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

    void outlineModel()
    {
        CatalogueOutlineModel model;
        attachTester(&model);
        const QList<EntrySummary> entries = m_catalogue->list(std::nullopt, "en");
        model.setEntries(entries, {});
        QVERIFY(model.rowCount() >= 2);

        // 530 sits under the basic family, in the 5xx group.
        const QModelIndex code = model.indexOfCode("530");
        QVERIFY(code.isValid());
        QVERIFY(!model.isGroup(code));
        QCOMPARE(code.siblingAtColumn(CatalogueOutlineModel::TitleColumn).data().toString().isEmpty(), false);
        const QModelIndex group = code.parent();
        QVERIFY(model.isGroup(group));
        QVERIFY(group.data().toString().startsWith("5xx"));
        QVERIFY(group.parent().isValid());
        QVERIFY(!group.parent().parent().isValid());
        // X.7.1 under the subject X.7.
        QVERIFY(model.indexOfCode("X.7.1").parent().data().toString().startsWith("X.7"));

        EntryFilter enhanced;
        enhanced.family = Family::Enhanced;
        model.setEntries(entries, enhanced);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.indexOfCode("530").isValid());
        QVERIFY(model.indexOfCode("X.7.1").isValid());

        EntryFilter transient;
        transient.replyClass = 4;
        model.setEntries(entries, transient);
        QVERIFY(!model.indexOfCode("530").isValid());
        QVERIFY(model.indexOfCode("X.7.1").isValid()); // enhanced codes exist in class 4 too

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
        QVERIFY(rows.count() > 0);
    }

    void outlineModelOfManyProviders()
    {
        // A catalogue grown large (smtpref-bench's): thousands of provider groups, each made
        // while the list of nodes grows under it.
        QList<EntrySummary> entries;
        for (int provider = 0; provider < 500; ++provider) {
            for (int reply = 0; reply < 4; ++reply) {
                EntrySummary entry;
                entry.id = provider * 4 + reply + 1;
                entry.family = Family::Provider;
                entry.provider = QString("Provider %1").arg(provider, 3, 10, QChar('0'));
                entry.code = QString("%1 55%2").arg(entry.provider).arg(reply);
                entry.title = "Rejected";
                entry.replyClass = 5;
                entries.append(entry);
            }
        }
        CatalogueOutlineModel model;
        attachTester(&model);
        model.setEntries(entries, {});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex providers = model.index(0, 0);
        QCOMPARE(model.rowCount(providers), 500);
        for (int group = 0; group < 500; ++group)
            QCOMPARE(model.rowCount(model.index(group, 0, providers)), 4);
        QCOMPARE(model.indexOfCode("Provider 321 552").parent().data().toString(), QString("Provider 321 (4)"));
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
