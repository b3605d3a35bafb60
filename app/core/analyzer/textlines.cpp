#include "textlines.h"

namespace smtpref::Analysis {

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
    qsizetype i = m_lineBegin;
    while (i < m_end && data[i] != '\n' && data[i] != '\r')
        ++i;
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
