#include "mailbox.h"

#include <QRegularExpression>
#include <QString>

#include <cstring>

namespace smtpref::Analysis::Mailbox {

namespace {

// Where "From " next starts in data, at or after `from`; -1 when nowhere. Its first letter is
// rare enough that memchr finds it faster than a general substring search.
qsizetype nextFrom(const QByteArray &data, qsizetype from)
{
    const char *begin = data.constData();
    const char *end = begin + data.size();
    for (const char *p = begin + from; p < end;) {
        p = static_cast<const char *>(std::memchr(p, 'F', size_t(end - p)));
        if (!p)
            break;
        if (QByteArrayView(p, end - p).startsWith("From "))
            return p - begin;
        ++p;
    }
    return -1;
}

// The number of line ends in `bytes` (CRLF, CR or LF), which start at a line.
int countLineEnds(QByteArrayView bytes)
{
    int count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n')))
            ++count;
    }
    return count;
}

} // namespace

QList<ByteRange> messages(const QByteArray &data, int limit)
{
    static const QRegularExpression separator(
        QStringLiteral("^From \\S+\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+\\w{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d\\d"));
    // Only a line that starts with "From " can separate messages: those are searched for rather
    // than every line read. A separator splits once a line of content came before it.
    QList<ByteRange> ranges;
    qsizetype begin = 0;
    int firstLine = 1;
    bool content = false;
    qsizetype unread = 0;   // bytes before this were looked at for content
    qsizetype counted = 0;  // where the lines not yet counted start
    int countedLines = 1;   // the number of the line at `counted`
    for (qsizetype from = nextFrom(data, 0); from >= 0; from = nextFrom(data, from + 1)) {
        if (from > 0 && data.at(from - 1) != '\n' && data.at(from - 1) != '\r')
            continue;
        LineCursor cursor(data, ByteRange{from, data.size(), 1});
        cursor.next();
        const QByteArrayView line = cursor.line();
        if (line.size() >= 200 || !separator.match(QString::fromLatin1(line)).hasMatch())
            continue;
        content = content || !QByteArrayView(data).sliced(unread, from - unread).trimmed().isEmpty();
        unread = from + line.size();
        if (content && ranges.size() + 1 < limit) {
            countedLines += countLineEnds(QByteArrayView(data).sliced(counted, from - counted));
            counted = from;
            ranges.append({begin, from, firstLine});
            begin = from;
            firstLine = countedLines;
        }
    }
    ranges.append({begin, data.size(), firstLine});
    return ranges;
}

} // namespace smtpref::Analysis::Mailbox
