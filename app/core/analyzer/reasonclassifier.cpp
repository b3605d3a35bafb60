#include "reasonclassifier.h"

#include "codeformat.h"
#include "reasonphrases.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <bitset>

namespace smtpref::Analysis::ReasonClassifier {

namespace {

// Text with addresses blanked, so that "filtered@example.com" names nobody's reason.
QString folded(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("<?[^\\s<>\"'():;,\\[\\]]{1,128}@[^\\s<>\"'():;,\\[\\]]{1,255}>?"));
    // Codes repeated at the start of each line of a multi-line reply ("... not accepted due to
    // 550-5.7.26 domain's DMARC policy") are not words of the text.
    static const QRegularExpression continuation(QStringLiteral("(?<=\\s)[245]\\d\\d[ -](?:#?[245]\\.\\d{1,3}\\.\\d{1,3}\\s)?"));
    QString result = text.left(4000).toLower();
    result.replace(address, QStringLiteral("<address>"));
    result.replace(continuation, QString());
    return result.simplified();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// A phrase ready for matching: a phrase of one word must start a word ("virus" is not in
// "antivirus"); one of four letters or fewer ("ube", "rbl", "rdns", "spam") must be a word of
// its own; "^" anchors a phrase at the start of the text.
struct Phrase
{
    QString text;
    bool anchored = false;
    bool oneWord = false;
    bool shortWord = false;
    QList<int> pairs; // see PairSet
};

// The pairs of adjacent characters a text holds, hashed into bits. Hundreds of phrases are
// looked for in each text; one with a pair the text lacks cannot be in it, and is not searched.
class PairSet
{
public:
    static QList<int> pairsOf(QStringView text)
    {
        QList<int> pairs;
        for (qsizetype i = 0; i + 1 < text.size(); ++i)
            pairs.append((text.at(i).unicode() * 31 + text.at(i + 1).unicode()) % size);
        return pairs;
    }
    explicit PairSet(QStringView text)
    {
        for (const int pair : pairsOf(text))
            m_bits.set(size_t(pair));
    }
    bool mayHold(const Phrase &phrase) const
    {
        return std::all_of(phrase.pairs.cbegin(), phrase.pairs.cend(), [this](int pair) { return m_bits.test(size_t(pair)); });
    }

private:
    static constexpr int size = 4096;
    std::bitset<size> m_bits;
};

struct CompiledRule
{
    QString reason;
    QList<Phrase> phrases;
};

QList<CompiledRule> compiled(const QList<ReasonPhrases::Rule> &rules)
{
    QList<CompiledRule> result;
    for (const ReasonPhrases::Rule &rule : rules) {
        CompiledRule compiledRule{QString::fromLatin1(rule.reason), {}};
        for (const char *raw : rule.phrases) {
            Phrase phrase;
            phrase.anchored = raw[0] == '^';
            phrase.text = QString::fromUtf8(phrase.anchored ? raw + 1 : raw);
            phrase.oneWord = !phrase.text.contains(QLatin1Char(' '));
            phrase.shortWord = phrase.oneWord && phrase.text.size() <= 4;
            phrase.pairs = PairSet::pairsOf(phrase.text);
            compiledRule.phrases.append(phrase);
        }
        result.append(compiledRule);
    }
    return result;
}

const QList<CompiledRule> &preciseRules()
{
    static const QList<CompiledRule> rules = compiled(ReasonPhrases::precise());
    return rules;
}

const QList<CompiledRule> &broadRules()
{
    static const QList<CompiledRule> rules = compiled(ReasonPhrases::broad());
    return rules;
}

bool containsPhrase(const QString &text, const Phrase &phrase)
{
    if (phrase.anchored)
        return text.startsWith(phrase.text);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(phrase.text, from);
        if (at < 0)
            return false;
        if (!phrase.oneWord)
            return true;
        const bool startOk = at == 0 || !isWordCharacter(text.at(at - 1));
        const qsizetype end = at + phrase.text.size();
        const bool endOk = !phrase.shortWord || end >= text.size() || !isWordCharacter(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

int classOf(const QString &status, const QString &reply)
{
    if (!status.isEmpty())
        return status.at(0).digitValue();
    if (!reply.isEmpty())
        return reply.at(0).digitValue();
    return 0;
}

// Microsoft's own X.7.5xx to X.7.7xx codes.
QString providerStatus(int subject, int detail)
{
    if (subject != 7)
        return {};
    if (detail >= 505 && detail <= 510)
        return QStringLiteral("authfailure");
    if (detail == 501 || detail == 502 || detail == 503 || detail == 511)
        return QStringLiteral("blocked");
    if (detail >= 600 && detail <= 699)
        return QStringLiteral("blocked");
    if (detail >= 700 && detail <= 799)
        return QStringLiteral("blocked");
    return {};
}

// Words that leave no doubt the account does not exist, wherever in the session they came.
bool saysNoSuchAccount(const QString &text)
{
    const QString haystack = folded(text);
    for (const char *phrase : {"doesn't have a", "does not have an account", "invalid recipient", "destinataire invalide",
                               "mailbox unavailable", "<address>: user unknown", "recipnotfound", "recipientnotfound",
                               "wasn't found at", "not listed in domino directory", "not listed in public name"}) {
        if (haystack.contains(QLatin1String(phrase)))
            return true;
    }
    return false;
}

// Patterns a substring cannot express.
QString byPattern(const QString &haystack)
{
    static const QRegularExpression missingDomain(QStringLiteral("\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)+ does not exist\\b"));
    if (missingDomain.match(haystack).hasMatch())
        return QStringLiteral("hostunknown");
    return {};
}

} // namespace

const QStringList &vocabulary()
{
    static const QStringList words{
        QStringLiteral("userunknown"), QStringLiteral("mailboxfull"), QStringLiteral("expired"),
        QStringLiteral("filtered"), QStringLiteral("rejected"), QStringLiteral("blocked"),
        QStringLiteral("hostunknown"), QStringLiteral("feedback"), QStringLiteral("authfailure"),
        QStringLiteral("networkerror"), QStringLiteral("suspend"), QStringLiteral("requireptr"),
        QStringLiteral("policyviolation"), QStringLiteral("spamdetected"), QStringLiteral("systemerror"),
        QStringLiteral("notaccept"), QStringLiteral("securityerror"), QStringLiteral("mailererror"),
        QStringLiteral("toomanyconn"), QStringLiteral("onhold"), QStringLiteral("notcompliantrfc"),
        QStringLiteral("norelaying"), QStringLiteral("hasmoved"), QStringLiteral("vacation"),
        QStringLiteral("delivered"), QStringLiteral("exceedlimit"), QStringLiteral("mesgtoobig"),
        QStringLiteral("badreputation"), QStringLiteral("contenterror"), QStringLiteral("virusdetected"),
        QStringLiteral("syntaxerror"), QStringLiteral("speeding"), QStringLiteral("failedstarttls"),
        QStringLiteral("systemfull"), QStringLiteral("suppressed"), QStringLiteral("undefined")};
    return words;
}

QString byPhrase(const QString &text)
{
    const QString haystack = folded(text);
    if (haystack.isEmpty())
        return {};
    const PairSet pairs(haystack);
    for (const CompiledRule &rule : preciseRules()) {
        for (const Phrase &phrase : rule.phrases) {
            if (pairs.mayHold(phrase) && containsPhrase(haystack, phrase))
                return rule.reason;
        }
    }
    if (const QString reason = byPattern(haystack); !reason.isEmpty())
        return reason;
    for (const CompiledRule &rule : broadRules()) {
        for (const Phrase &phrase : rule.phrases) {
            if (pairs.mayHold(phrase) && containsPhrase(haystack, phrase))
                return rule.reason;
        }
    }
    return {};
}

QString byStatus(const QString &status, const QString &command)
{
    const auto code = CodeFormat::parseEnhanced(status);
    if (!code || code->replyClass == 0)
        return {};
    if (code->replyClass == 2)
        return QStringLiteral("delivered");
    const int subject = code->subject;
    const int detail = code->detail;
    if (const QString provider = providerStatus(subject, detail); !provider.isEmpty())
        return provider;
    switch (subject) {
    case 1:
        switch (detail) {
        case 1: case 3: case 4: return QStringLiteral("userunknown");
        case 2: return QStringLiteral("hostunknown");
        case 6: return QStringLiteral("hasmoved");
        case 7: case 8: return QStringLiteral("rejected");
        case 9: return QStringLiteral("systemerror");
        case 10: return QStringLiteral("notaccept");
        default:
            return command == QLatin1String("MAIL") ? QStringLiteral("rejected") : QString();
        }
    case 2:
        switch (detail) {
        case 0: return QStringLiteral("filtered");
        case 1: return QStringLiteral("suspend");
        case 2: return QStringLiteral("mailboxfull");
        case 3: return QStringLiteral("exceedlimit");
        case 4: return QStringLiteral("systemerror");
        default: return {};
        }
    case 3:
        switch (detail) {
        case 1: return QStringLiteral("systemfull");
        case 2: return QStringLiteral("notaccept");
        case 4: return QStringLiteral("mesgtoobig");
        default: return QStringLiteral("systemerror");
        }
    case 4:
        switch (detail) {
        case 3: return QStringLiteral("systemerror");
        case 4: return QStringLiteral("hostunknown");
        case 7: return QStringLiteral("expired");
        default: return QStringLiteral("networkerror");
        }
    case 5:
        switch (detail) {
        case 1: case 2: case 4: case 5: case 6: return QStringLiteral("syntaxerror");
        case 3: return QStringLiteral("toomanyconn");
        default: return {};
        }
    case 6:
        return QStringLiteral("contenterror");
    case 7:
        switch (detail) {
        case 0: case 1:
            if (command == QLatin1String("CONN") || command == QLatin1String("EHLO") || command == QLatin1String("HELO"))
                return QStringLiteral("blocked");
            if (command == QLatin1String("MAIL"))
                return QStringLiteral("rejected");
            return {};
        case 13: return QStringLiteral("suspend");
        case 16: return QStringLiteral("mesgtoobig");
        case 17: case 18: return QStringLiteral("hasmoved");
        case 20: case 21: case 22: case 23: case 24: case 26: case 29: return QStringLiteral("authfailure");
        case 25: return QStringLiteral("requireptr");
        case 27: return QStringLiteral("notaccept");
        case 28: return QStringLiteral("spamdetected");
        case 30: return QStringLiteral("failedstarttls");
        default: return {};
        }
    default:
        return {};
    }
}

namespace {

QString classifyUncached(const ReasonInput &input)
{
    const int replyClass = classOf(input.status, input.reply);
    const QString action = input.action.toLower();
    if (replyClass == 2 || action == QLatin1String("delivered") || action == QLatin1String("relayed")
        || action == QLatin1String("expanded") || action == QLatin1String("deliverable"))
        return QStringLiteral("delivered");

    const auto code = CodeFormat::parseEnhanced(input.status);
    const QString &command = input.command;
    const auto adjusted = [&](const QString &reason) {
        // An unknown user or domain at MAIL FROM is the sender's address refused.
        if ((reason == QLatin1String("userunknown") || reason == QLatin1String("hostunknown"))
            && command == QLatin1String("MAIL"))
            return QStringLiteral("rejected");
        // Mailboxes are looked up at RCPT TO. "User unknown" said later (after DATA), or by a
        // bounce that does not say when, without an X.1.x status, comes from a filter.
        if (reason == QLatin1String("userunknown") && command != QLatin1String("RCPT") && (!code || code->subject != 1)
            && (command == QLatin1String("DATA") || input.inBounce) && !saysNoSuchAccount(input.diagnostic))
            return QStringLiteral("filtered");
        return reason;
    };

    // A local delivery program (procmail, a pipe) speaks for itself: its failure is a mailer
    // error unless it says the mailbox or the disk is full.
    if (input.diagnosticType.startsWith(QLatin1String("x-unix")) && !input.diagnostic.trimmed().isEmpty()) {
        const QString reason = byPhrase(input.diagnostic);
        static const QStringList kept{QStringLiteral("mailboxfull"), QStringLiteral("systemfull"),
                                      QStringLiteral("suspend"), QStringLiteral("virusdetected"),
                                      QStringLiteral("spamdetected"), QStringLiteral("expired"),
                                      QStringLiteral("mesgtoobig"), QStringLiteral("exceedlimit")};
        if (kept.contains(reason))
            return reason;
        // "Status: 5.2.2" with "x-unix; input/output error": the status says what the program could not.
        const QString fromStatus = byStatus(input.status, command);
        return kept.contains(fromStatus) ? fromStatus : QStringLiteral("mailererror");
    }

    if (const QString reason = byPhrase(input.diagnostic); !reason.isEmpty())
        return adjusted(reason);
    const QString fromStatus = byStatus(input.status, command);
    const bool delayed = action == QLatin1String("delayed");
    if (!fromStatus.isEmpty() && !(delayed && fromStatus == QLatin1String("networkerror")))
        return adjusted(fromStatus);
    if (const QString reason = byPhrase(input.context); !reason.isEmpty())
        return adjusted(reason);
    // A bounce reporting a delay gives up in the end: the message expires. A deferral seen in a
    // session or a log is only what it says.
    if (delayed && input.inBounce)
        return QStringLiteral("expired");
    if (!fromStatus.isEmpty())
        return fromStatus;

    if (command == QLatin1String("CONN") || command == QLatin1String("EHLO") || command == QLatin1String("HELO"))
        return QStringLiteral("blocked");
    if (input.diagnosticType == QLatin1String("x-postfix"))
        return QStringLiteral("mailererror");
    if (code && code->subject == 7)
        return QStringLiteral("securityerror");
    if (code && code->subject == 6)
        return QStringLiteral("contenterror");
    const QString &reply = input.reply;
    if (reply.size() == 3) {
        if (reply.startsWith(QLatin1String("50")) && reply.at(2) <= QLatin1Char('4'))
            return QStringLiteral("syntaxerror");
        if (command == QLatin1String("MAIL"))
            return QStringLiteral("rejected");
        if (reply == QLatin1String("552"))
            return command == QLatin1String("DATA") ? QStringLiteral("mesgtoobig") : QStringLiteral("mailboxfull");
        if (reply == QLatin1String("551"))
            return QStringLiteral("hasmoved");
        if (reply == QLatin1String("452"))
            return QStringLiteral("systemfull");
        if (reply == QLatin1String("451"))
            return QStringLiteral("systemerror");
        if (reply == QLatin1String("421"))
            return QStringLiteral("blocked");
    }
    return input.diagnostic.trimmed().isEmpty() ? QStringLiteral("undefined") : QStringLiteral("onhold");
}

} // namespace

QString classify(const ReasonInput &input)
{
    // Bounces and sessions repeat one failure for many recipients: each text is read once.
    thread_local QHash<QString, QString> memo;
    QString key;
    for (const QString *part : {&input.diagnostic, &input.context, &input.status, &input.reply, &input.command,
                                &input.action, &input.diagnosticType}) {
        key += *part;
        key += QChar(0x1f);
    }
    if (input.inBounce)
        key += QLatin1Char('b');
    if (const auto known = memo.constFind(key); known != memo.constEnd())
        return known.value();
    if (memo.size() > 4096)
        memo.clear();
    const QString reason = classifyUncached(input);
    memo.insert(key, reason);
    return reason;
}

} // namespace smtpref::Analysis::ReasonClassifier
