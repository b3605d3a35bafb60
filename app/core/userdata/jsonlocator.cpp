#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace smtpref {

JsonLocator::JsonLocator(const QByteArray &json)
    : m_json(json)
{
    skipSpace();
    value(QString());
}

int JsonLocator::lineAt(const QByteArray &json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

QString JsonLocator::child(const QString &parent, const QString &key)
{
    // RFC 6901: "~" and "/" in a key are written "~0" and "~1".
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString JsonLocator::child(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

int JsonLocator::lineOf(QString pointer) const
{
    for (;;) {
        const auto found = m_lines.constFind(pointer);
        if (found != m_lines.cend())
            return *found;
        if (pointer.isEmpty())
            return 1;
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
    }
}

void JsonLocator::skipSpace()
{
    while (m_position < m_json.size()) {
        const char c = m_json.at(m_position);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_position;
    }
}

// The string at the position (which is its opening quote), decoded; the position ends
// after its closing quote. JSON strings hold no raw line breaks.
QString JsonLocator::string()
{
    const qsizetype start = m_position;
    bool escapes = false;
    for (++m_position; m_position < m_json.size() && m_json.at(m_position) != '"'; ++m_position) {
        if (m_json.at(m_position) == '\\') {
            escapes = true;
            ++m_position;
        }
    }
    ++m_position;
    const QByteArray quoted = m_json.mid(start, m_position - start);
    if (!escapes)
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

void JsonLocator::value(const QString &pointer)
{
    if (m_position >= m_json.size())
        return;
    m_lines.insert(pointer, m_line);
    const char c = m_json.at(m_position);
    if (c == '{') {
        ++m_position;
        skipSpace();
        while (m_position < m_json.size() && m_json.at(m_position) != '}') {
            const int keyLine = m_line;
            const QString member = child(pointer, string());
            skipSpace();
            ++m_position; // ':'
            skipSpace();
            value(member);
            m_lines.insert(member, keyLine);
            skipSpace();
            if (m_position < m_json.size() && m_json.at(m_position) == ',') {
                ++m_position;
                skipSpace();
            }
        }
        ++m_position;
    } else if (c == '[') {
        ++m_position;
        skipSpace();
        for (qsizetype index = 0; m_position < m_json.size() && m_json.at(m_position) != ']'; ++index) {
            value(child(pointer, index));
            skipSpace();
            if (m_position < m_json.size() && m_json.at(m_position) == ',') {
                ++m_position;
                skipSpace();
            }
        }
        ++m_position;
    } else if (c == '"') {
        string();
    } else {
        // A number, true, false or null: runs until a delimiter.
        const auto delimiter = [](char x) {
            return x == ',' || x == ']' || x == '}' || x == ' ' || x == '\t' || x == '\r' || x == '\n';
        };
        while (m_position < m_json.size() && !delimiter(m_json.at(m_position)))
            ++m_position;
    }
}

} // namespace smtpref
