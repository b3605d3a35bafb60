#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace smtpref {

// The three families of the catalogue.
enum class Family { Basic, Enhanced, Provider };

// Whose move it is when this reply appears.
enum class WhoActs { Nobody, Sender, SenderAdmin, RecipientAdmin, Recipient };

// What retrying achieves for this reply.
enum class Retry { NotApplicable, Automatic, AfterFix, Never };

// The identifiers used in the catalogue source, the database and JSON output.
QString familyId(Family family);
QString whoActsId(WhoActs who);
QString retryId(Retry retry);
std::optional<Family> familyFromId(const QString &id);
std::optional<WhoActs> whoActsFromId(const QString &id);
std::optional<Retry> retryFromId(const QString &id);

// The SMTP phases an entry may name; see resources/catalogue/README.md.
const QStringList &knownPhases();

// One catalogue entry with its text in one language.
struct Entry
{
    QString code;          // "530", "X.7.1", "Gmail 550 5.7.26"
    Family family = Family::Basic;
    // 2..5. Zero for an enhanced entry looked up without a class ("X.7.1"); a lookup of
    // "5.7.1" sets it to 5 so the page can say what that class means.
    int replyClass = 0;
    QString reply;         // the 3-digit reply code, where the entry has one
    QString status;        // the enhanced status as written ("X.7.1", "5.7.26"), where it has one

    QString title;
    QString description;
    QString when;
    QString fix;
    QString retryNote;
    QString warning;       // provider entries: how the provider departs from the registry

    WhoActs whoActs = WhoActs::Nobody;
    Retry retry = Retry::NotApplicable;
    QStringList phases;
    QStringList references;
    QStringList related;
    QStringList confusedWith;
    QString provider;
    QString source;
    bool deprecated = false;
    // One of the user's own codes (from the user database), not the shipped catalogue's.
    bool custom = false;

    QString language;       // the language asked for
    QStringList untranslated; // fields shown in English because the language lacks them

    // The code as a support person would quote it: "5.7.1" when looked up with a class.
    QString displayCode() const;
};

// One line of a listing or search result.
struct EntrySummary
{
    qint64 id = 0;
    QString code;
    Family family = Family::Basic;
    QString title;
    QString provider;
    int subject = -1; // enhanced: the subject digit (X.<subject>.D); otherwise -1
    int replyClass = 0; // 2..5; 0 for an enhanced entry, which serves every class
    bool custom = false; // one of the user's own codes
};

} // namespace smtpref
