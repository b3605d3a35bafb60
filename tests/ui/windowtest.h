#pragma once

// The set-up GUI tests share when each test function wants a window of its own: a new main
// window for every test function, over the compiled catalogue and a user database of the
// test's own, and the catalogue itself to state what the window should show.
//
// A test class derives from WindowTest and declares only its test functions; Qt Test finds
// initTestCase, init and cleanup below through the meta-object, as it finds its own slots.

#include "uitest.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace smtpref::uitest {

class WindowTest : public QObject
{
    Q_OBJECT

protected:
    MainWindow *window() const { return m_window.get(); }
    const Catalogue &catalogue() const { return *m_catalogue; }

private slots:
    void initTestCase()
    {
        prepareApplication();
        m_catalogue = openCatalogue();
    }

    void init() { m_window = openWindow(m_dir.filePath(QStringLiteral("user.sqlite"))); }
    void cleanup() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace smtpref::uitest
