// The window comes back as it was left: size, position and where the divider was.

#include "uitest.h"

#include <QSplitter>
#include <QTemporaryDir>

using namespace smtpref;
using namespace smtpref::uitest;

class TestWindowSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepareApplication(); }

    void geometryAndSplitterAreRemembered()
    {
        QTemporaryDir dir;
        QList<int> sizes;
        QSize size;
        {
            auto window = openWindow(dir.filePath("user.sqlite"));
            window->resize(1000, 640);
            auto *splitter = part<QSplitter>(window.get(), "mainSplitter");
            splitter->setSizes({300, 690});
            QTRY_COMPARE(window->size(), QSize(1000, 640));
            sizes = splitter->sizes();
            size = window->size();
            window->close();
        }
        auto window = openWindow(dir.filePath("user.sqlite"));
        QTRY_COMPARE(window->size(), size);
        QCOMPARE(part<QSplitter>(window.get(), "mainSplitter")->sizes(), sizes);
    }
};

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
