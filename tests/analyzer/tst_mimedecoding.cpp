// MIME structure, transfer encodings, charsets and RFC 2047 encoded words, with the input line
// each decoded line comes from.

#include "contentdecoder.h"
#include "headerdecoder.h"
#include "mimeparser.h"

#include <QTest>

using namespace smtpref::Analysis;

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QStringList texts(const TextLines &lines)
{
    QStringList result;
    for (const TextLine &line : lines)
        result.append(line.text);
    return result;
}

QList<int> numbers(const TextLines &lines)
{
    QList<int> result;
    for (const TextLine &line : lines)
        result.append(line.number);
    return result;
}

const MessageSection *sectionOf(const ParsedMessage &message, MessageSection::Role role)
{
    for (const MessageSection &section : message.sections) {
        if (section.role == role)
            return &section;
    }
    return nullptr;
}

} // namespace

class MimeDecodingTest : public QObject
{
    Q_OBJECT

private slots:
    void encodedWords_data();
    void encodedWords();
    void parameters();
    void rfc2231Parameters();
    void quotedPrintableKeepsLineNumbers();
    void base64KeepsLineNumbers();
    void declaredCharsets_data();
    void declaredCharsets();
    void undeclaredEightBitGuessed();
    void utf16Body();
    void multipartReportRoles();
    void truncatedMultipart();
    void missingBoundaryReadAsText();
    void alternativePrefersPlainText();
    void lineEndingsNumberedAlike();
    void headerlessInputIsText();
    void mboxSeparatorSkipped();
};

void MimeDecodingTest::encodedWords_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8 base64") << QByteArray("=?UTF-8?B?44Gr44KD44KT44GT?=") << QStringLiteral("にゃんこ");
    QTest::newRow("q with underscores") << QByteArray("=?iso-8859-1?Q?Caf=E9_cr=E8me?=") << QStringLiteral("Café crème");
    QTest::newRow("adjacent words joined") << QByteArray("=?utf-8?Q?Mail?= =?utf-8?Q?_delivery?=")
                                           << QStringLiteral("Mail delivery");
    QTest::newRow("character split between words") << QByteArray("=?utf-8?B?0J/RgNC4?= =?utf-8?B?0LLQtdGC?=")
                                                   << QStringLiteral("Привет");
    QTest::newRow("iso-2022-jp") << QByteArray("=?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=") << QStringLiteral("テスト");
    QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("Привет");
    QTest::newRow("text around words") << QByteArray("Re: =?utf-8?Q?d=C3=A9j=C3=A0?= vu")
                                       << QStringLiteral("Re: déjà vu");
    QTest::newRow("language suffix") << QByteArray("=?utf-8*en?Q?hello?=") << QStringLiteral("hello");
    QTest::newRow("broken word left alone") << QByteArray("=?utf-8?X?abc?= and =?oops") << QStringLiteral("=?utf-8?X?abc?= and =?oops");
    QTest::newRow("raw utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f" "e") << QStringLiteral("Grüße");
    QTest::newRow("raw latin-1") << QByteArray("Gr\xfc\xdf" "e") << QStringLiteral("Grüße");
}

void MimeDecodingTest::encodedWords()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    QCOMPARE(HeaderDecoder::decode(raw), expected);
}

void MimeDecodingTest::parameters()
{
    const HeaderParameters type = HeaderDecoder::parameters(
        QStringLiteral("Multipart/Report; report-type=delivery-status;\tboundary=\"A5DF.1795/mx.example.test\"; x=\"a;b\""));
    QCOMPARE(type.value, QStringLiteral("multipart/report"));
    QCOMPARE(type.parameters.value(QStringLiteral("report-type")), QStringLiteral("delivery-status"));
    QCOMPARE(type.parameters.value(QStringLiteral("boundary")), QStringLiteral("A5DF.1795/mx.example.test"));
    QCOMPARE(type.parameters.value(QStringLiteral("x")), QStringLiteral("a;b"));
}

void MimeDecodingTest::rfc2231Parameters()
{
    const HeaderParameters disposition = HeaderDecoder::parameters(
        QStringLiteral("attachment; filename*0*=utf-8''%D0%BE%D1%82%D1%87; filename*1=\"et.txt\""));
    QCOMPARE(disposition.parameters.value(QStringLiteral("filename")), QStringLiteral("отчet.txt"));
}

void MimeDecodingTest::quotedPrintableKeepsLineNumbers()
{
    const QByteArray body("first line=\n continued=3D here\nsecond =C3=A9t=C3=A9\n=\nthird\n");
    bool truncated = false;
    const TextLines lines = ContentDecoder::decode(body, ByteRange{0, body.size(), 10},
                                                   {QStringLiteral("Quoted-Printable"), QStringLiteral("utf-8"), 1000},
                                                   &truncated);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("first line continued= here"), QStringLiteral("second été"),
                                        QStringLiteral("third")}));
    QCOMPARE(numbers(lines), (QList<int>{10, 12, 14})); // line 13 holds only a soft break
    QVERIFY(!truncated);
}

void MimeDecodingTest::base64KeepsLineNumbers()
{
    // "line one\nline two\nline three\n" in base64, wrapped every 16 characters.
    const QByteArray encoded = QByteArray("line one\nline two\nline three\n").toBase64();
    QByteArray body;
    for (qsizetype i = 0; i < encoded.size(); i += 16)
        body += encoded.mid(i, 16) + "\n";
    bool truncated = false;
    const TextLines lines = ContentDecoder::decode(body, ByteRange{0, body.size(), 1},
                                                   {QStringLiteral("base64"), QString(), 1000}, &truncated);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("line one"), QStringLiteral("line two"), QStringLiteral("line three")}));
    // Each decoded line is numbered with the encoded line its first byte came from.
    QCOMPARE(numbers(lines), (QList<int>{1, 1, 2}));
}

void MimeDecodingTest::declaredCharsets_data()
{
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("windows-1251") << QStringLiteral("windows-1251") << QByteArray("\xcf\xf0\xe8\xe2\xe5\xf2")
                                  << QStringLiteral("Привет");
    QTest::newRow("koi8-r") << QStringLiteral("KOI8-R") << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << QStringLiteral("Привет");
    QTest::newRow("shift_jis") << QStringLiteral("Shift_JIS") << QByteArray("\x83\x65\x83\x58\x83\x67") << QStringLiteral("テスト");
    QTest::newRow("iso-2022-jp") << QStringLiteral("iso-2022-jp") << QByteArray("\x1b$B%F%9%H\x1b(B") << QStringLiteral("テスト");
    QTest::newRow("quoted name") << QStringLiteral("\"utf-8\"") << QByteArray("\xc3\xa9") << QStringLiteral("é");
    QTest::newRow("unknown name") << QStringLiteral("x-no-such-charset") << QByteArray("\xc3\xa9") << QStringLiteral("é");
}

void MimeDecodingTest::declaredCharsets()
{
    QFETCH(QString, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(HeaderDecoder::decodeCharset(bytes, charset), expected);
    bool truncated = false;
    const TextLines lines = ContentDecoder::decode(bytes, ByteRange{0, bytes.size(), 1}, {QString(), charset, 10}, &truncated);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.front().text, expected);
}

void MimeDecodingTest::undeclaredEightBitGuessed()
{
    QCOMPARE(HeaderDecoder::decodeCharset(QByteArray("caf\xc3\xa9"), QStringLiteral("us-ascii")), QStringLiteral("café"));
    QCOMPARE(HeaderDecoder::decodeCharset(QByteArray("caf\xe9"), QString()), QStringLiteral("café"));
    QCOMPARE(HeaderDecoder::decodeCharset(QByteArray("\x1b$B%F%9%H\x1b(B"), QString()), QStringLiteral("テスト"));
}

void MimeDecodingTest::utf16Body()
{
    const QString text = QStringLiteral("550 5.1.1 ユーザー不明\nsecond");
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    bytes.prepend("\xff\xfe");
    const QByteArray body = bytes.toBase64();
    bool truncated = false;
    const TextLines lines = ContentDecoder::decode(body, ByteRange{0, body.size(), 7},
                                                   {QStringLiteral("base64"), QStringLiteral("utf-16"), 100}, &truncated);
    QCOMPARE(texts(lines), (QStringList{QStringLiteral("550 5.1.1 ユーザー不明"), QStringLiteral("second")}));
    QCOMPARE(lines.front().number, 7);
}

void MimeDecodingTest::multipartReportRoles()
{
    const QByteArray message(
        "From: MAILER-DAEMON@mx.example.test\n"                                    // 1
        "Subject: Undelivered Mail Returned to Sender\n"                           // 2
        "Content-Type: multipart/report; report-type=delivery-status;\n"           // 3
        "\tboundary=\"XYZ\"\n"                                                     // 4
        "\n"                                                                       // 5
        "preamble\n"                                                               // 6
        "--XYZ\n"                                                                  // 7
        "Content-Type: text/plain; charset=utf-8\n"                                // 8
        "Content-Transfer-Encoding: quoted-printable\n"                            // 9
        "\n"                                                                       // 10
        "<a@example.test>: host mx said: 550 5.1.1 unknown =E2=80=94 sorry\n"      // 11
        "--XYZ\n"                                                                  // 12
        "Content-Type: message/delivery-status\n"                                  // 13
        "\n"                                                                       // 14
        "Final-Recipient: rfc822; a@example.test\n"                                // 15
        "Status: 5.1.1\n"                                                          // 16
        "--XYZ\n"                                                                  // 17
        "Content-Type: message/rfc822\n"                                           // 18
        "\n"                                                                       // 19
        "To: a@example.test\n"                                                     // 20
        "Subject: =?utf-8?Q?h=C3=A9llo?=\n"                                        // 21
        "\n"                                                                       // 22
        "550 this is the sender's own text, never a reply\n"                       // 23
        "--XYZ--\n");
    const ParsedMessage parsed = MimeParser::parse(message);
    QVERIFY(parsed.hasHeaders);
    QCOMPARE(parsed.sections.size(), 3);
    const MessageSection *text = sectionOf(parsed, MessageSection::Role::Text);
    QVERIFY(text);
    QCOMPARE(text->lines.front().text, QStringLiteral("<a@example.test>: host mx said: 550 5.1.1 unknown — sorry"));
    QCOMPARE(text->lines.front().number, 11);
    const MessageSection *report = sectionOf(parsed, MessageSection::Role::DeliveryStatus);
    QVERIFY(report);
    QCOMPARE(report->lines.at(1).number, 16);
    const MessageSection *returned = sectionOf(parsed, MessageSection::Role::ReturnedHeaders);
    QVERIFY(returned);
    QVERIFY(texts(returned->lines).contains(QStringLiteral("subject: héllo")));
    for (const MessageSection &section : parsed.sections)
        QVERIFY(!texts(section.lines).join(QLatin1Char(' ')).contains(QLatin1String("never a reply")));
}

void MimeDecodingTest::truncatedMultipart()
{
    const QByteArray message(
        "From: MAILER-DAEMON@mx.example.test\n"
        "Content-Type: multipart/report; boundary=B\n"
        "\n"
        "--B\n"
        "Content-Type: text/plain\n"
        "\n"
        "The mail system\n"
        "--B\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Final-Recipient: rfc822; a@example.test\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 mailbox ful");
    const ParsedMessage parsed = MimeParser::parse(message);
    const MessageSection *report = sectionOf(parsed, MessageSection::Role::DeliveryStatus);
    QVERIFY(report);
    QCOMPARE(report->lines.last().text, QStringLiteral("Diagnostic-Code: smtp; 552 5.2.2 mailbox ful"));
}

void MimeDecodingTest::missingBoundaryReadAsText()
{
    const QByteArray message("From: a@example.test\nContent-Type: multipart/report; boundary=\"nowhere\"\n\n"
                             "Final-Recipient: rfc822; b@example.test\nStatus: 5.1.1\n");
    const ParsedMessage parsed = MimeParser::parse(message);
    QCOMPARE(parsed.sections.size(), 1);
    QCOMPARE(parsed.sections.front().role, MessageSection::Role::Text);
    QCOMPARE(parsed.sections.front().lines.front().number, 4);
}

void MimeDecodingTest::alternativePrefersPlainText()
{
    const QByteArray message(
        "From: a@example.test\nContent-Type: multipart/alternative; boundary=b\n\n"
        "--b\nContent-Type: text/html\n\n<p>html 550</p>\n"
        "--b\nContent-Type: text/plain\n\nplain 550\n--b--\n");
    const ParsedMessage parsed = MimeParser::parse(message);
    QCOMPARE(parsed.sections.size(), 1);
    QCOMPARE(parsed.sections.front().lines.front().text, QStringLiteral("plain 550"));

    const QByteArray htmlOnly("From: a@example.test\nContent-Type: text/html\n\n"
                              "<html><style>p {}</style><p>550 5.1.1 &lt;a@example.test&gt;</p></html>\n");
    const ParsedMessage html = MimeParser::parse(htmlOnly);
    QCOMPARE(html.sections.front().lines.front().text.trimmed(), QStringLiteral("550 5.1.1 <a@example.test>"));
}

void MimeDecodingTest::lineEndingsNumberedAlike()
{
    const QByteArray lf("From: MAILER-DAEMON@x.test\nSubject: failure notice\n\nline three\n\nline five\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    for (const QByteArray &variant : {lf, crlf(lf), cr}) {
        const ParsedMessage parsed = MimeParser::parse(variant);
        QVERIFY(parsed.hasHeaders);
        QCOMPARE(texts(parsed.sections.front().lines), (QStringList{QStringLiteral("line three"), QString(), QStringLiteral("line five")}));
        QCOMPARE(numbers(parsed.sections.front().lines), (QList<int>{4, 5, 6}));
    }
}

void MimeDecodingTest::headerlessInputIsText()
{
    const ParsedMessage reply = MimeParser::parse("550-5.7.26 Unauthenticated email is not accepted\n");
    QVERIFY(!reply.hasHeaders);
    QCOMPARE(reply.sections.size(), 1);
    // DSN fields alone are a report pasted without its message, not a message header.
    const ParsedMessage fields = MimeParser::parse("Final-Recipient: rfc822; a@example.test\nAction: failed\nStatus: 5.1.1\n");
    QVERIFY(!fields.hasHeaders);
    QCOMPARE(fields.sections.front().lines.size(), 3);
}

void MimeDecodingTest::mboxSeparatorSkipped()
{
    const ParsedMessage parsed = MimeParser::parse("From MAILER-DAEMON  Sat Nov 28 22:07:18 2026\nFrom: MAILER-DAEMON@x.test\n"
                                                   "Subject: Undelivered Mail Returned to Sender\n\nbody\n");
    QVERIFY(parsed.hasHeaders);
    QCOMPARE(HeaderDecoder::value(parsed.headers, u"subject"), QStringLiteral("Undelivered Mail Returned to Sender"));
    QCOMPARE(parsed.sections.front().lines.front().number, 5);
}

QTEST_GUILESS_MAIN(MimeDecodingTest)
#include "tst_mimedecoding.moc"
