// Searching in Russian in the real window: Russian words typed key by key find the Russian
// texts, whatever their case and whether ё is typed as е; English words still find their
// codes while the window speaks Russian.

#include "livesearch.h"
#include "uitest.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

namespace {

// QTest::keyClicks asserts on characters beyond Latin-1: each character goes as its own key
// event, with the key a keyboard would report (the upper-case letter) and the text typed.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const Qt::Key key = ch.isSpace() ? Qt::Key_Space : Qt::Key(ch.toUpper().unicode());
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(ch), Qt::NoModifier);
    }
}

} // namespace

class TestRussianSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        prepareApplication();
        QVERIFY2(Translations::available().contains("ru"), "the Russian translation is not built in");
    }

    void init()
    {
        m_window = openWindow(m_dir.filePath("user.sqlite"));
        chooseLanguage(m_window.get(), "ru");
        QCOMPARE(Translations::current(), QString("ru"));
    }

    void cleanup() { m_window.reset(); }

    void findsTheCode_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("требуется аутентификация") << "требуется аутентификация" << QStringList{"530"};
        QTest::newRow("ящик переполнен") << "ящик переполнен" << QStringList{"X.2.2", "552"};
        // The catalogue writes «учётные»: е typed for ё still finds it, and so does upper case.
        QTest::newRow("е for ё") << "неверные учетные данные" << QStringList{"535", "X.7.8"};
        QTest::newRow("upper case with Ё") << "НЕВЕРНЫЕ УЧЁТНЫЕ ДАННЫЕ" << QStringList{"535", "X.7.8"};
        QTest::newRow("upper case, Е for Ё") << "УЧЕТНЫЕ ДАННЫЕ" << QStringList{"535", "X.7.8"};
        QTest::newRow("prefix while typing") << "доставка не разреш" << QStringList{"X.7.1"};
        // English still works in the Russian window.
        QTest::newRow("english") << "authentication required" << QStringList{"530"};
        QTest::newRow("english mailbox full") << "mailbox full" << QStringList{"X.2.2"};
    }

    void findsTheCode()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, codes);
        QLineEdit *field = searchField(m_window.get());
        QSignalSpy answered(m_window->findChild<LiveSearch *>(), &LiveSearch::finished);
        field->setFocus();
        typeText(field, query);
        QCOMPARE(field->text(), query);
        // The panel shows each answer before this spy hears of it: once the answer to the
        // whole query has come, the list shows it.
        QTRY_VERIFY(!answered.isEmpty() && answered.last().first().toString() == query);
        const QStringList top = codesIn(resultView(m_window.get())->model()).mid(0, 5);
        for (const QString &code : codes)
            QVERIFY2(top.contains(code), qPrintable(QStringLiteral("%1 not among %2").arg(code, top.join(", "))));
    }

    // What was found is shown in Russian: the list's column titles and the entries' titles.
    void resultsSpeakRussian()
    {
        QLineEdit *field = searchField(m_window.get());
        field->setFocus();
        QVERIFY(searchFor(m_window.get(), "530", "530"));
        const QAbstractItemModel *results = resultView(m_window.get())->model();
        QCOMPARE(results->headerData(0, Qt::Horizontal).toString(), QString("Код"));
        const int row = int(codesIn(results).indexOf("530"));
        const QString title = results->index(row, results->columnCount() - 1).data().toString();
        QVERIFY2(title.contains("аутентификац", Qt::CaseInsensitive), qPrintable(title));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRussianSearch)
#include "tst_russiansearch.moc"
