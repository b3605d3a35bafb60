#pragma once

#include "userdataset.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace smtpref {

// One page the user looked at: a code, or two codes compared.
struct HistoryItem
{
    QString codeA;
    QString codeB; // empty unless the page was a comparison
    QDateTime visited;

    bool isComparison() const { return !codeB.isEmpty(); }
};

// What a user keeps of their own beside the catalogue: favourite codes, a note per code,
// codes of their own and the pages they visited. The desktop keeps it in SQLite
// (SqliteUserStore); a store shared by a team on a database server is planned behind this
// same interface, which is why every write can fail and why changes are announced by
// signal rather than assumed by the caller.
//
// Notes and favourites are kept by code whatever the catalogue says: a code that a newer
// catalogue no longer has keeps its note, and the window shows it as such.
class UserStore : public QObject
{
    Q_OBJECT

public:
    ~UserStore() override;

    // Favourite codes, the most recently added first.
    virtual QStringList favourites() const = 0;
    virtual bool isFavourite(const QString &code) const = 0;
    virtual bool setFavourite(const QString &code, bool favourite) = 0;

    // The note on a code; empty when there is none. Setting an empty note removes it.
    virtual QString note(const QString &code) const = 0;
    virtual bool setNote(const QString &code, const QString &text) = 0;
    // Every note, by code.
    virtual QList<NoteRecord> notes() const = 0;

    // The user's own codes, by code; their entries are marked custom.
    virtual QList<CustomCode> customCodes() const = 0;

    // Visited pages, newest first, at most limit of them.
    virtual QList<HistoryItem> history(int limit) const = 0;
    // Records a visit now; visiting the newest page again only refreshes its time.
    virtual bool recordVisit(const QString &codeA, const QString &codeB) = 0;
    virtual bool clearHistory() = 0;

    // Everything export writes; false (and lastError()) when it cannot be read.
    virtual bool exportData(UserDataSet *data) const = 0;
    // Adds data in one transaction, all or nothing: custom codes, notes and favourites of
    // the same code are replaced, everything else is kept.
    virtual bool importData(const UserDataSet &data) = 0;

    // Why the last failed call failed, in plain words, for the status bar.
    virtual QString lastError() const = 0;

signals:
    void favouritesChanged();
    void noteChanged(const QString &code);
    // Any note changed (also sent after each noteChanged), for lists of notes.
    void notesChanged();
    void customCodesChanged();
    void historyChanged();
    // A change could not be saved; message says why in plain words. The caller keeps what
    // the person typed.
    void writeFailed(const QString &message);
    // The store found its file damaged while working; the application sets it aside.
    void damageFound(const QString &details);

protected:
    explicit UserStore(QObject *parent = nullptr);
};

} // namespace smtpref
