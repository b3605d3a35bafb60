#include "keystrokebench.h"

#include "catalogue.h"
#include "livesearch.h"
#include "mainwindow.h"
#include "rawsqlitesearch.h"
#include "searchengine.h"
#include "sqliteuserstore.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace smtpref;

namespace {

constexpr int answerTimeoutMs = 60000;

template<typename T>
T *part(const QWidget &window, const char *objectName)
{
    auto *found = window.findChild<T *>(QString::fromLatin1(objectName));
    if (!found)
        qFatal("smtpref-bench: no %s in the main window", objectName);
    return found;
}

// The main window over the catalogue, with a user database in memory, shown and painted.
std::unique_ptr<MainWindow> openWindow(const QString &cataloguePath)
{
    auto catalogue = std::make_unique<Catalogue>();
    QString error;
    if (!catalogue->open(cataloguePath, &error))
        qFatal("smtpref-bench: %s", qPrintable(error));
    auto store = std::make_unique<SqliteUserStore>();
    if (!store->open(QStringLiteral(":memory:"), &error))
        qFatal("smtpref-bench: %s", qPrintable(error));
    auto window = std::make_unique<MainWindow>(std::move(catalogue), std::move(store));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("smtpref-bench: the main window was not shown");
    return window;
}

// Types into the window's search field and times each key until the result list is reset
// with the answer to the text that key made (the panel drops answers to older texts).
class Typist
{
public:
    explicit Typist(MainWindow &window)
        : m_field(part<QLineEdit>(window, "searchField"))
        , m_results(part<QTreeView>(window, "resultView")->model())
    {
        QObject::connect(m_results, &QAbstractItemModel::modelReset, &m_loop, [this] {
            if (m_answeredMs < 0)
                m_answeredMs = double(m_sinceKey.nsecsElapsed()) / 1e6;
            m_loop.quit();
        });
        m_field->setFocus();
    }

    struct Times
    {
        std::vector<double> answered; // key event to the result list reset with its answer
        std::vector<double> painted;   // key event to the window idle again, the list painted
    };

    // Milliseconds for each key, in typing order. Each key comes once the window is idle and
    // has painted the answer to the one before, as a person's next key does.
    Times type(const QString &text)
    {
        m_field->clear();
        QCoreApplication::processEvents();
        Times times;
        for (const QChar character : text) {
            m_answeredMs = -1;
            m_sinceKey.start();
            QTest::keyClick(m_field, character.toLatin1());
            if (m_answeredMs < 0) {
                QTimer::singleShot(answerTimeoutMs, &m_loop, &QEventLoop::quit);
                m_loop.exec();
            }
            if (m_answeredMs < 0)
                qFatal("smtpref-bench: no result for \"%s\"", qPrintable(m_field->text()));
            times.answered.push_back(m_answeredMs);
            QCoreApplication::processEvents(); // layout and paint
            times.painted.push_back(double(m_sinceKey.nsecsElapsed()) / 1e6);
        }
        return times;
    }

private:
    QLineEdit *m_field;
    QAbstractItemModel *m_results;
    QEventLoop m_loop;
    QElapsedTimer m_sinceKey;
    double m_answeredMs = -1; // when the list was reset after the last key; -1: not yet
};

// Every text the typing of a query passes through: "m", "ma", ... "mailbox full".
QStringList keystrokeTexts(const QStringList &queries)
{
    QStringList texts;
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length)
            texts.append(query.left(length));
    }
    return texts;
}

} // namespace

namespace KeystrokeBench {

QStringList queries(bool quick)
{
    QStringList queries{QStringLiteral("550 5.7.1"), QStringLiteral("mailbox full"),
                        QStringLiteral("authentcation requred"), QStringLiteral("relay access denied"),
                        QStringLiteral("5.7.26 unauthenticated"), QStringLiteral("greylisted")};
    if (!quick) {
        queries += {QStringLiteral("421"), QStringLiteral("message too large"), QStringLiteral("spf dkim dmarc"),
                    QStringLiteral("tls requird"), QStringLiteral("user unknown"), QStringLiteral("blocked spam")};
    }
    return queries;
}

QList<Measurement> run(const QString &cataloguePath, int size, const QStringList &queries, int rounds, bool detail)
{
    const QStringList texts = keystrokeTexts(queries);
    const QString sizeText = QString::number(size);

    // The limit: the raw query for each text, as often as the window is asked for it.
    RawSqliteSearch raw(cataloguePath);
    std::vector<double> rawTimes;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : texts) {
            const QString expression = RawSqliteSearch::expression(text);
            const auto times = Statistics::timeRuns(1, [&] { raw.run(expression, LiveSearch::resultLimit); });
            rawTimes.insert(rawTimes.end(), times.begin(), times.end());
        }
    }
    const double limit = Statistics::percentile(rawTimes, 95);

    std::vector<double> engineTimes;
    {
        Catalogue catalogue;
        QString error;
        if (!catalogue.open(cataloguePath, &error))
            qFatal("smtpref-bench: %s", qPrintable(error));
        const SearchEngine engine(catalogue);
        engine.search(QStringLiteral("warm up"), QStringLiteral("en"), LiveSearch::resultLimit);
        for (int round = 0; round < rounds; ++round) {
            for (const QString &text : texts) {
                const auto times = Statistics::timeRuns(
                    1, [&] { engine.search(text, QStringLiteral("en"), LiveSearch::resultLimit); });
                engineTimes.insert(engineTimes.end(), times.begin(), times.end());
            }
        }
    }

    std::vector<double> keyTimes;
    std::vector<double> paintTimes;
    {
        const auto window = openWindow(cataloguePath);
        Typist typist(*window);
        typist.type(QStringLiteral("warm up")); // the worker opens the catalogue, reads the vocabulary
        for (int round = 0; round < rounds; ++round) {
            for (const QString &query : queries) {
                const auto times = typist.type(query);
                keyTimes.insert(keyTimes.end(), times.answered.begin(), times.answered.end());
                paintTimes.insert(paintTimes.end(), times.painted.begin(), times.painted.end());
            }
        }
    }

    if (detail) {
        // Samples are in the same order in all three: round by round, text by text.
        QTextStream err(stderr);
        for (std::size_t i = 0; i < keyTimes.size(); ++i) {
            err << QStringLiteral("# %1 key %2 painted %3 engine %4 raw %5 \"%6\"\n")
                       .arg(size)
                       .arg(keyTimes.at(i), 0, 'f', 2)
                       .arg(paintTimes.at(i), 0, 'f', 2)
                       .arg(engineTimes.at(i), 0, 'f', 2)
                       .arg(rawTimes.at(i), 0, 'f', 2)
                       .arg(texts.at(qsizetype(i) % texts.size()));
        }
    }
    return {{QStringLiteral("search_keystroke_p95"), sizeText, Statistics::percentile(keyTimes, 95),
             QStringLiteral("ms"), limit},
            {QStringLiteral("search_painted_p95"), sizeText, Statistics::percentile(paintTimes, 95),
             QStringLiteral("ms"), limit},
            {QStringLiteral("search_engine_p95"), sizeText, Statistics::percentile(engineTimes, 95),
             QStringLiteral("ms"), limit}};
}

} // namespace KeystrokeBench
