#pragma once

// A window as GuiApplication::run makes it (CatalogueRecovery, openUserStore, DataGuard),
// with what the person would be told caught instead of shown, for the GUI tests of the
// user's data.

#include "uitest.h"

#include "cataloguerecovery.h"
#include "dataguard.h"
#include "userstoreopening.h"

namespace smtpref::testing {

struct Session
{
    std::unique_ptr<DataGuard> guard;
    std::unique_ptr<MainWindow> window;
    QStringList told;
    Catalogue *catalogue = nullptr;
    SqliteUserStore *store = nullptr;

    Session(const QString &cataloguePath, const QString &userDatabase, const QString &cacheFolder)
    {
        auto opened = std::make_unique<Catalogue>();
        catalogue = opened.get();
        const DataGuard::Files files{cataloguePath, false, CatalogueRecovery::builtInResource(), cacheFolder};
        const CatalogueOpening opening = CatalogueRecovery::open(*opened, cataloguePath, files.builtInSource, cacheFolder);
        if (!opening.opened)
            qFatal("no catalogue: %s", qPrintable(opening.problem));
        UserStoreOpening userData = openUserStore(userDatabase);
        store = userData.store.get();
        guard = std::make_unique<DataGuard>(*opened, *userData.store,
                                            DataGuard::Files{opening.path, opening.builtIn, files.builtInSource, cacheFolder});
        guard->setNotifier([this](QWidget *, const QString &message) { told.append(message); });
        guard->tellLater(opening.problem);
        guard->tellLater(userData.problem);
        guard->prepare();
        window = std::make_unique<MainWindow>(std::move(opened), std::move(userData.store));
        window->show();
        guard->watch(window.get());
    }
    ~Session()
    {
        window.reset();
        guard.reset();
    }
};

} // namespace smtpref::testing
