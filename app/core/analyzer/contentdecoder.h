#pragma once

#include "textlines.h"

#include <QByteArray>
#include <QString>

namespace smtpref::Analysis {

// The text of a MIME body: its transfer encoding (quoted-printable, base64) undone and its
// charset decoded, every line numbered with the input line it was decoded from.
namespace ContentDecoder {

struct Options
{
    QString transferEncoding; // "base64", "quoted-printable", "7bit", ... (any case)
    QString charset;          // as declared; empty when none is
    qsizetype maxLines = 200000;
};

// Decodes the body in `range` of `data`. Sets *truncated when the line cap was reached.
TextLines decode(const QByteArray &data, ByteRange range, const Options &options, bool *truncated);

// The bytes of the body with its transfer encoding undone (for nested messages).
QByteArray transferDecoded(const QByteArray &data, ByteRange range, const QString &transferEncoding);

// The value of one hexadecimal digit, or -1: shared by quoted-printable bodies and
// RFC 2047 / RFC 2231 header encodings.
int hexValue(char c);

} // namespace ContentDecoder
} // namespace smtpref::Analysis
