#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace smtpref::Analysis {

// One header field, unfolded and decoded.
struct HeaderField
{
    QString name;   // lower case
    QString value;  // decoded text
    int line = 0;   // where the field starts
};
using HeaderFields = QList<HeaderField>;

// "text/plain; charset=utf-8": the value in lower case and its parameters (names in lower case).
struct HeaderParameters
{
    QString value;
    QMap<QString, QString> parameters;
};

// Turning header bytes into text: RFC 2047 encoded words, RFC 2045/2231 parameters, charsets.
namespace HeaderDecoder {

// Text of a header value: encoded words decoded, other 8-bit bytes read as UTF-8 (Latin-1
// when they are not valid UTF-8).
QString decode(QByteArrayView raw);

// Splits a structured value into its main value and its parameters, quoted strings and
// RFC 2231 continuations and charsets included.
HeaderParameters parameters(const QString &value);

// The value of the first field of that name (lower case), or an empty string.
QString value(const HeaderFields &fields, QStringView name);

// Bytes in a declared charset as text. Unknown or missing charsets fall back to UTF-8 when
// the bytes are valid UTF-8, and to Latin-1 otherwise.
QString decodeCharset(QByteArrayView bytes, const QString &charset);

// True when the bytes are well-formed UTF-8.
bool isUtf8(QByteArrayView bytes);
// True when no byte is above 127: such text reads the same as UTF-8 and as Latin-1.
bool isAscii(QByteArrayView bytes);
// Bytes of no declared charset as text: UTF-8 where they are well-formed UTF-8, else Latin-1.
QString asText(QByteArrayView bytes);

} // namespace HeaderDecoder
} // namespace smtpref::Analysis
