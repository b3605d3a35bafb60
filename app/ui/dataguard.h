#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;
class QWidget;

namespace smtpref {

class Catalogue;
class CustomCatalogue;
class MainWindow;
class SqliteUserStore;

// Keeps what the window shows sound while it runs:
// - the user's own codes compiled beside the catalogue (CustomCatalogue), recompiled and
//   reopened whenever they change;
// - after the window is up, PRAGMA quick_check of the catalogue and the user database in a
//   thread of its own, so a large file never delays the window;
// - a file found damaged then (or by a statement that met the damage) is set aside, the
//   person told in plain words, and the window goes on with a sound one: the built-in
//   catalogue, a fresh user database.
// The person is told through the notifier: a message box by default.
class DataGuard : public QObject
{
    Q_OBJECT

public:
    struct Files
    {
        QString catalogue;        // the file the catalogue was opened on
        bool catalogueBuiltIn = false; // it is the built-in copy already: nothing to check
        QString builtInSource;    // CatalogueRecovery::builtInResource(), or a file for tests
        QString cacheFolder;      // where the built-in copy is extracted
    };
    using Notifier = std::function<void(QWidget *parent, const QString &message)>;

    DataGuard(Catalogue &catalogue, SqliteUserStore &store, const Files &files, QObject *parent = nullptr);
    ~DataGuard() override;

    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }
    // Something found while starting, told once the window is up.
    void tellLater(const QString &message);

    // Compiles the user's own codes and opens them beside the catalogue: before the window
    // is made, so its first search finds them.
    void prepare();
    // The window is shown: the checks start, and what was kept to tell is told.
    void watch(MainWindow *window);

signals:
    // Both files were checked (and anything damaged dealt with): for tests.
    void checksFinished();

private:
    void onChecked(const QString &path, int verdict, const QString &details);
    void replaceDamagedUserData(const QString &details);
    void tell(const QString &message);

    Catalogue &m_catalogue;
    SqliteUserStore &m_store;
    Files m_files;
    std::unique_ptr<CustomCatalogue> m_custom;
    QPointer<MainWindow> m_window;
    Notifier m_notify;
    QStringList m_pending;
    QThread *m_checker = nullptr;
    bool m_replacingUserData = false;
};

} // namespace smtpref
