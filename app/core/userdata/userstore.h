#pragma once

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

// What a user keeps of their own beside the catalogue: favourite codes, a note per code and
// the pages they visited. The desktop keeps it in SQLite (SqliteUserStore); a store shared by
// a team on a database server is planned behind this same interface, which is why every
// write can fail and why changes are announced by signal rather than assumed by the caller.
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

    // Visited pages, newest first, at most limit of them.
    virtual QList<HistoryItem> history(int limit) const = 0;
    // Records a visit now; visiting the newest page again only refreshes its time.
    virtual bool recordVisit(const QString &codeA, const QString &codeB) = 0;
    virtual bool clearHistory() = 0;

    // Why the last failed call failed, for the status bar.
    virtual QString lastError() const = 0;

signals:
    void favouritesChanged();
    void noteChanged(const QString &code);
    void historyChanged();

protected:
    explicit UserStore(QObject *parent = nullptr);
};

} // namespace smtpref
