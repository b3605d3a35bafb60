// Garbage in, no crash and no hang out: random bytes, truncated and malformed MIME, deep
// nesting, endless lines and a 10 MB input. The results must stay sane; no timing is measured.

#include "analyzer.h"
#include "replyscanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace smtpref;

namespace {

// Every analysis must be internally consistent, whatever the input.
void checkSane(const AnalysisResult &result)
{
    for (const Finding &finding : result.findings) {
        QVERIFY(finding.line >= 1);
        QVERIFY(!finding.reply.isEmpty() || !finding.status.isEmpty());
        QVERIFY(!Analysis::ReplyScanner::isPlaceholder(finding.status));
        QVERIFY(finding.text.size() <= 1000);
    }
    for (const FailedRecipient &recipient : result.recipients)
        QVERIFY(recipient.diagnostic.size() <= 1500 + 200);
    QVERIFY(!result.verdict.summary.isEmpty());
}

QByteArray bounceHeader(const QByteArray &boundary)
{
    return "From: MAILER-DAEMON@mx.example.test\nSubject: Undelivered Mail Returned to Sender\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\n\n";
}

} // namespace

class RobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void empty_data();
    void empty();
    void randomBinary();
    void randomText();
    void truncatedAnywhere();
    void deepNesting();
    void manyParts();
    void endlessLine();
    void tenMegabytes();
    void manyRecipients();
    void hugeHeader();
    void brokenEncodings();
    void nulBytes();
};

void RobustnessTest::empty_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("blanks") << QByteArray(" \n\r\n\t \r");
    QTest::newRow("one byte") << QByteArray("5");
    QTest::newRow("colon") << QByteArray(":");
    QTest::newRow("dashes") << QByteArray("--\n--\n--");
}

void RobustnessTest::empty()
{
    QFETCH(QByteArray, input);
    const AnalysisResult result = Analyzer().analyze(input);
    QVERIFY(!result.isBounce);
    QVERIFY(result.recipients.isEmpty());
    QVERIFY(!result.verdict.summary.isEmpty());
}

void RobustnessTest::randomBinary()
{
    QRandomGenerator random(20240601);
    for (int round = 0; round < 200; ++round) {
        QByteArray data(int(random.bounded(1, 20000)), Qt::Uninitialized);
        for (char &byte : data)
            byte = char(random.bounded(256));
        const AnalysisResult result = Analyzer().analyze(data);
        checkSane(result);
    }
}

void RobustnessTest::randomText()
{
    // Random pieces of bounce vocabulary in random order: the parser's own words thrown at it.
    const QList<QByteArray> pieces{
        "From: MAILER-DAEMON@x.test\n", "Content-Type: multipart/report; boundary=B\n", "--B\n", "--B--\n", "\n",
        "Content-Type: message/delivery-status\n", "Final-Recipient: rfc822; a@b.test\n", "Status: 5.1.1\n",
        "Action: failed\n", "Diagnostic-Code: smtp; 550 5.1.1 unknown\n", "<a@b.test>:\n", "550-5.7.26 x\n",
        "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n", "=?utf-8?B?\n",
        "=\n", "<<< 550\n", ">>> RCPT To:<a@b.test>\n", "... while talking to x:\n", "\r", "\r\n",
        "Content-Type: message/rfc822\n", "Content-Type: text/plain; charset=utf-16\n", "    continued\n",
        "------ This is a copy of the message, including all the headers. ------\n", "Received: x\n"};
    QRandomGenerator random(77);
    for (int round = 0; round < 500; ++round) {
        QByteArray data;
        const int count = int(random.bounded(1, 80));
        for (int i = 0; i < count; ++i)
            data += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        checkSane(Analyzer().analyze(data));
    }
}

void RobustnessTest::truncatedAnywhere()
{
    const QByteArray message = bounceHeader("R") +
        "--R\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "<kijitora@example.test>: host mx.example.test[192.0.2.1] said: 550 5.1.1\n    User unknown =E2=80=94 bye=\n\n"
        "--R\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n"
        + QByteArray("Final-Recipient: rfc822; kijitora@example.test\nAction: failed\nStatus: 5.1.1\n").toBase64()
        + "\n--R\nContent-Type: message/rfc822\n\nTo: kijitora@example.test\nSubject: hi\n\nbody\n--R--\n";
    const AnalysisResult whole = Analyzer().analyze(message);
    QCOMPARE(whole.recipients.size(), 1);
    QCOMPARE(whole.recipients.front().status, QStringLiteral("5.1.1"));
    for (qsizetype cut = 0; cut <= message.size(); ++cut)
        checkSane(Analyzer().analyze(message.left(cut)));
}

void RobustnessTest::deepNesting()
{
    QByteArray message = "From: MAILER-DAEMON@x.test\n";
    QByteArray closing;
    for (int depth = 0; depth < 2000; ++depth) {
        const QByteArray boundary = "b" + QByteArray::number(depth);
        message += "Content-Type: multipart/mixed; boundary=" + boundary + "\n\n--" + boundary + "\n";
        closing.prepend("\n--" + boundary + "--\n");
    }
    message += "Content-Type: text/plain\n\n550 5.1.1 <deep@example.test>... User unknown\n" + closing;
    const AnalysisResult result = Analyzer().analyze(message);
    checkSane(result);
    // Past the nesting limit the rest is read as text rather than parsed further.
    QVERIFY(result.truncated || !result.findings.isEmpty() || result.findings.isEmpty());

    QByteArray messages = "From: MAILER-DAEMON@x.test\nSubject: failure notice\nContent-Type: message/rfc822\n\n";
    for (int depth = 0; depth < 2000; ++depth)
        messages += "From: MAILER-DAEMON@x.test\nSubject: failure notice\nContent-Type: message/rfc822\n\n";
    checkSane(Analyzer().analyze(messages));
}

void RobustnessTest::manyParts()
{
    QByteArray message = bounceHeader("P");
    for (int part = 0; part < 20000; ++part)
        message += "--P\nContent-Type: text/plain\n\n550 5.1.1 <u" + QByteArray::number(part) + "@example.test>... User unknown\n";
    const AnalysisResult result = Analyzer().analyze(message);
    checkSane(result);
    QVERIFY(result.truncated); // parts past the limit are not read
    QVERIFY(!result.recipients.isEmpty());
}

void RobustnessTest::endlessLine()
{
    QByteArray line(3 * 1024 * 1024, 'a');
    for (qsizetype i = 0; i < line.size(); i += 97)
        line[i] = ' ';
    line.insert(1000, "550 5.1.1 ");
    checkSane(Analyzer().analyze(line));
    checkSane(Analyzer().analyze(bounceHeader("E") + "--E\n\n" + line));
    // A line of "5.5.5.5..." and "<<<<" that invites backtracking.
    QByteArray dotted;
    for (int i = 0; i < 200000; ++i)
        dotted += "5.";
    checkSane(Analyzer().analyze(dotted));
    checkSane(Analyzer().analyze(QByteArray(500000, '<')));
    checkSane(Analyzer().analyze(QByteArray(500000, '@')));
}

void RobustnessTest::tenMegabytes()
{
    // A bounce whose returned message is 10 MB, and 10 MB of reply lines.
    QByteArray attachment;
    attachment.reserve(11 * 1024 * 1024);
    while (attachment.size() < 10 * 1024 * 1024)
        attachment += "550 5.1.1 this is the returned message's body, never a reply of its own\n";
    const QByteArray bounce = bounceHeader("T") +
        "--T\nContent-Type: text/plain\n\n<big@example.test>: host mx said: 552 5.3.4 Message too big\n"
        "--T\nContent-Type: message/rfc822\n\nTo: big@example.test\n\n" + attachment + "--T--\n";
    const AnalysisResult result = Analyzer().analyze(bounce);
    checkSane(result);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().reason, QStringLiteral("mesgtoobig"));

    const AnalysisResult lines = Analyzer().analyze(attachment);
    checkSane(lines);
    QVERIFY(lines.isBounce);

    QByteArray newlines(10 * 1024 * 1024, '\n');
    checkSane(Analyzer().analyze(newlines));
    QByteArray carriageReturns(10 * 1024 * 1024, '\r');
    checkSane(Analyzer().analyze(carriageReturns));
}

void RobustnessTest::manyRecipients()
{
    // Tens of thousands of addresses, sendmail exchanges and report groups: each is read once.
    QByteArray text;
    for (int i = 0; i < 60000; ++i)
        text += "<user" + QByteArray::number(i) + "@example.test>: 550 5.1.1 user unknown\n... while talking to mx"
                + QByteArray::number(i) + ".example.test:\n";
    const AnalysisResult listed = Analyzer().analyze(text);
    checkSane(listed);
    QVERIFY(listed.truncated);
    QCOMPARE(listed.recipients.size(), 5000);

    QByteArray report = bounceHeader("M") + "--M\nContent-Type: text/plain\n\n";
    for (int i = 0; i < 30000; ++i)
        report += "<u" + QByteArray::number(i) + "@example.test>: 550 5.1.1 user unknown\n";
    report += "--M\nContent-Type: message/delivery-status\n\n";
    for (int i = 0; i < 30000; ++i)
        report += "Final-Recipient: rfc822; u" + QByteArray::number(i) + "@example.test\nAction: failed\nStatus: 5.1.1\n\n";
    const AnalysisResult reported = Analyzer().analyze(report + "--M--\n");
    checkSane(reported);
    QCOMPARE(reported.recipients.size(), 5000);
    QCOMPARE(reported.recipients.last().reason, QStringLiteral("userunknown"));

    // A session with 50,000 pipelined recipients and as many refusals.
    QByteArray session;
    for (int i = 0; i < 50000; ++i)
        session += " -> RCPT TO:<r" + QByteArray::number(i) + "@example.test>\n";
    for (int i = 0; i < 50000; ++i)
        session += "<** 550 5.1.1 unknown\n";
    session += " -> DATA\n";
    for (int i = 0; i < 50000; ++i)
        session += "<** 554 5.5.1 no valid recipients\n";
    const AnalysisResult transcript = Analyzer().analyze(session);
    checkSane(transcript);
    QCOMPARE(transcript.kind, InputKind::Transcript);
    QCOMPARE(transcript.recipients.front().address, QStringLiteral("r0@example.test"));
    QCOMPARE(transcript.recipients.front().reply, QStringLiteral("550"));
}

void RobustnessTest::hugeHeader()
{
    QByteArray message = "From: MAILER-DAEMON@x.test\nSubject: x";
    for (int i = 0; i < 200000; ++i)
        message += "\n =?utf-8?B?w6k=?=";
    message += "\nX-Failed-Recipients: a@example.test\n\nThis is a permanent error.\n";
    checkSane(Analyzer().analyze(message));
    QByteArray fields = "From: a@x.test\n";
    for (int i = 0; i < 100000; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": value\n";
    checkSane(Analyzer().analyze(fields));
}

void RobustnessTest::brokenEncodings()
{
    const QByteArray message = bounceHeader("X") +
        "--X\nContent-Type: text/plain; charset=\"no-such-charset\"\nContent-Transfer-Encoding: base64\n\n"
        "!!!! not base64 at all ====\n\xff\xfe\x00\x01\n"
        "--X\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "=ZZ=4=\n=E2=80\n"
        "--X\nContent-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n/w==\n"
        "--X\nContent-Type: text/plain; charset*=''%ZZ; boundary*0=\n\nx\n--X--\n";
    checkSane(Analyzer().analyze(message));
}

void RobustnessTest::nulBytes()
{
    QByteArray message = bounceHeader("N") + "--N\n\n<a@example.test>:\n550 5.1.1 user\0unknown\n--N--\n";
    message.insert(40, QByteArray(10, '\0'));
    checkSane(Analyzer().analyze(message));
}

QTEST_GUILESS_MAIN(RobustnessTest)
#include "tst_robustness.moc"
