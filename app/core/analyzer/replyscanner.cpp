#include "replyscanner.h"

#include <QRegularExpression>
#include <QStringMatcher>
#include <QVarLengthArray>

#include <algorithm>

namespace smtpref::Analysis::ReplyScanner {

namespace {

constexpr qsizetype maxScanned = 2000; // longer lines are scanned in their first part only

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isReplyCode(QStringView text)
{
    return text.size() == 3 && text.at(0) >= QLatin1Char('2') && text.at(0) <= QLatin1Char('5')
           && text.at(1) >= QLatin1Char('0') && text.at(1) <= QLatin1Char('5') && isDigit(text.at(2));
}

const QStringList &commandWords()
{
    static const QStringList words{
        QStringLiteral("EHLO"), QStringLiteral("HELO"), QStringLiteral("LHLO"), QStringLiteral("MAIL FROM"),
        QStringLiteral("RCPT TO"), QStringLiteral("DATA"), QStringLiteral("BDAT"), QStringLiteral("QUIT"),
        QStringLiteral("RSET"), QStringLiteral("NOOP"), QStringLiteral("VRFY"), QStringLiteral("EXPN"),
        QStringLiteral("STARTTLS"), QStringLiteral("AUTH"), QStringLiteral("XFORWARD"), QStringLiteral("XCLIENT"),
        QStringLiteral("MAIL"), QStringLiteral("RCPT")};
    return words;
}

struct Marker
{
    QLatin1String text;
    Speaker speaker;
};

const QList<Marker> &markers()
{
    // Longest first, so "<<<" wins over "<<" and "<~*" over "<~".
    static const QList<Marker> list{
        {QLatin1String("<<<"), Speaker::Server}, {QLatin1String(">>>"), Speaker::Client},
        {QLatin1String("<**"), Speaker::Server}, {QLatin1String("<~*"), Speaker::Server},
        {QLatin1String("***"), Speaker::Note},   {QLatin1String("==="), Speaker::Note},
        {QLatin1String("Out:"), Speaker::Server}, {QLatin1String("In:"), Speaker::Client},
        {QLatin1String("RECV:"), Speaker::Server}, {QLatin1String("SEND:"), Speaker::Client},
        {QLatin1String("Server:"), Speaker::Server}, {QLatin1String("Client:"), Speaker::Client},
        {QLatin1String("<-"), Speaker::Server},  {QLatin1String("->"), Speaker::Client},
        {QLatin1String("<~"), Speaker::Server},  {QLatin1String("~>"), Speaker::Client},
        {QLatin1String("<<"), Speaker::Server},  {QLatin1String(">>"), Speaker::Client},
        {QLatin1String("S:"), Speaker::Server},  {QLatin1String("C:"), Speaker::Client},
        {QLatin1String("<"), Speaker::Server}};
    return list;
}

// The first characters of the markers: most lines start with none of them, and skip the list.
bool startsLikeMarker(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '<': case '>': case '*': case '=': case 'O': case 'I': case 'R': case 'S': case 'C': case '-': case '~':
        return true;
    default:
        return false;
    }
}

// A word after which a number is a reply: "said 550", "error 421".
bool isReplyWord(QStringView word)
{
    static const QStringList words{
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("responsecode"),
        QStringLiteral("code"), QStringLiteral("reply"), QStringLiteral("replied"),
        QStringLiteral("response"), QStringLiteral("returned"), QStringLiteral("error"),
        QStringLiteral("smtp"), QStringLiteral("esmtp")};
    // An ASCII word is compared as it is, without a lower-cased copy; others are lowered the
    // Unicode way, as some of their letters lower to ASCII ones.
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 128; })) {
        return std::any_of(words.cbegin(), words.cend(),
                           [word](const QString &known) { return word.compare(known, Qt::CaseInsensitive) == 0; });
    }
    return words.contains(word.toString().toLower());
}

bool startsWithCommand(QStringView text)
{
    if (text.isEmpty())
        return false;
    // An ASCII first character rules out every word but those of its letter, cheaply; the
    // case-insensitive comparison is slow and this runs on every line of a transcript.
    const QChar first = text.front();
    for (const QString &word : commandWords()) {
        if (first.unicode() < 128 && first.toUpper() != word.front())
            continue;
        if (text.startsWith(word, Qt::CaseInsensitive)
            && (text.size() == word.size() || !isWordChar(text.at(word.size()))))
            return true;
    }
    return false;
}

} // namespace

bool isPlaceholder(const QString &status)
{
    // Read in place, not split: every status found in a line is checked.
    const qsizetype first = status.indexOf(QLatin1Char('.'));
    const qsizetype second = first < 0 ? -1 : status.indexOf(QLatin1Char('.'), first + 1);
    if (second < 0 || status.indexOf(QLatin1Char('.'), second + 1) >= 0)
        return false;
    const QStringView subject = QStringView(status).sliced(first + 1, second - first - 1);
    const QStringView detail = QStringView(status).sliced(second + 1);
    return subject == u"0" && detail.size() == 3 && detail.startsWith(QLatin1Char('9'));
}

ScannedLine normalize(const QString &line)
{
    ScannedLine scanned;
    // Every view below is a part of the line: the whole of it is shared, not copied.
    const auto textOf = [&line](QStringView part) { return part.size() == line.size() ? line : part.toString(); };
    QStringView text(line);
    if (text.size() > maxScanned)
        text = text.first(maxScanned);

    // E-mail quoting: "> ", ">> ", "> > ". Three or more '>' before a command are sendmail's
    // ">>> " client marker (one more per level of quoting).
    qsizetype i = 0;
    int quotes = 0;
    qsizetype afterQuotes = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('>')) {
            ++quotes;
            ++i;
            afterQuotes = i;
        } else if (text.at(i) == QLatin1Char(' ') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('>')) {
            ++i;
        } else {
            break;
        }
    }
    if (quotes > 0) {
        const QStringView rest = text.sliced(afterQuotes).trimmed();
        const bool contiguous = text.trimmed().startsWith(QStringLiteral(">>>"));
        if (quotes >= 3 && contiguous && startsWithCommand(rest)) {
            scanned.speaker = Speaker::Client;
            scanned.text = textOf(rest);
            return scanned;
        }
        text = text.sliced(afterQuotes);
        if (text.startsWith(QLatin1Char(' ')))
            text = text.sliced(1);
    }

    const QStringView trimmed = text.trimmed();
    if (startsLikeMarker(trimmed)) {
        for (const Marker &marker : markers()) {
            if (trimmed.front() != marker.text.front() || !trimmed.startsWith(marker.text))
                continue;
            QStringView rest = trimmed.sliced(marker.text.size());
            // "<" and "S:" alone are markers only before a reply or a command.
            if (marker.text.size() == 1 || marker.text == QLatin1String("S:") || marker.text == QLatin1String("C:")
                || marker.text == QLatin1String("<<") || marker.text == QLatin1String(">>")) {
                const QStringView after = rest.trimmed();
                if (!(after.size() >= 3 && isReplyCode(after.first(3))) && !startsWithCommand(after))
                    continue;
            }
            if (!rest.isEmpty() && !rest.at(0).isSpace() && marker.speaker != Speaker::Note && marker.text.size() > 1
                && marker.text != QLatin1String("<**") && marker.text != QLatin1String("<~*"))
                continue;
            scanned.speaker = marker.speaker;
            rest = rest.trimmed();
            scanned.text = textOf(rest);
            if (scanned.speaker == Speaker::Server && startsWithCommand(rest))
                scanned.speaker = Speaker::Client;
            return scanned;
        }
    }

    int indent = 0;
    while (indent < text.size() && text.at(indent).isSpace())
        ++indent;
    scanned.indent = indent;
    scanned.text = textOf(text);
    return scanned;
}

bool mayHoldCode(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isDigit);
}

QList<CodeMatch> codes(const QString &fullText)
{
    const QStringView text = QStringView(fullText).first(qMin(fullText.size(), maxScanned));
    const qsizetype size = text.size();
    if (!mayHoldCode(text))
        return {};
    // (The lists below are short: kept on the stack, this runs on every line.)

    // Enhanced status codes: class.subject.detail, not inside a longer dotted or word token.
    struct Status { qsizetype begin; qsizetype end; QString code; };
    QVarLengthArray<Status, 8> statuses;
    for (qsizetype i = 0; i + 4 < size; ++i) {
        const QChar c = text.at(i);
        // Classes 2, 4 and 5 only (RFC 3463 §3.1): "3.7.11" is a version number.
        if ((c != QLatin1Char('2') && c != QLatin1Char('4') && c != QLatin1Char('5')) || text.at(i + 1) != QLatin1Char('.'))
            continue;
        if (i > 0) {
            const QChar before = text.at(i - 1);
            // "550-5.7.26": a status after a reply's continuation dash is one; "mta-6.5.0" is not.
            const bool afterReplyDash = before == QLatin1Char('-') && i >= 4 && isReplyCode(text.sliced(i - 4, 3))
                                        && (i < 5 || !isWordChar(text.at(i - 5)));
            if (!afterReplyDash
                && (isWordChar(before) || before == QLatin1Char('.') || before == QLatin1Char('-')
                    || before == QLatin1Char('/') || before == QLatin1Char('+')))
                continue;
        }
        qsizetype j = i + 2;
        qsizetype subjectBegin = j;
        while (j < size && isDigit(text.at(j)) && j - subjectBegin < 2)
            ++j;
        if (j == subjectBegin || j >= size || text.at(j) != QLatin1Char('.'))
            continue;
        const QStringView subject = text.sliced(subjectBegin, j - subjectBegin);
        if (subject.size() != 1 || subject.at(0) > QLatin1Char('7'))
            continue;
        const qsizetype detailBegin = ++j;
        while (j < size && isDigit(text.at(j)) && j - detailBegin < 4)
            ++j;
        const qsizetype detailSize = j - detailBegin;
        if (detailSize == 0 || detailSize > 3)
            continue;
        if (j < size) {
            const QChar after = text.at(j);
            if (isWordChar(after) || after == QLatin1Char('-') || after == QLatin1Char('/') || after == QLatin1Char('@')
                || (after == QLatin1Char('.') && j + 1 < size && isDigit(text.at(j + 1))))
                continue;
        }
        const QString code = text.sliced(i, j - i).toString();
        if (isPlaceholder(code))
            continue;
        statuses.append({i, j, code});
        i = j - 1;
    }

    // Reply codes: at the start of the text, or where a reply is quoted ("said: 550",
    // "]: 550", "smtp; 550", "... 550 Host unknown", "ResponseCode 421").
    struct Reply { qsizetype begin; qsizetype end; bool atStart; bool continued; };
    QVarLengthArray<Reply, 8> replies;
    qsizetype lead = 0;
    while (lead < size && text.at(lead).isSpace())
        ++lead;
    for (qsizetype i = lead; i + 3 <= size; ++i) {
        if (!isDigit(text.at(i)))
            continue;
        if (i > 0 && (isWordChar(text.at(i - 1)) || text.at(i - 1) == QLatin1Char('.')))
            continue;
        const QStringView candidate = text.sliced(i, 3);
        if (!isReplyCode(candidate) || (i + 3 < size && isDigit(text.at(i + 3)))) {
            continue;
        }
        const QChar after = i + 3 < size ? text.at(i + 3) : QChar();
        const bool endOfText = i + 3 >= size;
        const bool space = after == QLatin1Char(' ') || after == QLatin1Char('\t');
        const bool dash = after == QLatin1Char('-') && i + 4 < size && !isDigit(text.at(i + 4));
        const bool dashStatus = after == QLatin1Char('-') && i + 5 < size && text.at(i + 5) == QLatin1Char('.');
        const bool punctuation = after == QLatin1Char(',') || after == QLatin1Char(')') || after == QLatin1Char(']');
        bool accepted = false;
        bool atStart = false;
        if (i == lead) {
            // Yahoo writes "550: 5.1.1 ..." and "550: : User unknown".
            const bool colon = after == QLatin1Char(':') && (i + 4 >= size || text.at(i + 4) == QLatin1Char(' '));
            accepted = endOfText || space || dash || dashStatus || colon;
            atStart = accepted;
        } else if (endOfText || space || dash || dashStatus || punctuation) {
            // What stands before it decides.
            qsizetype k = i - 1;
            while (k >= 0 && text.at(k).isSpace())
                --k;
            if (k >= 0) {
                const QChar before = text.at(k);
                if (before == QLatin1Char(':') || before == QLatin1Char(';')) {
                    // "said: 550", "ERROR_CODE :550"; not a clock ("23:45") nor a port ("host:250").
                    accepted = k + 1 < i || k == 0 || !isWordChar(text.at(k - 1));
                } else if (before == QLatin1Char('.') && k >= 2 && text.at(k - 1) == QLatin1Char('.')
                           && text.at(k - 2) == QLatin1Char('.')) {
                    accepted = true; // sendmail: "<a@b>... 550 Host unknown"
                } else if (before == QLatin1Char('(') || before == QLatin1Char('"') || before == QLatin1Char('\'')) {
                    accepted = space && i + 4 < size;
                } else if (isWordChar(before)) {
                    qsizetype w = k;
                    while (w >= 0 && isWordChar(text.at(w)))
                        --w;
                    accepted = isReplyWord(text.sliced(w + 1, k - w));
                }
            }
        }
        if (!accepted)
            continue;
        replies.append({i, i + 3, atStart, dash || dashStatus});
        i += 2;
    }

    // Merge: a status right after its reply ("550 5.1.1", "550-5.1.1", "550 #5.1.0").
    QVarLengthArray<CodeMatch, 8> found;
    qsizetype s = 0;
    for (const Reply &reply : replies) {
        while (s < statuses.size() && statuses.at(s).begin < reply.begin) {
            found.append({QString(), statuses.at(s).code, statuses.at(s).begin, false, false});
            ++s;
        }
        CodeMatch match;
        match.reply = text.sliced(reply.begin, 3).toString();
        match.column = reply.begin;
        match.atStart = reply.atStart;
        match.continued = reply.continued;
        if (s < statuses.size()) {
            const qsizetype gap = statuses.at(s).begin - reply.end;
            const QStringView between = text.sliced(reply.end, gap);
            bool adjacent = gap >= 1 && gap <= 3;
            for (const QChar c : between) {
                if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('#') && c != QLatin1Char('\t')
                    && c != QLatin1Char(':'))
                    adjacent = false;
            }
            if (adjacent) {
                match.status = statuses.at(s).code;
                ++s;
            }
        }
        found.append(match);
    }
    for (; s < statuses.size(); ++s)
        found.append({QString(), statuses.at(s).code, statuses.at(s).begin, false, false});

    // A code repeated in the same text ("550-5.7.26 ... due to 550-5.7.26 domain's ...", the
    // continuation prefixes of a folded reply) is one code.
    QList<CodeMatch> distinct;
    distinct.reserve(found.size());
    for (const CodeMatch &match : found) {
        bool repeated = false;
        for (const CodeMatch &earlier : distinct) {
            if (match.reply.isEmpty() ? earlier.status == match.status
                                      : (earlier.reply == match.reply && earlier.status == match.status))
                repeated = true;
        }
        if (!repeated)
            distinct.append(match);
    }
    return distinct;
}

QString clientCommand(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper.startsWith(QLatin1String("MAIL")))
        return QStringLiteral("MAIL");
    if (upper.startsWith(QLatin1String("RCPT")))
        return QStringLiteral("RCPT");
    if (upper.startsWith(QLatin1String("DATA")) || upper.startsWith(QLatin1String("BDAT")))
        return QStringLiteral("DATA");
    if (upper.startsWith(QLatin1String("EHLO")) || upper.startsWith(QLatin1String("LHLO")))
        return QStringLiteral("EHLO");
    if (upper.startsWith(QLatin1String("HELO")))
        return QStringLiteral("HELO");
    if (upper.startsWith(QLatin1String("STARTTLS")))
        return QStringLiteral("STARTTLS");
    if (upper.startsWith(QLatin1String("AUTH")))
        return QStringLiteral("AUTH");
    if (upper.startsWith(QLatin1String("QUIT")))
        return QStringLiteral("QUIT");
    if (upper == QLatin1String("."))
        return QStringLiteral("DATA");
    for (const QString &word : commandWords()) {
        if (upper.startsWith(word))
            return word.section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

QString command(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:after|in reply to|in response to|at|during)\\s+(?:the\\s+)?"
                       "(RCPT TO|RCPT|MAIL FROM|MAIL|end of (?:DATA|data)|DATA|EHLO|HELO|LHLO|initial connection|"
                       "connect|greeting|STARTTLS|AUTH|pipelined MAIL FROM|pipelined RCPT TO|QUIT)"
                       "|(RCPT TO|MAIL FROM|DATA) response|\\[(RCPT_TO|MAIL_FROM|DATA|CONNECT)\\]"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QStringView(text).first(qMin(text.size(), maxScanned)));
    if (!match.hasMatch()) {
        // qmail: "192.0.2.1 does not like recipient." is its answer to RCPT TO. (A matcher skips
        // through the text where a case-insensitive contains() compares at every character.)
        static const QStringMatcher doesNotLike(QStringLiteral("does not like "), Qt::CaseInsensitive);
        bool sender = false;
        for (qsizetype at = doesNotLike.indexIn(text); at >= 0; at = doesNotLike.indexIn(text, at + 1)) {
            const QStringView object = QStringView(text).sliced(at + doesNotLike.pattern().size());
            if (object.startsWith(QLatin1String("recipient"), Qt::CaseInsensitive))
                return QStringLiteral("RCPT");
            sender = sender || object.startsWith(QLatin1String("sender"), Qt::CaseInsensitive);
        }
        return sender ? QStringLiteral("MAIL") : QString();
    }
    QString word = match.captured(1);
    if (word.isEmpty())
        word = match.captured(2);
    if (word.isEmpty())
        word = match.captured(3);
    word = word.toUpper();
    if (word.startsWith(QLatin1String("PIPELINED ")))
        word = word.mid(10);
    if (word.startsWith(QLatin1String("RCPT")))
        return QStringLiteral("RCPT");
    if (word.startsWith(QLatin1String("MAIL")))
        return QStringLiteral("MAIL");
    if (word.contains(QLatin1String("DATA")))
        return QStringLiteral("DATA");
    if (word == QLatin1String("INITIAL CONNECTION") || word == QLatin1String("CONNECT") || word == QLatin1String("GREETING"))
        return QStringLiteral("CONN");
    if (word == QLatin1String("LHLO"))
        return QStringLiteral("EHLO");
    return word;
}

QString withoutRepeatedCodes(const QString &text, const QString &reply, const QString &status)
{
    if (reply.isEmpty())
        return text;
    const qsizetype first = text.indexOf(reply);
    // Nothing to remove unless the code comes again after a space.
    qsizetype again = first;
    while (again >= 0 && (again == 0 || text.at(again - 1) != QLatin1Char(' ')))
        again = text.indexOf(reply, again + 1);
    if (again < 0)
        return text;
    // The text is copied in stretches, from one repeated code to the next.
    QString result;
    result.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype copied = 0; // text[0, copied) is in result
    qsizetype at = text.indexOf(reply, first + reply.size() + 1);
    while (at >= 0) {
        const qsizetype codeEnd = at + reply.size();
        if (!text.at(at - 1).isSpace() || codeEnd >= size
            || (text.at(codeEnd) != QLatin1Char(' ') && text.at(codeEnd) != QLatin1Char('-'))) {
            at = text.indexOf(reply, at + 1);
            continue;
        }
        // The space before the code, the code and its status (when it follows) become one space.
        qsizetype next = codeEnd + 1;
        if (!status.isEmpty() && QStringView(text).sliced(next).startsWith(status)
            && (next + status.size() >= size || text.at(next + status.size()).isSpace()))
            next += status.size();
        result += QStringView(text).sliced(copied, at - 1 - copied);
        result += QLatin1Char(' ');
        copied = next;
        at = text.indexOf(reply, copied + 1);
    }
    result += QStringView(text).sliced(copied);
    return result.simplified();
}

} // namespace smtpref::Analysis::ReplyScanner
