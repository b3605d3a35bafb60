// What a person keeps survives closing the window: a favourite, a note and the history,
// written through the window and read back by a new window on the same user database.

#include "uitest.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestUserDataPersistence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void favouriteAndNoteSurviveReopening()
    {
        QTemporaryDir dir;
        const QString userDatabase = dir.filePath("user.sqlite");
        const QString note = "Ticket 4711: Outlook had \"requires authentication\" off.";
        {
            auto window = openWindow(userDatabase);
            QVERIFY(searchFor(window.get(), "530", "530"));
            QTest::keyClick(searchField(window.get()), Qt::Key_Return);
            QTextBrowser *page = detailBrowser(window.get());
            QTest::keyClick(page, Qt::Key_D, Qt::ControlModifier);
            QVERIFY(part<QAction>(window.get(), "favouriteAction")->isChecked());
            QTest::keyClick(page, Qt::Key_E, Qt::ControlModifier);
            auto *editor = part<QPlainTextEdit>(window.get(), "noteText");
            QTRY_VERIFY(editor->isVisible());
            QTest::keyClicks(editor, note);
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(page->toPlainText().contains(note));
            window->close();
        }
        auto window = openWindow(userDatabase);
        auto *favourites = part<QTreeView>(window.get(), "favouritesView");
        QCOMPARE(favourites->model()->rowCount(), 1);
        QCOMPARE(favourites->model()->index(0, 0).data().toString(), QString("530"));
        auto *history = part<QTreeView>(window.get(), "historyView");
        QCOMPARE(history->model()->index(0, 0).data().toString(), QString("530"));

        // Opened from the favourites list, the page shows the note and the star.
        part<QAction>(window.get(), "showFavouritesAction")->trigger();
        QTRY_VERIFY(favourites->isVisible());
        favourites->setCurrentIndex(favourites->model()->index(0, 0));
        QTest::keyClick(favourites, Qt::Key_Return);
        QTextBrowser *page = detailBrowser(window.get());
        QTRY_VERIFY(page->toPlainText().startsWith("530"));
        QVERIFY(page->toPlainText().contains(note));
        QVERIFY(part<QAction>(window.get(), "favouriteAction")->isChecked());
    }
};

QTEST_MAIN(TestUserDataPersistence)
#include "tst_userdatapersistence.moc"
