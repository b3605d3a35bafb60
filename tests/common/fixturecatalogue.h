#pragma once

// A small catalogue built in memory for tests whose expectations must not move when the
// shipped content is edited (ranking order, comparison rules).

#include "cataloguebuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace smtpref::testing {

inline Entry fixtureEntry(Family family, const QString &code, const QString &title,
                          const QString &description, int replyClass)
{
    Entry entry;
    entry.family = family;
    entry.code = code;
    entry.title = title;
    entry.description = description;
    entry.when = QStringLiteral("Seen when %1 happens.").arg(title.toLower());
    entry.fix = QStringLiteral("Fix for %1.").arg(code);
    entry.retryNote = QStringLiteral("Retry note for %1.").arg(code);
    entry.whoActs = WhoActs::Sender;
    entry.retry = replyClass == 4 ? Retry::Automatic : Retry::AfterFix;
    entry.phases = {QStringLiteral("RCPT")};
    entry.references = {QStringLiteral("RFC 5321 §4.2.3")};
    entry.replyClass = replyClass;
    entry.language = QStringLiteral("en");
    if (family == Family::Basic)
        entry.reply = code;
    if (family == Family::Enhanced)
        entry.status = code;
    return entry;
}

// Builds the fixture into dir and returns the file's path.
inline QString buildFixtureCatalogue(const QTemporaryDir &dir)
{
    QList<Entry> entries;
    entries << fixtureEntry(Family::Basic, QStringLiteral("530"), QStringLiteral("Authentication required"),
                            QStringLiteral("The server wants AUTH before MAIL."), 5)
            << fixtureEntry(Family::Basic, QStringLiteral("535"), QStringLiteral("Credentials invalid"),
                            QStringLiteral("Authentication failed: the username or password is wrong."), 5)
            << fixtureEntry(Family::Basic, QStringLiteral("550"), QStringLiteral("Mailbox unavailable"),
                            QStringLiteral("The mailbox does not exist or refuses mail."), 5)
            << fixtureEntry(Family::Basic, QStringLiteral("552"), QStringLiteral("Storage exceeded"),
                            QStringLiteral("The mailbox is full or the message is too big."), 5)
            << fixtureEntry(Family::Basic, QStringLiteral("450"), QStringLiteral("Mailbox busy"),
                            QStringLiteral("The mailbox is temporarily unavailable."), 4)
            << fixtureEntry(Family::Enhanced, QStringLiteral("X.2.2"), QStringLiteral("Mailbox full"),
                            QStringLiteral("The recipient's storage quota is used up."), 0)
            << fixtureEntry(Family::Enhanced, QStringLiteral("X.7.1"), QStringLiteral("Delivery not authorized"),
                            QStringLiteral("Policy forbids this delivery."), 0)
            << fixtureEntry(Family::Enhanced, QStringLiteral("X.7.26"), QStringLiteral("Multiple authentication checks failed"),
                            QStringLiteral("SPF and DKIM both failed for the message."), 0)
            << fixtureEntry(Family::Enhanced, QStringLiteral("X.7.10"), QStringLiteral("Encryption needed"),
                            QStringLiteral("Mailbox policy requires encryption."), 0);
    Entry gmail = fixtureEntry(Family::Provider, QStringLiteral("Gmail 550 5.7.26"),
                               QStringLiteral("Unauthenticated email rejected"),
                               QStringLiteral("Gmail refuses mail that passes neither SPF nor DKIM."), 5);
    gmail.provider = QStringLiteral("Gmail");
    gmail.reply = QStringLiteral("550");
    gmail.status = QStringLiteral("5.7.26");
    gmail.source = QStringLiteral("Google Workspace Admin Help");
    Entry gmailTemp = fixtureEntry(Family::Provider, QStringLiteral("Gmail 421 4.7.26"),
                                   QStringLiteral("Unauthenticated email deferred"),
                                   QStringLiteral("Gmail defers mail that passes neither SPF nor DKIM."), 4);
    gmailTemp.provider = QStringLiteral("Gmail");
    gmailTemp.reply = QStringLiteral("421");
    gmailTemp.status = QStringLiteral("4.7.26");
    gmailTemp.source = QStringLiteral("Google Workspace Admin Help");
    entries << gmail << gmailTemp;
    entries[0].confusedWith = {QStringLiteral("535")};
    entries[2].related = {QStringLiteral("X.2.2")};

    QHash<QString, Entry> russian;
    Entry auth;
    auth.code = QStringLiteral("530");
    auth.title = QStringLiteral("Требуется аутентификация");
    auth.description = QStringLiteral("Сервер ждёт AUTH перед MAIL.");
    russian.insert(auth.code, auth);

    QMap<QString, QList<PairNote>> notes;
    notes[QStringLiteral("en")] = {{QStringLiteral("535"), QStringLiteral("530"),
                                    QStringLiteral("530 asks for login; 535 says the login failed.")}};

    const QString path = QDir(dir.path()).filePath(QStringLiteral("fixture.sqlite"));
    QString error;
    if (!CatalogueBuilder::build(entries, {{QStringLiteral("ru"), russian}}, notes, path, &error))
        qFatal("fixture catalogue: %s", qPrintable(error));
    return path;
}

} // namespace smtpref::testing
