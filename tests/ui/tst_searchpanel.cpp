// The search field and the list under it, driven from the keyboard as a person would.

#include "uitest.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// The row under parent whose label starts so ("5xx" ...).
QModelIndex childStartingWith(const QAbstractItemModel *model, const QModelIndex &parent, const QString &start)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, 0, parent).data().toString().startsWith(start))
            return model->index(row, 0, parent);
    }
    return {};
}

} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void init() { m_window = openWindow(m_dir.filePath("user.sqlite")); }
    void cleanup() { m_window.reset(); }

    void searchFieldHasTheKeyboardAtStart()
    {
        QCOMPARE(QApplication::focusWidget(), searchField(m_window.get()));
    }

    void resultsFollowEachKeystroke()
    {
        QLineEdit *field = searchField(m_window.get());
        QTreeView *results = resultView(m_window.get());
        QTest::keyClicks(field, "53");
        QTRY_VERIFY(results->isVisible() && codesIn(results->model()).contains("530"));
        QVERIFY(codesIn(results->model()).contains("535"));
        QTest::keyClick(field, Qt::Key_5);
        QTRY_COMPARE(codesIn(results->model()).value(0), QString("535"));
        QVERIFY(!codesIn(results->model()).contains("530"));
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClick(field, Qt::Key_0);
        QTRY_COMPARE(codesIn(results->model()).value(0), QString("530"));
        // The best hit is chosen, so Enter would open it.
        QCOMPARE(currentCode(results), QString("530"));
    }

    void arrowKeysInTheFieldMoveTheSelection()
    {
        QLineEdit *field = searchField(m_window.get());
        QTreeView *results = resultView(m_window.get());
        QTest::keyClicks(field, "53");
        QTRY_VERIFY(results->isVisible() && results->model()->rowCount() >= 2);
        QCOMPARE(results->currentIndex().row(), 0);
        QTest::keyClick(field, Qt::Key_Down);
        QCOMPARE(results->currentIndex().row(), 1);
        QTest::keyClick(field, Qt::Key_Up);
        QCOMPARE(results->currentIndex().row(), 0);
        QTest::keyClick(field, Qt::Key_PageDown);
        QVERIFY(results->currentIndex().row() > 0);
        QTest::keyClick(field, Qt::Key_PageUp);
        QCOMPARE(results->currentIndex().row(), 0);
        QCOMPARE(QApplication::focusWidget(), field); // typing goes on where it was
    }

    void enterOpensTheSelectedCode()
    {
        QLineEdit *field = searchField(m_window.get());
        QTreeView *results = resultView(m_window.get());
        QTest::keyClicks(field, "53");
        QTRY_VERIFY(results->isVisible() && codesIn(results->model()).contains("535"));
        while (currentCode(results) != "535")
            QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(m_window->currentLocation()->codeA, QString("535"));
        QVERIFY(detailBrowser(m_window.get())->isVisible());
        QVERIFY(detailBrowser(m_window.get())->toPlainText().startsWith("535"));
    }

    void escapeClearsTheFieldAndShowsTheCatalogue()
    {
        QLineEdit *field = searchField(m_window.get());
        QTest::keyClicks(field, "530");
        QTRY_VERIFY(resultView(m_window.get())->isVisible());
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QString());
        auto *outline = part<QTreeView>(m_window.get(), "outlineView");
        QVERIFY(outline->isVisible());
        QVERIFY(!resultView(m_window.get())->isVisible());
        // Browsable: Down walks into the catalogue from the field too.
        QTest::keyClick(field, Qt::Key_Down);
        QVERIFY(outline->currentIndex().isValid());
    }

    void pastedReplyLineFindsTheCodesInIt()
    {
        QLineEdit *field = searchField(m_window.get());
        QGuiApplication::clipboard()->setText("535 5.7.1 Authentication credentials invalid, see the log");
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(resultView(m_window.get())->isVisible());
        const QStringList codes = codesIn(resultView(m_window.get())->model());
        QCOMPARE(codes.value(0), QString("535"));
        QVERIFY(codes.contains("X.7.1"));
    }

    void pastedBounceExcerptFindsTheCodesInIt()
    {
        QLineEdit *field = searchField(m_window.get());
        QGuiApplication::clipboard()->setText("Delivery to the following recipient failed permanently:\n"
                                              "    someone@example.com\n"
                                              "Technical details of permanent failure:\n"
                                              "530 5.7.1 Authentication required\n");
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY(resultView(m_window.get())->isVisible());
        const QStringList codes = codesIn(resultView(m_window.get())->model());
        QCOMPARE(codes.value(0), QString("530"));
        QVERIFY(codes.contains("X.7.1"));
    }

    void typedStatusOpensWithItsClass()
    {
        QLineEdit *field = searchField(m_window.get());
        QTest::keyClicks(field, "5.7.1");
        QTRY_COMPARE(currentCode(resultView(m_window.get())), QString("X.7.1"));
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(m_window->currentLocation()->codeA, QString("5.7.1"));
        QVERIFY(detailBrowser(m_window.get())->toPlainText().startsWith("5.7.1"));
    }

    void classFilterNarrowsResultsAndCatalogue()
    {
        auto *classes = part<QComboBox>(m_window.get(), "classFilter");
        QLineEdit *field = searchField(m_window.get());
        QTest::keyClicks(field, "211");
        QTRY_VERIFY(codesIn(resultView(m_window.get())->model()).contains("211"));
        classes->setCurrentIndex(classes->findData(5));
        QTRY_VERIFY(part<QLabel>(m_window.get(), "nothingFound")->isVisible());
        classes->setCurrentIndex(classes->findData(2));
        QTRY_VERIFY(codesIn(resultView(m_window.get())->model()).contains("211"));

        auto *families = part<QComboBox>(m_window.get(), "familyFilter");
        families->setCurrentIndex(families->findData(int(Family::Enhanced)));
        QTest::keyClick(field, Qt::Key_Escape);
        auto *outline = part<QTreeView>(m_window.get(), "outlineView");
        QCOMPARE(outline->model()->rowCount(), 1);
    }

    // The catalogue opens with its families open and its groups closed; a group opened from
    // the keyboard (Right or Plus) shows its codes, and stays open when the filter changes.
    void openingAGroupFromTheKeyboardShowsItsCodes()
    {
        auto *outline = part<QTreeView>(m_window.get(), "outlineView");
        QVERIFY(outline->isVisible());
        const QModelIndex basic = outline->model()->index(0, 0);
        QVERIFY(outline->isExpanded(basic));
        const QModelIndex permanent = childStartingWith(outline->model(), basic, "5xx");
        QVERIFY(permanent.isValid());
        QVERIFY(!outline->isExpanded(permanent));

        outline->setFocus();
        outline->setCurrentIndex(permanent);
        QTest::keyClick(outline, Qt::Key_Right);
        QVERIFY(outline->isExpanded(permanent));
        QTRY_VERIFY(codesIn(outline->model(), permanent).contains("530"));
        // Shown: Down walks from the group onto its first code.
        QTest::keyClick(outline, Qt::Key_Down);
        QCOMPARE(outline->currentIndex().parent(), permanent);
        QVERIFY(outline->visualRect(outline->currentIndex()).isValid());

        const QModelIndex providers = outline->model()->index(outline->model()->rowCount() - 1, 0);
        const QModelIndex provider = outline->model()->index(0, 0, providers);
        QVERIFY(provider.isValid());
        outline->setCurrentIndex(provider);
        QTest::keyClick(outline, Qt::Key_Plus);
        QTRY_VERIFY(!codesIn(outline->model(), provider).isEmpty());
        // Under its provider a reply is shown without the provider's name.
        const QModelIndex reply = outline->model()->index(0, 0, provider);
        QVERIFY(!reply.data().toString().startsWith(reply.parent().data().toString().section(" (", 0, 0)));
        // The code column grows to fit the codes read, at the depth they are shown.
        const int replyWidth = outline->fontMetrics().horizontalAdvance(reply.data().toString());
        QTRY_VERIFY(outline->columnWidth(0) >= outline->indentation() * 3 + replyWidth);

        auto *classes = part<QComboBox>(m_window.get(), "classFilter");
        classes->setCurrentIndex(classes->findData(5));
        const QModelIndex again = childStartingWith(outline->model(), outline->model()->index(0, 0), "5xx");
        QVERIFY(outline->isExpanded(again));
        QVERIFY(codesIn(outline->model(), again).contains("530"));
    }

    void enterInTheFieldOpensAndClosesTheChosenGroup()
    {
        QLineEdit *field = searchField(m_window.get());
        auto *outline = part<QTreeView>(m_window.get(), "outlineView");
        const QModelIndex basic = outline->model()->index(0, 0);
        const QModelIndex success = childStartingWith(outline->model(), basic, "2xx");
        outline->setCurrentIndex(success);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(outline->isExpanded(success));
        QTRY_VERIFY(codesIn(outline->model(), success).contains("211"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!outline->isExpanded(success));
    }

    void findShortcutsBringTheKeyboardBack()
    {
        QTextBrowser *page = detailBrowser(m_window.get());
        for (const auto &shortcut : {QKeyCombination(Qt::CTRL, Qt::Key_K), QKeyCombination(Qt::CTRL, Qt::Key_F)}) {
            page->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), page);
            QTest::keyClick(page, shortcut.key(), shortcut.keyboardModifiers());
            QCOMPARE(QApplication::focusWidget(), searchField(m_window.get()));
        }
        // Ctrl+K in the field itself also finds, rather than deleting the rest of the line.
        QLineEdit *field = searchField(m_window.get());
        QTest::keyClicks(field, "530");
        field->setCursorPosition(1);
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(field->text(), QString("530"));
        QCOMPARE(field->selectedText(), QString("530"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
