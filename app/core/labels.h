#pragma once

#include "entry.h"

#include <QString>

namespace smtpref {

// The headings of an entry's page, shared by the CLI, the detail view and copied text.
enum class Section {
    Meaning, When, Fix, WhoActs, Retry, Phase, References, Related, ConfusedWith,
    Provider, Source, Warning, Family, Class, Subject, Differences, Shared, Relations, Notes
};

// Translated names for the catalogue's fixed vocabulary. They live in core, and are
// translated through QCoreApplication::translate, so the CLI and the GUI say the same.
namespace Labels {

QString familyName(Family family);
// "Custom": the badge on the user's own codes, in lists and on their pages.
QString customBadge();
// The sentence that says a page shows one of the user's own codes.
QString customNotice();
// "Permanent negative completion" (basic, 5) or "Permanent failure" (enhanced, 5);
// for class 0 (an enhanced entry seen as X) it names all three classes.
QString className(int replyClass, Family family);
QString whoActsName(WhoActs who);
QString retryName(Retry retry);
QString phaseName(const QString &phaseId);
QString phaseNames(const QStringList &phaseIds);
// X.1 "Addressing", X.2 "Mailbox", ... (RFC 3463 §3).
QString subjectName(int subject);
QString sectionName(Section section);

} // namespace Labels
} // namespace smtpref
