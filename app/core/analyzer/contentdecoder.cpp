#include "contentdecoder.h"

#include "headerdecoder.h"

#include <QStringDecoder>

#include <cstring>
#include <memory>

namespace smtpref::Analysis::ContentDecoder {

namespace {

enum class Encoding { Identity, QuotedPrintable, Base64 };

Encoding encodingOf(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("quoted-printable"))
        return Encoding::QuotedPrintable;
    if (lower == QLatin1String("base64"))
        return Encoding::Base64;
    return Encoding::Identity;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

// The decoded bytes, and for each input line the offset in them where its output begins.
struct Decoded
{
    QByteArray bytes;
    QList<QPair<qsizetype, int>> marks;
};

Decoded transferDecode(const QByteArray &data, ByteRange range, Encoding encoding)
{
    // Decoded, no line is longer than it was with its line end (the last one may have none:
    // hence the spare bytes). The output is written into one buffer of that size, byte by byte.
    const qsizetype rangeEnd = qMin(range.end, data.size());
    const qsizetype rangeSize = rangeEnd - qBound(qsizetype(0), range.begin, rangeEnd);
    Decoded decoded;
    decoded.bytes = QByteArray(rangeSize + 3, Qt::Uninitialized);
    char *const begin = decoded.bytes.data();
    char *out = begin;
    const auto putLine = [&out](QByteArrayView line) {
        std::memcpy(out, line.data(), size_t(line.size()));
        out += line.size();
        *out++ = '\n';
    };
    LineCursor cursor(data, range);
    quint32 quad = 0;
    int quadSize = 0;
    bool base64Ended = false;
    while (cursor.next()) {
        const QByteArrayView line = cursor.line();
        decoded.marks.append({out - begin, cursor.number()});
        switch (encoding) {
        case Encoding::Identity:
            putLine(line);
            break;
        case Encoding::QuotedPrintable: {
            qsizetype end = line.size();
            while (end > 0 && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t'))
                --end;
            const bool soft = end > 0 && line.at(end - 1) == '=';
            if (soft)
                --end;
            for (qsizetype i = 0; i < end; ++i) {
                const char c = line.at(i);
                if (c == '=' && i + 2 < end && hexValue(line.at(i + 1)) >= 0 && hexValue(line.at(i + 2)) >= 0) {
                    *out++ = char(hexValue(line.at(i + 1)) * 16 + hexValue(line.at(i + 2)));
                    i += 2;
                } else {
                    *out++ = c;
                }
            }
            if (!soft)
                *out++ = '\n';
            break;
        }
        case Encoding::Base64:
            if (base64Ended) {
                // Text after the padding (a signature, another part's garbage): kept as it is.
                putLine(line);
                break;
            }
            for (const char c : line) {
                if (c == '=') {
                    if (quadSize == 2) {
                        *out++ = char((quad >> 4) & 0xff);
                    } else if (quadSize == 3) {
                        *out++ = char((quad >> 10) & 0xff);
                        *out++ = char((quad >> 2) & 0xff);
                    }
                    if (quadSize >= 2)
                        base64Ended = true;
                    quad = 0;
                    quadSize = 0;
                    break;
                }
                const int value = base64Value(c);
                if (value < 0)
                    continue;
                quad = (quad << 6) | quint32(value);
                if (++quadSize == 4) {
                    *out++ = char((quad >> 16) & 0xff);
                    *out++ = char((quad >> 8) & 0xff);
                    *out++ = char(quad & 0xff);
                    quad = 0;
                    quadSize = 0;
                }
            }
            break;
        }
    }
    if (encoding == Encoding::Base64 && quadSize >= 2) {
        if (quadSize == 2) {
            *out++ = char((quad >> 4) & 0xff);
        } else {
            *out++ = char((quad >> 10) & 0xff);
            *out++ = char((quad >> 2) & 0xff);
        }
    }
    decoded.bytes.truncate(out - begin);
    return decoded;
}

bool needsWholeDecoding(const QString &charset)
{
    const QString lower = charset.trimmed().toLower();
    return lower.startsWith(QLatin1String("utf-16")) || lower.startsWith(QLatin1String("utf-32"))
           || lower.startsWith(QLatin1String("ucs-2")) || lower.startsWith(QLatin1String("utf16"));
}

} // namespace

QByteArray transferDecoded(const QByteArray &data, ByteRange range, const QString &transferEncoding)
{
    return transferDecode(data, range, encodingOf(transferEncoding)).bytes;
}

TextLines decode(const QByteArray &data, ByteRange range, const Options &options, bool *truncated)
{
    const Encoding encoding = encodingOf(options.transferEncoding);
    if (needsWholeDecoding(options.charset)) {
        const Decoded decoded = transferDecode(data, range, encoding);
        const int firstNumber = decoded.marks.isEmpty() ? range.firstLine : decoded.marks.front().second;
        TextLines lines = splitText(HeaderDecoder::decodeCharset(decoded.bytes, options.charset), firstNumber);
        if (lines.size() > options.maxLines) {
            lines.resize(options.maxLines);
            if (truncated)
                *truncated = true;
        }
        return lines;
    }

    // A body without a transfer encoding is read where it is: copied out, it would only be
    // split into the same lines again.
    const bool inPlace = encoding == Encoding::Identity;
    const Decoded decoded = inPlace ? Decoded() : transferDecode(data, range, encoding);
    const qsizetype rangeEnd = qMin(range.end, data.size());
    const qsizetype rangeBegin = qBound(qsizetype(0), range.begin, rangeEnd);
    const QByteArrayView bytes = inPlace ? QByteArrayView(data.constData() + rangeBegin, rangeEnd - rangeBegin)
                                         : QByteArrayView(decoded.bytes);

    // One way of decoding for the whole body, chosen once. ASCII (most mail) is valid UTF-8 with
    // no need to check, and reads the same as Latin-1, which is quicker to read.
    const bool ascii = HeaderDecoder::isAscii(bytes);
    QString charset = options.charset.trimmed().toLower();
    std::unique_ptr<QStringDecoder> decoder;
    bool utf8 = false;
    const bool plain = charset.isEmpty() || charset == QLatin1String("us-ascii") || charset == QLatin1String("ascii")
                       || charset == QLatin1String("utf-8") || charset == QLatin1String("utf8")
                       || charset == QLatin1String("iso-8859-1") || charset == QLatin1String("latin1");
    if (plain) {
        if (charset != QLatin1String("iso-8859-1") && charset != QLatin1String("latin1"))
            utf8 = ascii || HeaderDecoder::isUtf8(bytes);
        if (!utf8 && charset != QLatin1String("iso-8859-1") && bytes.contains("\x1b$B"))
            charset = QStringLiteral("iso-2022-jp");
    }
    if (!plain || charset == QLatin1String("iso-2022-jp")) {
        decoder = std::make_unique<QStringDecoder>(charset.toLatin1().constData());
        if (!decoder->isValid()) {
            decoder.reset();
            utf8 = ascii || HeaderDecoder::isUtf8(bytes);
        }
    }

    TextLines lines;
    // False when the line cap is reached.
    const auto add = [&](QByteArrayView line, int number) {
        QString text;
        if (decoder)
            text = decoder->decode(line);
        else if (utf8 && !ascii)
            text = QString::fromUtf8(line);
        else
            text = QString::fromLatin1(line);
        if (lines.size() >= options.maxLines) {
            if (truncated)
                *truncated = true;
            return false;
        }
        lines.append({text, number});
        return true;
    };
    if (inPlace) {
        LineCursor cursor(data, range);
        while (cursor.next()) {
            if (!add(cursor.line(), cursor.number()))
                break;
        }
        return lines;
    }
    qsizetype markIndex = 0;
    qsizetype begin = 0;
    const qsizetype size = bytes.size();
    while (begin < size) {
        qsizetype end = begin;
        while (end < size && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        while (markIndex + 1 < decoded.marks.size() && decoded.marks.at(markIndex + 1).first <= begin)
            ++markIndex;
        const int number = decoded.marks.isEmpty() ? range.firstLine : decoded.marks.at(markIndex).second;
        if (!add(bytes.sliced(begin, end - begin), number))
            break;
        if (end < size && bytes.at(end) == '\r' && end + 1 < size && bytes.at(end + 1) == '\n')
            ++end;
        begin = end + 1;
    }
    return lines;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace smtpref::Analysis::ContentDecoder
