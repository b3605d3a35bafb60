#include "mailbox.h"

#include <QRegularExpression>
#include <QString>

namespace smtpref::Analysis::Mailbox {

QList<ByteRange> messages(const QByteArray &data, int limit)
{
    static const QRegularExpression separator(
        QStringLiteral("^From \\S+\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\s+\\w{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d\\d"));
    QList<ByteRange> ranges;
    LineCursor cursor(data, ByteRange{0, data.size(), 1});
    qsizetype begin = 0;
    int firstLine = 1;
    bool content = false;
    while (cursor.next()) {
        const QByteArrayView line = cursor.line();
        if (line.startsWith("From ") && line.size() < 200
            && separator.match(QString::fromLatin1(line)).hasMatch()) {
            if (content && ranges.size() + 1 < limit) {
                ranges.append({begin, cursor.lineBegin(), firstLine});
                begin = cursor.lineBegin();
                firstLine = cursor.number();
            }
            continue;
        }
        if (!line.trimmed().isEmpty())
            content = true;
    }
    ranges.append({begin, data.size(), firstLine});
    return ranges;
}

} // namespace smtpref::Analysis::Mailbox
