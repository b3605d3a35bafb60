#include "textlines.h"

#include <cstring>

namespace smtpref::Analysis {

namespace {

// The first LF or CR in data[from, end), or end. Every byte of the input is looked at here, so
// eight at a time: a word holds one of them when it XORed with that byte repeated has a zero byte.
qsizetype lineEndIn(const char *data, qsizetype from, qsizetype end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 word) { return (word - ones) & ~word & highs; };
    qsizetype i = from;
    for (; end - i >= 8; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (hasZeroByte(word ^ (ones * '\n')) | hasZeroByte(word ^ (ones * '\r')))
            break;
    }
    while (i < end && data[i] != '\n' && data[i] != '\r')
        ++i;
    return i;
}

} // namespace

LineCursor::LineCursor(const QByteArray &data, ByteRange range)
    : m_data(data),
      m_end(qMin(range.end, data.size())),
      m_next(qBound(qsizetype(0), range.begin, m_end)),
      m_number(range.firstLine - 1)
{
}

bool LineCursor::next()
{
    if (m_next >= m_end)
        return false;
    m_lineBegin = m_next;
    const char *data = m_data.constData();
    qsizetype i = lineEndIn(data, m_lineBegin, m_end);
    m_lineEnd = i;
    if (i < m_end && data[i] == '\r' && i + 1 < m_end && data[i + 1] == '\n')
        i += 2;
    else if (i < m_end)
        ++i;
    m_next = i;
    ++m_number;
    return true;
}

TextLines splitText(const QString &text, int firstNumber)
{
    TextLines lines;
    int number = firstNumber;
    qsizetype begin = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        lines.append({text.mid(begin, i - begin), number++});
        if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        begin = i + 1;
    }
    if (begin < size)
        lines.append({text.mid(begin), number});
    return lines;
}

} // namespace smtpref::Analysis
