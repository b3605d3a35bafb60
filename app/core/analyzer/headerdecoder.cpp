#include "headerdecoder.h"

#include "contentdecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace smtpref::Analysis::HeaderDecoder {

namespace {

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            bytes.append(' ');
        } else if (c == '=' && i + 2 < text.size() && ContentDecoder::hexValue(text.at(i + 1)) >= 0
                   && ContentDecoder::hexValue(text.at(i + 2)) >= 0) {
            bytes.append(char(ContentDecoder::hexValue(text.at(i + 1)) * 16 + ContentDecoder::hexValue(text.at(i + 2))));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    return bytes;
}

bool isBlank(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// Where the next "=?" is, from `from`; -1 when none. (Searched for by its '=', which memchr
// finds quickly, where a general substring search walks every byte of every header value.)
qsizetype encodedWordStart(QByteArrayView raw, qsizetype from)
{
    for (qsizetype at = raw.indexOf('=', from); at >= 0; at = raw.indexOf('=', at + 1)) {
        if (at + 1 < raw.size() && raw.at(at + 1) == '?')
            return at;
    }
    return -1;
}

// An encoded word starting at `start` ("=?"): its charset, its bytes and where it ends.
struct EncodedWord
{
    QString charset;
    QByteArray bytes;
    qsizetype end = -1; // just past "?="
};

EncodedWord parseWord(QByteArrayView raw, qsizetype start)
{
    EncodedWord word;
    const qsizetype charsetEnd = raw.indexOf('?', start + 2);
    if (charsetEnd < 0 || charsetEnd - start > 64 || charsetEnd + 2 >= raw.size() || raw.at(charsetEnd + 2) != '?')
        return word;
    const char encoding = raw.at(charsetEnd + 1);
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return word;
    const qsizetype textBegin = charsetEnd + 3;
    qsizetype textEnd = textBegin;
    while (textEnd + 1 < raw.size() && !(raw.at(textEnd) == '?' && raw.at(textEnd + 1) == '='))
        ++textEnd;
    if (textEnd + 1 >= raw.size())
        return word;
    QByteArrayView charset = raw.sliced(start + 2, charsetEnd - start - 2);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset = charset.first(star); // RFC 2231 language suffix
    word.charset = QString::fromLatin1(charset).toLower();
    const QByteArrayView text = raw.sliced(textBegin, textEnd - textBegin);
    if (encoding == 'B' || encoding == 'b')
        word.bytes = QByteArray::fromBase64(text.toByteArray());
    else
        word.bytes = decodeQ(text);
    word.end = textEnd + 2;
    return word;
}

QString percentDecoded(const QString &text, const QString &charset)
{
    QByteArray bytes;
    const QByteArray latin = text.toLatin1();
    for (qsizetype i = 0; i < latin.size(); ++i) {
        if (latin.at(i) == '%' && i + 2 < latin.size() && ContentDecoder::hexValue(latin.at(i + 1)) >= 0
            && ContentDecoder::hexValue(latin.at(i + 2)) >= 0) {
            bytes.append(char(ContentDecoder::hexValue(latin.at(i + 1)) * 16 + ContentDecoder::hexValue(latin.at(i + 2))));
            i += 2;
        } else {
            bytes.append(latin.at(i));
        }
    }
    return decodeCharset(bytes, charset);
}

} // namespace

bool isAscii(QByteArrayView bytes)
{
    // Checked eight bytes at a time: no byte has its high bit set.
    quint64 highBits = 0;
    qsizetype i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        highBits |= word;
    }
    for (; i < bytes.size(); ++i)
        highBits |= uchar(bytes.at(i));
    return !(highBits & 0x8080808080808080ULL);
}

QString asText(QByteArrayView bytes)
{
    // ASCII reads the same as Latin-1, which is quicker to read than UTF-8.
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    return isUtf8(bytes) ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
}

bool isUtf8(QByteArrayView bytes)
{
    // Most mail is plain ASCII, always valid: no need to decode it to find out.
    if (isAscii(bytes))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored)
    return !decoder.hasError();
}

QString decodeCharset(QByteArrayView bytes, const QString &charset)
{
    QString name = charset.trimmed().toLower();
    if (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('\'')))
        name = name.mid(1, name.size() - 2).trimmed();
    bool plain = true;
    for (const char c : bytes) {
        if (uchar(c) >= 0x80 || c == 0x1b) {
            plain = false;
            break;
        }
    }
    if (plain && !name.startsWith(QLatin1String("utf-16")) && !name.startsWith(QLatin1String("utf-32"))
        && name != QLatin1String("utf-7"))
        return QString::fromLatin1(bytes);

    // Declared "us-ascii" (or nothing) with 8-bit bytes in it: a guess is all there is.
    const bool undeclared = name.isEmpty() || name == QLatin1String("us-ascii") || name == QLatin1String("ascii")
                            || name == QLatin1String("7bit") || name == QLatin1String("8bit")
                            || name == QLatin1String("unknown-8bit") || name == QLatin1String("x-unknown");
    if (undeclared) {
        if (bytes.contains("\x1b$B") || bytes.contains("\x1b$@")) {
            QStringDecoder jis("ISO-2022-JP");
            if (jis.isValid())
                return jis.decode(bytes);
        }
        return asText(bytes);
    }
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
        return asText(bytes);
    if (name == QLatin1String("iso-8859-1") || name == QLatin1String("latin1") || name == QLatin1String("latin-1"))
        return QString::fromLatin1(bytes);

    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        return asText(bytes);
    return decoder.decode(bytes);
}

QString decode(QByteArrayView raw)
{
    QString result;
    QByteArray pending;
    QString pendingCharset;
    const auto flush = [&] {
        if (!pending.isEmpty())
            result += decodeCharset(pending, pendingCharset);
        pending.clear();
        pendingCharset.clear();
    };
    qsizetype position = 0;
    bool afterWord = false;
    while (position < raw.size()) {
        const qsizetype start = encodedWordStart(raw, position);
        if (start < 0) {
            flush();
            result += asText(raw.sliced(position));
            break;
        }
        const EncodedWord word = parseWord(raw, start);
        if (word.end < 0) {
            flush();
            result += asText(raw.sliced(position, start + 2 - position));
            position = start + 2;
            afterWord = false;
            continue;
        }
        const QByteArrayView between = raw.sliced(position, start - position);
        if (!(afterWord && isBlank(between))) {
            flush();
            result += asText(between);
        }
        // Adjacent words in one charset are joined first: a character may be split between them.
        if (word.charset != pendingCharset)
            flush();
        pendingCharset = word.charset;
        pending += word.bytes;
        position = word.end;
        afterWord = true;
    }
    flush();
    return result;
}

HeaderParameters parameters(const QString &value)
{
    HeaderParameters result;
    const qsizetype size = value.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < size && value.at(i).isSpace())
            ++i;
    };
    // The main value runs up to the first ';'.
    while (i < size && value.at(i) != QLatin1Char(';'))
        ++i;
    result.value = value.left(i).trimmed().toLower();

    struct Segment { int index; bool encoded; QString text; };
    QMap<QString, QList<Segment>> continued;
    while (i < size) {
        ++i; // the ';'
        skipSpace();
        const qsizetype nameBegin = i;
        while (i < size && value.at(i) != QLatin1Char('=') && value.at(i) != QLatin1Char(';'))
            ++i;
        QString name = value.mid(nameBegin, i - nameBegin).trimmed().toLower();
        if (i >= size || value.at(i) == QLatin1Char(';')) {
            continue;
        }
        ++i; // '='
        skipSpace();
        QString text;
        if (i < size && value.at(i) == QLatin1Char('"')) {
            ++i;
            // Without escapes (most often so: boundaries, charsets), the quoted text is taken whole.
            qsizetype end = i;
            while (end < size && value.at(end) != QLatin1Char('"') && value.at(end) != QLatin1Char('\\'))
                ++end;
            if (end > i && (end >= size || value.at(end) == QLatin1Char('"'))) {
                text = value.mid(i, end - i);
                i = end;
            }
            while (i < size && value.at(i) != QLatin1Char('"')) {
                if (value.at(i) == QLatin1Char('\\') && i + 1 < size)
                    ++i;
                text += value.at(i);
                ++i;
            }
            ++i; // closing quote
            while (i < size && value.at(i) != QLatin1Char(';'))
                ++i;
        } else {
            const qsizetype textBegin = i;
            while (i < size && value.at(i) != QLatin1Char(';'))
                ++i;
            text = value.mid(textBegin, i - textBegin).trimmed();
        }
        if (name.isEmpty())
            continue;
        // RFC 2231: name*=charset'lang'text, name*0=..., name*1*=...
        const qsizetype star = name.indexOf(QLatin1Char('*'));
        if (star < 0) {
            if (!result.parameters.contains(name))
                result.parameters.insert(name, text);
            continue;
        }
        const QString base = name.left(star);
        const QString rest = name.mid(star + 1);
        const bool encoded = rest.endsWith(QLatin1Char('*')) || rest.isEmpty();
        const QString indexText = rest.endsWith(QLatin1Char('*')) ? rest.chopped(1) : rest;
        bool numeric = false;
        const int index = indexText.isEmpty() ? 0 : indexText.toInt(&numeric);
        if (!indexText.isEmpty() && !numeric)
            continue;
        continued[base].append({index, encoded, text});
    }
    for (auto it = continued.begin(); it != continued.end(); ++it) {
        QList<Segment> segments = it.value();
        std::sort(segments.begin(), segments.end(),
                  [](const Segment &a, const Segment &b) { return a.index < b.index; });
        QString charset;
        QString joined;
        for (qsizetype s = 0; s < segments.size() && s < 64; ++s) {
            QString text = segments.at(s).text;
            if (segments.at(s).encoded) {
                if (s == 0) {
                    const QStringList parts = text.split(QLatin1Char('\''));
                    if (parts.size() >= 3) {
                        charset = parts.at(0);
                        text = parts.mid(2).join(QLatin1Char('\''));
                    }
                }
                text = percentDecoded(text, charset);
            }
            joined += text;
        }
        result.parameters.insert(it.key(), joined);
    }
    return result;
}

QString value(const HeaderFields &fields, QStringView name)
{
    for (const HeaderField &field : fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

} // namespace smtpref::Analysis::HeaderDecoder
