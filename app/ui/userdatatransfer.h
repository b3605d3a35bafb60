#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace smtpref {

class Catalogue;
class UserStore;

// File > Import and Export: the user's custom codes, notes and favourites as a JSON file
// (docs/user-data-schema.md), chosen in a file dialog, with the outcome told in plain words.
// An import is all or nothing; its problems are named by line and field.
class UserDataTransfer : public QObject
{
    Q_OBJECT

public:
    UserDataTransfer(UserStore &store, const Catalogue &catalogue, QWidget *window);

    void importInteractively();
    void exportInteractively();

    // The work without the dialogs: true when it was done. *summary says what was done or,
    // in one line, why not; *details lists an import's problems, one a line.
    bool importFile(const QString &path, QString *summary, QString *details);
    bool exportFile(const QString &path, QString *summary);

private:
    void tell(bool done, const QString &summary, const QString &details);

    UserStore &m_store;
    const Catalogue &m_catalogue;
    QWidget *m_window;
};

} // namespace smtpref
