#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace smtpref::Analysis {

// One decoded line of text and the input line it comes from (1-based).
struct TextLine
{
    QString text;
    int number = 0;
};
using TextLines = QList<TextLine>;

// A stretch of the raw input: bytes [begin, end), whose first line has the given number.
struct ByteRange
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int firstLine = 1;
};

// Walks the lines of a byte range whatever their endings: LF, CRLF or CR alone.
class LineCursor
{
public:
    LineCursor(const QByteArray &data, ByteRange range);

    // Moves to the next line; false when the range is used up.
    bool next();
    QByteArrayView line() const { return QByteArrayView(m_data.constData() + m_lineBegin, m_lineEnd - m_lineBegin); }
    int number() const { return m_number; }
    qsizetype lineBegin() const { return m_lineBegin; }
    // Where the line after this one starts.
    qsizetype nextBegin() const { return m_next; }

private:
    const QByteArray &m_data;
    qsizetype m_end;
    qsizetype m_lineBegin = 0;
    qsizetype m_lineEnd = 0;
    qsizetype m_next;
    int m_number;
};

// The lines of a string (any line endings), numbered from firstNumber.
TextLines splitText(const QString &text, int firstNumber);

} // namespace smtpref::Analysis
