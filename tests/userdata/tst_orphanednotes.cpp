// A new catalogue never touches the user's data: a note or favourite on a code the catalogue
// no longer has is kept, listed and marked "not in the current catalogue", and its page
// shows the note and lets it be edited.

#include "uitest.h"

#include "pagelink.h"
#include "userstore.h"

#include <QAction>
#include <QFont>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// The row of a list whose first column reads code.
int rowOf(const QAbstractItemModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == code)
            return row;
    }
    return -1;
}

} // namespace

class TestOrphanedNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void aNoteOnACodeTheCatalogueLacksIsKeptAndMarked()
    {
        QTemporaryDir dir;
        const QString userDatabase = dir.filePath("user.sqlite");
        {
            auto store = openStore(userDatabase);
            QVERIFY(store->importData({{},
                                       {{"530", "Ticket 4711", {}}, {"599", "From an older catalogue", {}}},
                                       {{"599", {}}, {"530", {}}}}));
        }
        auto window = openWindow(userDatabase);

        for (const char *name : {"notesView", "favouritesView"}) {
            const QAbstractItemModel *list = part<QTreeView>(window.get(), name)->model();
            QCOMPARE(list->rowCount(), 2);
            const int orphan = rowOf(list, "599");
            QVERIFY2(orphan >= 0, name);
            QCOMPARE(list->index(orphan, 1).data().toString(), QString("Not in the current catalogue"));
            QVERIFY(list->index(orphan, 1).data(Qt::FontRole).value<QFont>().italic());
            const int known = rowOf(list, "530");
            QCOMPARE(list->index(known, 1).data().toString(), openCatalogue()->lookup("530", "en")->title);
        }
        const QAbstractItemModel *notes = part<QTreeView>(window.get(), "notesView")->model();
        QCOMPARE(notes->index(rowOf(notes, "599"), 2).data().toString(), QString("From an older catalogue"));

        // Opened from the list: the page says so, shows the note and offers to edit it.
        auto *view = part<QTreeView>(window.get(), "notesView");
        part<QAction>(window.get(), "showNotesAction")->trigger();
        QTRY_VERIFY(view->isVisible());
        view->setCurrentIndex(notes->index(rowOf(notes, "599"), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTextBrowser *page = detailBrowser(window.get());
        QTRY_VERIFY(page->toPlainText().startsWith("599"));
        QVERIFY(page->toPlainText().contains("not in the current catalogue"));
        QVERIFY(page->toPlainText().contains("From an older catalogue"));

        clickLink(page, PageLink::editNote("599").toString(QUrl::FullyEncoded));
        auto *editor = part<QPlainTextEdit>(window.get(), "noteText");
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->toPlainText(), QString("From an older catalogue"));
        editor->setPlainText("Still relevant: ticket 99");
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(page->toPlainText().contains("Still relevant: ticket 99"));
        QCOMPARE(notes->index(rowOf(notes, "599"), 2).data().toString(), QString("Still relevant: ticket 99"));
    }
};

QTEST_MAIN(TestOrphanedNotes)
#include "tst_orphanednotes.moc"
