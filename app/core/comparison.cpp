#include "comparison.h"

#include "catalogue.h"
#include "codeformat.h"
#include "labels.h"

#include <QCoreApplication>

namespace smtpref::Comparer {

namespace {

QString classValue(const Entry &entry)
{
    if (entry.replyClass == 0)
        return Labels::className(0, entry.family);
    return QStringLiteral("%1 — %2").arg(entry.replyClass).arg(Labels::className(entry.replyClass, entry.family));
}

int subjectOf(const Entry &entry)
{
    const auto enhanced = CodeFormat::parseEnhanced(entry.status);
    return enhanced ? enhanced->subject : -1;
}

// Sentences on how the two entries are tied together in the catalogue.
QStringList relationsOf(const Entry &a, const Entry &b)
{
    QStringList sentences;
    const QString codeA = a.displayCode();
    const QString codeB = b.displayCode();
    const auto providerUse = [&](const Entry &provider, const Entry &other) {
        if (provider.family != Family::Provider)
            return;
        if (other.family == Family::Basic && provider.reply == other.code)
            sentences.append(QCoreApplication::translate("Comparison", "%1 is %2's reply sent with the basic code %3.")
                                 .arg(provider.code, provider.provider, other.code));
        const auto providerStatus = CodeFormat::parseEnhanced(provider.status);
        const auto otherStatus = CodeFormat::parseEnhanced(other.status);
        if (other.family == Family::Enhanced && providerStatus && otherStatus
            && providerStatus->subjectDetail() == otherStatus->subjectDetail()) {
            sentences.append(QCoreApplication::translate("Comparison", "%1 is %2's own use of the registry code %3.")
                                 .arg(provider.code, provider.provider, other.code));
        }
    };
    providerUse(a, b);
    providerUse(b, a);

    if (a.confusedWith.contains(b.code) || b.confusedWith.contains(a.code))
        sentences.append(QCoreApplication::translate("Comparison", "%1 and %2 are often mistaken for each other.")
                             .arg(codeA, codeB));
    else if (a.related.contains(b.code) || b.related.contains(a.code))
        sentences.append(QCoreApplication::translate("Comparison", "%1 and %2 are related codes.").arg(codeA, codeB));

    if (a.family == Family::Basic && b.family == Family::Basic && a.code.mid(1) == b.code.mid(1)
        && a.replyClass != b.replyClass) {
        sentences.append(QCoreApplication::translate(
                             "Comparison", "%1 and %2 share their last two digits; only the class differs, so check the texts below before treating them as the same condition.")
                             .arg(codeA, codeB));
    }
    const int subjectA = subjectOf(a);
    if (subjectA >= 0 && subjectA == subjectOf(b)) {
        sentences.append(QCoreApplication::translate("Comparison", "Both report a problem of subject X.%1: %2.")
                             .arg(subjectA)
                             .arg(Labels::subjectName(subjectA)));
    }
    return sentences;
}

} // namespace

Comparison compare(const Entry &a, const Entry &b, const Catalogue &catalogue)
{
    Comparison comparison{a, b, {}, {}, {}, {}};
    const auto aspect = [&comparison](const char *id, Section section, const QString &valueA,
                                      const QString &valueB, bool same) {
        Difference difference{QString::fromLatin1(id), Labels::sectionName(section), valueA, valueB};
        (same ? comparison.shared : comparison.differences).append(difference);
    };
    const auto textAspect = [&aspect](const char *id, Section section, const QString &valueA,
                                      const QString &valueB) {
        aspect(id, section, valueA, valueB, valueA == valueB);
    };
    textAspect("family", Section::Family, Labels::familyName(a.family), Labels::familyName(b.family));
    // Classes agree by number: 5.2.2 ("permanent failure") and 552 ("permanent negative
    // completion") are both permanent, whatever each family calls it.
    aspect("class", Section::Class, classValue(a), classValue(b), a.replyClass == b.replyClass);
    const int subjectA = subjectOf(a);
    const int subjectB = subjectOf(b);
    if (subjectA >= 0 || subjectB >= 0) {
        const auto subjectValue = [](int subject) {
            return subject < 0 ? QCoreApplication::translate("Comparison", "none (no enhanced status)")
                               : QStringLiteral("X.%1 — %2").arg(subject).arg(Labels::subjectName(subject));
        };
        textAspect("subject", Section::Subject, subjectValue(subjectA), subjectValue(subjectB));
    }
    textAspect("who_acts", Section::WhoActs, Labels::whoActsName(a.whoActs), Labels::whoActsName(b.whoActs));
    textAspect("retry", Section::Retry, Labels::retryName(a.retry), Labels::retryName(b.retry));
    textAspect("phase", Section::Phase, Labels::phaseNames(a.phases), Labels::phaseNames(b.phases));

    comparison.relations = relationsOf(a, b);
    const QString note = catalogue.pairNote(a.code, b.code, a.language);
    if (!note.isEmpty())
        comparison.notes.append(note);
    return comparison;
}

} // namespace smtpref::Comparer
