// A language installed while the window is open reaches every part at once: menus,
// actions, column titles (headerDataChanged) and the open pages, rendered anew.

#include "uitest.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// Stands in for a real language: every text comes back marked, so a text that was not
// translated again is easy to see.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace("%n", QString::number(n));
        return "‹" + text + "›";
    }
    bool isEmpty() const override { return false; }
};

QStringList menuTitles(const QMainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class TestRetranslate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void everyPartFollowsTheLanguage()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        QVERIFY(searchFor(window.get(), "530", "530"));
        QTest::keyClick(searchField(window.get()), Qt::Key_Return);

        QSignalSpy resultHeaders(resultView(window.get())->model(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy outlineHeaders(part<QTreeView>(window.get(), "outlineView")->model(),
                                  &QAbstractItemModel::headerDataChanged);
        QSignalSpy historyHeaders(part<QTreeView>(window.get(), "historyView")->model(),
                                  &QAbstractItemModel::headerDataChanged);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));

        QTRY_VERIFY(menuTitles(window.get()).first().startsWith("‹"));
        QTRY_VERIFY(resultHeaders.count() > 0);
        QVERIFY(outlineHeaders.count() > 0);
        QVERIFY(historyHeaders.count() > 0);
        QVERIFY(resultView(window.get())->model()->headerData(0, Qt::Horizontal).toString().startsWith("‹"));
        QVERIFY(part<QAction>(window.get(), "backAction")->text().startsWith("‹"));
        QVERIFY(searchField(window.get())->placeholderText().startsWith("‹"));
        // The page is rendered again with its headings in the new language.
        QTRY_VERIFY(detailBrowser(window.get())->toPlainText().contains("‹Meaning›"));

        QCoreApplication::removeTranslator(&translator);
        QTRY_VERIFY(!detailBrowser(window.get())->toPlainText().contains("‹"));
        QVERIFY(!menuTitles(window.get()).first().startsWith("‹"));
    }

    void languageMenuOffersSystemAndEveryLanguage()
    {
        QTemporaryDir dir;
        auto window = openWindow(dir.filePath("user.sqlite"));
        auto *menu = part<QMenu>(window.get(), "languageMenu");
        QStringList choices;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                choices.append(action->data().toString());
        }
        QStringList expected{"system"};
        expected += Translations::available();
        QCOMPARE(choices, expected);
        const auto english = std::find_if(menu->actions().cbegin(), menu->actions().cend(),
                                          [](const QAction *action) { return action->data() == "en"; });
        QCOMPARE((*english)->text(), QString("English"));
        (*english)->trigger();
        QVERIFY((*english)->isChecked());
        QCOMPARE(Translations::current(), QString("en"));
        QCOMPARE(QSettings().value("language").toString(), QString("en"));
    }
};

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
