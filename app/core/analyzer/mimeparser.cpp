#include "mimeparser.h"

#include "contentdecoder.h"

#include <QRegularExpression>

namespace smtpref::Analysis::MimeParser {

namespace {

constexpr int maxDepth = 12;
constexpr int maxParts = 1000;
constexpr int maxHeaderLines = 5000;
constexpr qsizetype maxHeaderValue = 64 * 1024;
constexpr qsizetype maxTotalLines = 400000;

bool isHeaderName(QByteArrayView line, qsizetype *colon)
{
    qsizetype i = 0;
    while (i < line.size() && i < 80) {
        const char c = line.at(i);
        if (c == ':')
            break;
        if (uchar(c) <= 32 || uchar(c) >= 127)
            return false;
        ++i;
    }
    if (i == 0 || i >= line.size() || line.at(i) != ':')
        return false;
    *colon = i;
    return true;
}

// A field name (printable ASCII, see isHeaderName) in lower case: the bytes are lowered
// directly, without QString's Unicode case mapping.
QString lowerName(QByteArrayView name)
{
    QString lower(name.size(), Qt::Uninitialized);
    QChar *out = lower.data(); // (written through once: operator[] would check for sharing at each character)
    for (qsizetype i = 0; i < name.size(); ++i)
        out[i] = QLatin1Char(name.at(i) >= 'A' && name.at(i) <= 'Z' ? char(name.at(i) + ('a' - 'A')) : name.at(i));
    return lower;
}

struct HeaderBlock
{
    HeaderFields fields;
    qsizetype bodyBegin = 0;
    int bodyLine = 1;
    int lineCount = 0;
};

// Reads header fields from `range` up to the blank line, or up to the first line that is not
// a header field (then the body starts at that line).
HeaderBlock readHeaders(const QByteArray &data, ByteRange range)
{
    HeaderBlock block;
    block.bodyBegin = range.end;
    block.bodyLine = range.firstLine;
    LineCursor cursor(data, range);
    // The field being read, as views into data; its value is copied only when it is folded.
    QByteArrayView name;
    QByteArrayView value;
    QByteArray unfolded;
    int fieldLine = 0;
    const auto finish = [&] {
        // (The value's white space is trimmed before decoding, which saves a copy, and after,
        // for the white space decoding makes.)
        if (!name.isEmpty())
            block.fields.append({lowerName(name), HeaderDecoder::decode(value.trimmed()).trimmed(), fieldLine});
        name = QByteArrayView();
        value = QByteArrayView();
    };
    bool first = true;
    while (cursor.next()) {
        const QByteArrayView line = cursor.line();
        if (first && line.startsWith("From ")) { // an mbox separator
            first = false;
            continue;
        }
        first = false;
        if (line.trimmed().isEmpty()) {
            block.bodyBegin = cursor.nextBegin();
            block.bodyLine = cursor.number() + 1;
            finish();
            return block;
        }
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !name.isEmpty()) {
            if (value.size() < maxHeaderValue) {
                if (value.data() != unfolded.constData())
                    unfolded = value.toByteArray();
                unfolded.append(line.data(), line.size());
                value = unfolded;
            }
            continue;
        }
        qsizetype colon = 0;
        if (!isHeaderName(line, &colon) || ++block.lineCount > maxHeaderLines) {
            block.bodyBegin = cursor.lineBegin();
            block.bodyLine = cursor.number();
            finish();
            return block;
        }
        finish();
        name = line.first(colon);
        value = line.sliced(colon + 1);
        fieldLine = cursor.number();
    }
    finish();
    block.bodyBegin = range.end;
    block.bodyLine = cursor.number() + 1;
    return block;
}

const QStringList &dsnFieldNames()
{
    static const QStringList names{
        QStringLiteral("reporting-mta"), QStringLiteral("final-recipient"), QStringLiteral("original-recipient"),
        QStringLiteral("action"), QStringLiteral("status"), QStringLiteral("diagnostic-code"),
        QStringLiteral("remote-mta"), QStringLiteral("arrival-date"), QStringLiteral("last-attempt-date"),
        QStringLiteral("received-from-mta"), QStringLiteral("original-envelope-id"),
        QStringLiteral("will-retry-until"), QStringLiteral("x-actual-recipient"), QStringLiteral("dsn-gateway")};
    return names;
}

const QStringList &messageFieldNames()
{
    static const QStringList names{
        QStringLiteral("received"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("subject"),
        QStringLiteral("date"), QStringLiteral("return-path"), QStringLiteral("message-id"),
        QStringLiteral("content-type"), QStringLiteral("mime-version"), QStringLiteral("delivered-to"),
        QStringLiteral("x-original-to"), QStringLiteral("dkim-signature"), QStringLiteral("reply-to"),
        QStringLiteral("sender"), QStringLiteral("cc"), QStringLiteral("auto-submitted"),
        QStringLiteral("x-failed-recipients"), QStringLiteral("authentication-results"),
        QStringLiteral("arc-seal"), QStringLiteral("x-mailer"), QStringLiteral("in-reply-to")};
    return names;
}

// A header block that makes the input a message: message fields, not only DSN fields.
bool isMessageHeader(const HeaderFields &fields)
{
    int known = 0;
    for (const HeaderField &field : fields) {
        if (dsnFieldNames().contains(field.name))
            continue;
        if (messageFieldNames().contains(field.name))
            ++known;
    }
    return known >= 1 && (known >= 2 || fields.size() >= 2);
}

QString stripHtmlLine(const QString &line, bool *inTag, bool *inHidden)
{
    QString text;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (*inTag) {
            if (c == QLatin1Char('>'))
                *inTag = false;
            ++i;
            continue;
        }
        if (c == QLatin1Char('<')) {
            const QStringView rest = QStringView(line).mid(i + 1, 8);
            if (rest.startsWith(QLatin1String("style"), Qt::CaseInsensitive)
                || rest.startsWith(QLatin1String("script"), Qt::CaseInsensitive))
                *inHidden = true;
            else if (rest.startsWith(QLatin1String("/style"), Qt::CaseInsensitive)
                     || rest.startsWith(QLatin1String("/script"), Qt::CaseInsensitive))
                *inHidden = false;
            else if (rest.startsWith(QLatin1String("br"), Qt::CaseInsensitive)
                     || rest.startsWith(QLatin1String("/p"), Qt::CaseInsensitive)
                     || rest.startsWith(QLatin1String("/div"), Qt::CaseInsensitive)
                     || rest.startsWith(QLatin1String("/td"), Qt::CaseInsensitive))
                text += QLatin1Char(' ');
            *inTag = true;
            ++i;
            continue;
        }
        // The text up to the next tag, appended at once.
        qsizetype tag = line.indexOf(QLatin1Char('<'), i);
        if (tag < 0)
            tag = line.size();
        if (!*inHidden)
            text += QStringView(line).sliced(i, tag - i);
        i = tag;
    }
    static const QList<QPair<QLatin1String, QChar>> entities{
        {QLatin1String("&nbsp;"), QLatin1Char(' ')}, {QLatin1String("&lt;"), QLatin1Char('<')},
        {QLatin1String("&gt;"), QLatin1Char('>')},   {QLatin1String("&quot;"), QLatin1Char('"')},
        {QLatin1String("&#39;"), QLatin1Char('\'')}, {QLatin1String("&amp;"), QLatin1Char('&')}};
    if (text.contains(QLatin1Char('&'))) {
        for (const auto &[entity, character] : entities)
            text.replace(entity, QString(character), Qt::CaseInsensitive);
    }
    return text;
}

// The Content-Type of a part, parsed once for it: it is long (boundaries, charsets) to parse.
HeaderParameters contentTypeOf(const HeaderFields &headers)
{
    return HeaderDecoder::parameters(HeaderDecoder::value(headers, u"content-type"));
}

class Walker
{
public:
    Walker(const QByteArray &data, ParsedMessage &result) : m_data(data), m_result(result) {}

    // `type`: the headers' Content-Type, parsed (see contentTypeOf).
    void walkEntity(const HeaderFields &headers, HeaderParameters type, ByteRange body, int depth, int message);

private:
    void addText(MessageSection::Role role, const QString &mediaType, int message, ByteRange body,
                 const HeaderFields &headers, const QString &charset);
    void walkMultipart(const HeaderParameters &type, const HeaderFields &headers, ByteRange body, int depth, int message);
    void walkMessage(ByteRange body, const HeaderFields &headers, int depth, int message);

    const QByteArray &m_data;
    ParsedMessage &m_result;
    int m_parts = 0;
    qsizetype m_lines = 0;
};

void Walker::addText(MessageSection::Role role, const QString &mediaType, int message, ByteRange body,
                     const HeaderFields &headers, const QString &charset)
{
    if (m_lines >= maxTotalLines) {
        m_result.truncated = true;
        return;
    }
    ContentDecoder::Options options;
    options.transferEncoding = HeaderDecoder::value(headers, u"content-transfer-encoding");
    options.charset = charset;
    options.maxLines = maxTotalLines - m_lines;
    MessageSection section;
    section.role = role;
    section.mediaType = mediaType;
    section.message = message;
    section.lines = ContentDecoder::decode(m_data, body, options, &m_result.truncated);
    if (mediaType == QLatin1String("text/html")) {
        bool inTag = false;
        bool inHidden = false;
        for (TextLine &line : section.lines)
            line.text = stripHtmlLine(line.text, &inTag, &inHidden);
    }
    m_lines += section.lines.size();
    m_result.sections.append(section);
}

void Walker::walkEntity(const HeaderFields &headers, HeaderParameters type, ByteRange body, int depth, int message)
{
    if (++m_parts > maxParts) {
        m_result.truncated = true;
        return;
    }
    if (type.value.isEmpty() || !type.value.contains(QLatin1Char('/')))
        type.value = QStringLiteral("text/plain");
    const QString charset = type.parameters.value(QStringLiteral("charset"));

    if (type.value.startsWith(QLatin1String("multipart/")) && depth < maxDepth) {
        walkMultipart(type, headers, body, depth, message);
        return;
    }
    if (type.value == QLatin1String("message/delivery-status")
        || type.value == QLatin1String("message/global-delivery-status")
        || type.value == QLatin1String("text/delivery-status")) {
        addText(MessageSection::Role::DeliveryStatus, type.value, message, body, headers,
                type.value.contains(QLatin1String("global")) ? QStringLiteral("utf-8") : charset);
        return;
    }
    if (type.value == QLatin1String("message/feedback-report")) {
        addText(MessageSection::Role::FeedbackReport, type.value, message, body, headers, charset);
        return;
    }
    if (type.value == QLatin1String("message/rfc822") || type.value == QLatin1String("message/global")
        || type.value == QLatin1String("message/partial")) {
        walkMessage(body, headers, depth, message);
        return;
    }
    if (type.value == QLatin1String("text/rfc822-headers") || type.value == QLatin1String("message/rfc822-headers")
        || type.value == QLatin1String("message/global-headers")) {
        addText(MessageSection::Role::ReturnedHeaders, type.value, message, body, headers, charset);
        return;
    }
    if (type.value.startsWith(QLatin1String("text/")) || type.value.startsWith(QLatin1String("multipart/"))) {
        addText(MessageSection::Role::Text, type.value, message, body, headers, charset);
        return;
    }
    // Images, applications and the like say nothing about delivery.
}

void Walker::walkMultipart(const HeaderParameters &type, const HeaderFields &headers, ByteRange body, int depth, int message)
{
    const QString boundary = type.parameters.value(QStringLiteral("boundary"));
    QList<ByteRange> children;
    if (!boundary.isEmpty() && boundary.size() <= 200) {
        const QByteArray delimiter = QByteArray("--") + boundary.toLatin1();
        LineCursor cursor(m_data, body);
        qsizetype childBegin = -1;
        int childLine = 0;
        while (cursor.next()) {
            const QByteArrayView line = cursor.line();
            if (!line.startsWith(delimiter))
                continue;
            const QByteArrayView rest = line.sliced(delimiter.size());
            const bool closing = rest.startsWith("--");
            if (!closing && !rest.trimmed().isEmpty())
                continue; // a longer boundary that merely starts with this one
            if (childBegin >= 0)
                children.append({childBegin, cursor.lineBegin(), childLine});
            childBegin = -1;
            if (closing)
                break;
            childBegin = cursor.nextBegin();
            childLine = cursor.number() + 1;
        }
        if (childBegin >= 0) // truncated: the last part runs to the end
            children.append({childBegin, body.end, childLine});
    }
    if (children.isEmpty()) {
        // No boundary found: the body is read as text (DSN fields inside it are still found).
        addText(MessageSection::Role::Text, QStringLiteral("text/plain"), message, body, headers,
                type.parameters.value(QStringLiteral("charset")));
        return;
    }

    const bool alternative = type.value == QLatin1String("multipart/alternative");
    const bool digest = type.value == QLatin1String("multipart/digest");
    struct Child { HeaderFields headers; ByteRange body; HeaderParameters contentType; QString type; };
    QList<Child> parsed;
    for (const ByteRange &child : children) {
        const HeaderBlock block = readHeaders(m_data, child);
        // A part without a header has none: its body starts right away.
        const bool noHeader = block.fields.isEmpty();
        ByteRange childBody{noHeader ? child.begin : block.bodyBegin, child.end, noHeader ? child.firstLine : block.bodyLine};
        HeaderFields fields = block.fields;
        if (digest && HeaderDecoder::value(fields, u"content-type").isEmpty())
            fields.append({QStringLiteral("content-type"), QStringLiteral("message/rfc822"), child.firstLine});
        const HeaderParameters contentType = contentTypeOf(fields);
        QString childType = contentType.value;
        if (childType.isEmpty())
            childType = digest ? QStringLiteral("message/rfc822") : QStringLiteral("text/plain");
        parsed.append({fields, childBody, contentType, childType});
    }
    if (alternative) {
        // The plain text version when there is one; HTML only when there is nothing else.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < parsed.size() && chosen < 0; ++i) {
            if (parsed.at(i).type == QLatin1String("text/plain"))
                chosen = i;
        }
        for (qsizetype i = 0; i < parsed.size() && chosen < 0; ++i) {
            if (parsed.at(i).type.startsWith(QLatin1String("multipart/")))
                chosen = i;
        }
        if (chosen < 0)
            chosen = 0;
        walkEntity(parsed.at(chosen).headers, parsed.at(chosen).contentType, parsed.at(chosen).body, depth + 1, message);
        return;
    }
    for (const Child &child : parsed)
        walkEntity(child.headers, child.contentType, child.body, depth + 1, message);
}

void Walker::walkMessage(ByteRange body, const HeaderFields &headers, int depth, int message)
{
    const QString encoding = HeaderDecoder::value(headers, u"content-transfer-encoding").toLower();
    const QByteArray *data = &m_data;
    QByteArray decoded;
    ByteRange range = body;
    if (encoding == QLatin1String("base64") || encoding == QLatin1String("quoted-printable")) {
        // Not allowed for message/rfc822 (RFC 2046 §5.2.1), but it is sent: read the decoded
        // bytes, numbered from the part's first line.
        decoded = ContentDecoder::transferDecoded(m_data, body, encoding);
        data = &decoded;
        range = ByteRange{0, decoded.size(), body.firstLine};
    }
    const HeaderBlock block = readHeaders(*data, range);
    if (block.fields.isEmpty())
        return;
    if (depth + 1 < maxDepth && data == &m_data && looksLikeReport(block.fields)) {
        // A bounce inside the input (forwarded, or wrapped by a gateway): read it whole.
        m_result.innerHeaders.append(block.fields);
        const int inner = int(m_result.innerHeaders.size());
        walkEntity(block.fields, contentTypeOf(block.fields), ByteRange{block.bodyBegin, range.end, block.bodyLine}, depth + 1, inner);
        return;
    }
    // A returned message: its header tells who it was sent to; its body is the sender's own text.
    MessageSection section;
    section.role = MessageSection::Role::ReturnedHeaders;
    section.mediaType = QStringLiteral("message/rfc822");
    section.message = message;
    for (const HeaderField &field : block.fields)
        section.lines.append({field.name + QStringLiteral(": ") + field.value, field.line});
    m_lines += section.lines.size();
    m_result.sections.append(section);
}

} // namespace

bool looksLikeReport(const HeaderFields &headers)
{
    const HeaderParameters type = contentTypeOf(headers);
    if (type.value == QLatin1String("multipart/report"))
        return true;
    static const QRegularExpression daemon(QStringLiteral("mailer-daemon|mail delivery (?:subsystem|system)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subject(
        QStringLiteral("undeliver|returned mail|delivery status notification|failure notice|mail delivery failed|"
                       "delivery failure|non-delivery|could not be delivered"),
        QRegularExpression::CaseInsensitiveOption);
    return daemon.match(HeaderDecoder::value(headers, u"from")).hasMatch()
           && subject.match(HeaderDecoder::value(headers, u"subject")).hasMatch();
}

ParsedMessage parse(const QByteArray &data)
{
    return parse(data, ByteRange{0, data.size(), 1});
}

ParsedMessage parse(const QByteArray &data, ByteRange range)
{
    ParsedMessage result;
    const HeaderBlock block = readHeaders(data, range);
    Walker walker(data, result);
    if (!block.fields.isEmpty() && isMessageHeader(block.fields)) {
        result.hasHeaders = true;
        result.headers = block.fields;
        walker.walkEntity(block.fields, contentTypeOf(block.fields), ByteRange{block.bodyBegin, range.end, block.bodyLine}, 0, 0);
        return result;
    }
    walker.walkEntity(HeaderFields{}, HeaderParameters{}, range, 0, 0);
    return result;
}

} // namespace smtpref::Analysis::MimeParser
