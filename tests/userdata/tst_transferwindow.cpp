// File > Import and Export in the window: an import that has problems names them by line and
// changes nothing; a good one makes its custom codes searchable at once, marked Custom; an
// export writes exactly what the command line's export writes.

#include "session.h"

#include "userdatajson.h"
#include "userdatatransfer.h"

#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::testing;
using namespace smtpref::uitest;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

UserDataSet oneCustomCode()
{
    CustomCode custom;
    custom.entry.code = "ACME 550 5.7.99";
    custom.entry.title = "Relay denied by the Frobnitz gateway";
    custom.entry.related = {"550"};
    return {{custom}, {{"530", "Ticket 4711", {}}}, {{"ACME 550 5.7.99", {}}}};
}

} // namespace

class TestTransferWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void importedCodesAreSearchableAtOnce()
    {
        QTemporaryDir dir;
        Session session(SMTPREF_CATALOGUE, dir.filePath("user.sqlite"), dir.filePath("cache"));
        auto *transfer = session.window->findChild<UserDataTransfer *>();
        QVERIFY(transfer);
        const QString file = dir.filePath("codes.json");
        QVERIFY(write(file, UserDataJson::write(oneCustomCode())));

        QString summary;
        QString details;
        QVERIFY2(transfer->importFile(file, &summary, &details), qPrintable(summary));
        QVERIFY2(summary.startsWith("Imported 1 custom code, 1 note and 1 favourite"), qPrintable(summary));

        QVERIFY(searchFor(session.window.get(), "frobnitz", "ACME 550 5.7.99"));
        const QAbstractItemModel *results = resultView(session.window.get())->model();
        QVERIFY(results->index(0, 2).data().toString().startsWith("Custom · Relay denied"));
        QTest::keyClick(searchField(session.window.get()), Qt::Key_Return);
        QTRY_VERIFY(detailBrowser(session.window.get())->toPlainText().startsWith("ACME 550 5.7.99"));
        QVERIFY(detailBrowser(session.window.get())->toPlainText().contains("One of your own codes"));
        const QAbstractItemModel *favourites = part<QTreeView>(session.window.get(), "favouritesView")->model();
        QCOMPARE(favourites->index(0, 1).data().toString(), QString("Relay denied by the Frobnitz gateway"));
    }

    void anImportWithProblemsChangesNothing()
    {
        QTemporaryDir dir;
        Session session(SMTPREF_CATALOGUE, dir.filePath("user.sqlite"), dir.filePath("cache"));
        auto *transfer = session.window->findChild<UserDataTransfer *>();
        const QString file = dir.filePath("codes.json");
        QVERIFY(write(file, UserDataJson::write(oneCustomCode()).replace("\"nobody\"", "\"the boss\"")));
        QString summary;
        QString details;
        QVERIFY(!transfer->importFile(file, &summary, &details));
        QVERIFY2(summary.startsWith("Nothing was imported: 1 problem in"), qPrintable(summary));
        QVERIFY2(details.contains(": custom_codes[0].who_acts: unknown value \"the boss\""), qPrintable(details));
        QVERIFY(details.startsWith("line "));
        QVERIFY(session.store->customCodes().isEmpty());
        QVERIFY(session.store->notes().isEmpty());
    }

    void exportWritesTheStoresData()
    {
        QTemporaryDir dir;
        Session session(SMTPREF_CATALOGUE, dir.filePath("user.sqlite"), dir.filePath("cache"));
        QVERIFY(session.store->importData(oneCustomCode()));
        auto *transfer = session.window->findChild<UserDataTransfer *>();
        const QString file = dir.filePath("export.json");
        QString summary;
        QVERIFY2(transfer->exportFile(file, &summary), qPrintable(summary));
        UserDataSet data;
        QVERIFY(session.store->exportData(&data));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), UserDataJson::write(data));

        // A folder that cannot be written: told, nothing half written.
        QVERIFY(!transfer->exportFile(dir.filePath("export.json/inside"), &summary));
        QVERIFY2(summary.startsWith("Nothing was exported"), qPrintable(summary));
    }
};

QTEST_MAIN(TestTransferWindow)
#include "tst_transferwindow.moc"
