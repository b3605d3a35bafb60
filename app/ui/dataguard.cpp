#include "dataguard.h"

#include "catalogue.h"
#include "cataloguerecovery.h"
#include "customcatalogue.h"
#include "integritycheck.h"
#include "mainwindow.h"
#include "sqliteuserstore.h"
#include "userstoreopening.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace smtpref {

namespace {

void showMessageBox(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DataGuard", "smtpref"), message,
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // paths and SQLite's words, never markup
    box.exec();
}

} // namespace

DataGuard::DataGuard(Catalogue &catalogue, SqliteUserStore &store, const Files &files, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_store(store)
    , m_files(files)
    , m_custom(std::make_unique<CustomCatalogue>(store, CustomCatalogue::pathFor(store.path())))
    , m_notify(showMessageBox)
{
    connect(m_custom.get(), &CustomCatalogue::rebuilt, this, [this](const QString &path) {
        QString error;
        if (!m_catalogue.openCustom(path, &error))
            tell(error);
        if (m_window)
            m_window->refreshCatalogue();
    });
    connect(m_custom.get(), &CustomCatalogue::failed, this, [this](const QString &message) {
        if (m_window)
            m_window->statusBar()->showMessage(message);
    });
    // Queued: the file is set aside after the statement that met the damage has unwound.
    connect(&m_store, &SqliteUserStore::damageFound, this, &DataGuard::replaceDamagedUserData, Qt::QueuedConnection);
}

DataGuard::~DataGuard()
{
    if (m_checker) {
        m_checker->wait();
        delete m_checker;
    }
}

void DataGuard::tellLater(const QString &message)
{
    if (!message.isEmpty())
        m_pending.append(message);
}

void DataGuard::prepare()
{
    QString error;
    if (!m_custom->sync(&error) || !m_catalogue.openCustom(m_custom->path(), &error))
        tellLater(error);
}

void DataGuard::watch(MainWindow *window)
{
    m_window = window;
    QStringList paths;
    if (!m_files.catalogueBuiltIn)
        paths.append(m_files.catalogue);
    if (!m_store.isInMemory())
        paths.append(m_store.path());
    // The thread reports each verdict back to this object's thread.
    m_checker = QThread::create([this, paths] {
        for (const QString &path : paths) {
            const IntegrityCheck::Result result = IntegrityCheck::quickCheck(path);
            QMetaObject::invokeMethod(
                this, [this, path, result] { onChecked(path, int(result.verdict), result.details); },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, &DataGuard::checksFinished, Qt::QueuedConnection);
    });
    m_checker->setObjectName(QStringLiteral("smtpref integrity check"));
    m_checker->start(QThread::LowPriority);
    // What was found while starting is told over the window, once it is drawn.
    QTimer::singleShot(0, this, [this] {
        const QStringList pending = std::exchange(m_pending, {});
        for (const QString &message : pending)
            tell(message);
    });
}

void DataGuard::onChecked(const QString &path, int verdict, const QString &details)
{
    if (IntegrityCheck::Verdict(verdict) != IntegrityCheck::Verdict::Damaged)
        return;
    if (path == m_store.path()) {
        replaceDamagedUserData(details);
        return;
    }
    const CatalogueOpening opening = CatalogueRecovery::replaceDamaged(m_catalogue, path, details,
                                                                       m_files.builtInSource, m_files.cacheFolder);
    if (opening.opened) {
        m_files.catalogue = opening.path;
        m_files.catalogueBuiltIn = true;
        if (m_window)
            m_window->refreshCatalogue();
    }
    tell(opening.problem);
}

void DataGuard::replaceDamagedUserData(const QString &details)
{
    // Each statement that meets the damage says so, and a file is set aside only when a
    // check confirms it: once, and never a sound file for a passing error.
    if (m_replacingUserData || IntegrityCheck::quickCheck(m_store.path()).verdict != IntegrityCheck::Verdict::Damaged)
        return;
    m_replacingUserData = true;
    const QString message = smtpref::replaceDamagedUserData(m_store, details);
    m_replacingUserData = false;
    tell(message);
}

void DataGuard::tell(const QString &message)
{
    if (message.isEmpty())
        return;
    if (m_window)
        m_notify(m_window, message);
    else
        m_pending.append(message);
}

} // namespace smtpref
