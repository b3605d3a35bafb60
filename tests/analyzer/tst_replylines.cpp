// Reply lines and SMTP transcripts: which numbers are codes, multi-line replies, who said what
// in a session, and what the analyzer concludes from a reply line alone.

#include "analyzer.h"
#include "replyscanner.h"
#include "transcriptscanner.h"

#include <QTest>

using namespace smtpref;
using namespace smtpref::Analysis;

namespace {

QString describe(const QList<CodeMatch> &matches)
{
    QStringList parts;
    for (const CodeMatch &match : matches)
        parts.append(QStringLiteral("%1/%2").arg(match.reply, match.status));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class ReplyLinesTest : public QObject
{
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void continuationFlag();
    void normalize_data();
    void normalize();
    void commands_data();
    void commands();
    void swaksSession();
    void sendmailSession();
    void serverClientSession();
    void pipelinedRecipients();
    void replyLineAlone();
    void multiLineReplyIsOneFinding();
    void replyLineWithoutFailure();
    void exoticPlaceholderNeverACode();
};

void ReplyLinesTest::codes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reply and status") << QStringLiteral("550 5.1.1 <a@b.test>: User unknown") << QStringLiteral("550/5.1.1");
    QTest::newRow("continuation") << QStringLiteral("550-5.7.26 Unauthenticated email") << QStringLiteral("550/5.7.26");
    QTest::newRow("reply alone") << QStringLiteral("421 Service not available") << QStringLiteral("421/");
    QTest::newRow("status alone") << QStringLiteral("Status: 4.4.7") << QStringLiteral("/4.4.7");
    QTest::newRow("qmail") << QStringLiteral(". (#5.5.0)") << QStringLiteral("/5.5.0");
    QTest::newRow("said") << QStringLiteral("remote host 192.0.2.32 said: 550 Unknown user") << QStringLiteral("550/");
    QTest::newRow("exim host") << QStringLiteral("host mx.example.jp [192.0.2.20]: 550 5.7.0 Please use your ISP")
                               << QStringLiteral("550/5.7.0");
    QTest::newRow("diagnostic") << QStringLiteral("smtp; 554 5.7.1 Relay access denied") << QStringLiteral("554/5.7.1");
    QTest::newRow("sendmail inner") << QStringLiteral("554 <a@b.test>... 550 Host unknown") << QStringLiteral("554/ 550/");
    QTest::newRow("zoho") << QStringLiteral("a@b.test Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@b.test>")
                          << QStringLiteral("550/ /5.1.1");
    QTest::newRow("yahoo colon") << QStringLiteral("550: 5.2.2 <a@b.test>... Mailbox Full") << QStringLiteral("550/5.2.2");
    QTest::newRow("repeated prefix once") << QStringLiteral("550-5.7.26 a due to 550-5.7.26 b") << QStringLiteral("550/5.7.26");
    QTest::newRow("version numbers") << QStringLiteral("Postfix 3.7.11, Exim 4.96, sendmail 8.14.4/8.14.4, v2.0.0")
                                     << QString();
    QTest::newRow("addresses and dates") << QStringLiteral("from 192.0.2.5 at 23:45:32 +0900, port 25, 2.0.0.1")
                                         << QString();
    QTest::newRow("sizes and ids") << QStringLiteral("SIZE=1543: id 550abc queued as 250123") << QString();
    QTest::newRow("numbers in prose") << QStringLiteral("Customer Support at 000-000-4401 after 500 tries") << QString();
    QTest::newRow("placeholder") << QStringLiteral("Status: 5.0.910") << QString();
    QTest::newRow("class 3 is no status") << QStringLiteral("version 3.7.11") << QString();
}

void ReplyLinesTest::codes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(ReplyScanner::codes(text)), expected);
}

void ReplyLinesTest::continuationFlag()
{
    const QList<CodeMatch> first = ReplyScanner::codes(QStringLiteral("250-mx.example.test"));
    QVERIFY(first.front().atStart && first.front().continued);
    const QList<CodeMatch> last = ReplyScanner::codes(QStringLiteral("250 CHUNKING"));
    QVERIFY(last.front().atStart && !last.front().continued);
}

void ReplyLinesTest::normalize_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("speaker");
    QTest::newRow("swaks server") << QStringLiteral("<-  250 2.1.0 Ok") << QStringLiteral("250 2.1.0 Ok") << int(Speaker::Server);
    QTest::newRow("swaks error") << QStringLiteral("<** 550 5.1.1 <a@b.test>: unknown") << QStringLiteral("550 5.1.1 <a@b.test>: unknown")
                                 << int(Speaker::Server);
    QTest::newRow("swaks client") << QStringLiteral(" -> RCPT TO:<a@b.test>") << QStringLiteral("RCPT TO:<a@b.test>")
                                  << int(Speaker::Client);
    QTest::newRow("swaks note") << QStringLiteral("=== Connected to 127.0.0.1.") << QStringLiteral("Connected to 127.0.0.1.")
                                << int(Speaker::Note);
    QTest::newRow("sendmail server") << QStringLiteral("<<< 550 5.1.1 User unknown") << QStringLiteral("550 5.1.1 User unknown")
                                     << int(Speaker::Server);
    QTest::newRow("sendmail client") << QStringLiteral(">>> DATA") << QStringLiteral("DATA") << int(Speaker::Client);
    QTest::newRow("quoted sendmail client") << QStringLiteral(">>>> DATA") << QStringLiteral("DATA") << int(Speaker::Client);
    QTest::newRow("quoted server") << QStringLiteral("> <<< 503 5.0.0 Need RCPT") << QStringLiteral("503 5.0.0 Need RCPT")
                                   << int(Speaker::Server);
    QTest::newRow("postfix out") << QStringLiteral(" Out: 451 4.3.0 Error") << QStringLiteral("451 4.3.0 Error") << int(Speaker::Server);
    QTest::newRow("postfix in") << QStringLiteral(" In:  MAIL FROM:<a@b.test>") << QStringLiteral("MAIL FROM:<a@b.test>")
                                << int(Speaker::Client);
    QTest::newRow("S and C") << QStringLiteral("S: 554 5.7.1 denied") << QStringLiteral("554 5.7.1 denied") << int(Speaker::Server);
    QTest::newRow("plain quote") << QStringLiteral("> The original message was received") << QStringLiteral("The original message was received")
                                 << int(Speaker::None);
    QTest::newRow("indented text") << QStringLiteral("    550 5.1.1 wrapped") << QStringLiteral("    550 5.1.1 wrapped")
                                   << int(Speaker::None);
}

void ReplyLinesTest::normalize()
{
    QFETCH(QString, line);
    QFETCH(QString, text);
    QFETCH(int, speaker);
    const ScannedLine scanned = ReplyScanner::normalize(line);
    QCOMPARE(scanned.text, text);
    QCOMPARE(int(scanned.speaker), speaker);
}

void ReplyLinesTest::commands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("command");
    QTest::newRow("postfix") << QStringLiteral("User unknown (in reply to RCPT TO command)") << QStringLiteral("RCPT");
    QTest::newRow("postfix data") << QStringLiteral("(in reply to end of DATA command)") << QStringLiteral("DATA");
    QTest::newRow("exim") << QStringLiteral("SMTP error from remote mail server after MAIL FROM:<a@b.test> SIZE=1543:")
                          << QStringLiteral("MAIL");
    QTest::newRow("exim connect") << QStringLiteral("SMTP error from remote mail server after initial connection:")
                                  << QStringLiteral("CONN");
    QTest::newRow("exim pipelined") << QStringLiteral("after pipelined RCPT TO:<a@b.test>:") << QStringLiteral("RCPT");
    QTest::newRow("qmail") << QStringLiteral("192.0.2.25 does not like recipient.") << QStringLiteral("RCPT");
    QTest::newRow("yahoo") << QStringLiteral("User Unknown [RCPT_TO]") << QStringLiteral("RCPT");
    QTest::newRow("none") << QStringLiteral("550 User unknown") << QString();
}

void ReplyLinesTest::commands()
{
    QFETCH(QString, text);
    QFETCH(QString, command);
    QCOMPARE(ReplyScanner::command(text), command);
}

void ReplyLinesTest::swaksSession()
{
    const TextLines lines = splitText(QStringLiteral(
        "=== Trying 127.0.0.1:25...\n"
        "<-  220 mx.example.test ESMTP\n"
        " -> EHLO client.example.test\n"
        "<-  250-mx.example.test\n"
        "<-  250 SIZE 1000\n"
        " -> MAIL FROM:<a@example.test>\n"
        "<-  250 2.1.0 Ok\n"
        " -> RCPT TO:<ok@example.test>\n"
        "<-  250 2.1.5 Ok\n"
        " -> RCPT TO:<gone@example.test>\n"
        "<** 550 5.1.1 <gone@example.test>: Recipient address rejected: User unknown\n"
        " -> DATA\n"
        "<-  354 End data with <CR><LF>.<CR><LF>\n"
        " -> RCPT TO:<not-a-command-inside-data@example.test>\n"
        " -> .\n"
        "<** 552 5.3.4 Error: message file too big\n"
        " -> QUIT\n"
        "<-  221 2.0.0 Bye\n"), 1);
    const TranscriptResult transcript = TranscriptScanner::scan(lines);
    QVERIFY(transcript.isTranscript);
    QCOMPARE(transcript.recipients.size(), 2);
    QCOMPARE(transcript.recipients.at(1).address, QStringLiteral("gone@example.test"));
    QCOMPARE(transcript.recipients.at(1).reply.reply, QStringLiteral("550"));
    QCOMPARE(transcript.recipients.at(1).reply.command, QStringLiteral("RCPT"));
    // The end of data failed, and with it the recipient that had been accepted.
    QVERIFY(transcript.recipients.at(0).failed);
    QCOMPARE(transcript.recipients.at(0).reply.reply, QStringLiteral("552"));
    QCOMPARE(transcript.recipients.at(0).reply.command, QStringLiteral("DATA"));
    QCOMPARE(transcript.failures.size(), 2);
    QVERIFY(!transcript.delivered);

    const AnalysisResult result = Analyzer().analyze(QByteArray(
        "<-  220 mx.example.test ESMTP\n -> MAIL FROM:<a@example.test>\n<-  250 2.1.0 Ok\n"
        " -> RCPT TO:<gone@example.test>\n<** 550 5.1.1 <gone@example.test>: User unknown\n"));
    QCOMPARE(result.kind, InputKind::Transcript);
    QVERIFY(result.isBounce);
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().reason, QStringLiteral("userunknown"));
    QCOMPARE(result.findings.size(), 3);
    QCOMPARE(result.findings.at(2).line, 5);
}

void ReplyLinesTest::sendmailSession()
{
    const AnalysisResult result = Analyzer().analyze(QByteArray(
        "   ----- Transcript of session follows -----\n"
        "... while talking to mx.example.test.:\n"
        ">>> RCPT To:<kijitora@example.test>\n"
        "<<< 550 5.1.1 <kijitora@example.test>... User unknown\n"
        "550 5.1.1 <kijitora@example.test>... User unknown\n"));
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().address, QStringLiteral("kijitora@example.test"));
    QCOMPARE(result.recipients.front().status, QStringLiteral("5.1.1"));
    QCOMPARE(result.recipients.front().reason, QStringLiteral("userunknown"));
}

void ReplyLinesTest::serverClientSession()
{
    const TranscriptResult transcript = TranscriptScanner::scan(splitText(QStringLiteral(
        "S: 220 mx.example.test\nC: EHLO me.example.test\nS: 250 ok\nC: MAIL FROM:<a@example.test>\n"
        "S: 553 5.7.1 Sender address rejected: not owned by user\n"), 1));
    QVERIFY(transcript.isTranscript);
    QCOMPARE(transcript.failures.size(), 1);
    QCOMPARE(transcript.failures.front().command, QStringLiteral("MAIL"));
    QCOMPARE(transcript.failures.front().status, QStringLiteral("5.7.1"));
}

void ReplyLinesTest::pipelinedRecipients()
{
    // Replies in the order of the commands they answer: each RCPT gets its own.
    const TranscriptResult transcript = TranscriptScanner::scan(splitText(QStringLiteral(
        "C: MAIL FROM:<a@example.test>\nC: RCPT TO:<one@example.test>\nC: RCPT TO:<two@example.test>\n"
        "S: 250 2.1.0 Ok\n"), 1));
    QCOMPARE(transcript.recipients.size(), 2);
}

void ReplyLinesTest::replyLineAlone()
{
    const AnalysisResult result = Analyzer().analyzeText(QStringLiteral(
        "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown in local recipient table"));
    QCOMPARE(result.kind, InputKind::ReplyText);
    QVERIFY(result.isBounce);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.front().reply, QStringLiteral("550"));
    QCOMPARE(result.findings.front().status, QStringLiteral("5.1.1"));
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().address, QStringLiteral("nobody@example.test"));
    QCOMPARE(result.verdict.reason, QStringLiteral("userunknown"));
    QVERIFY(result.verdict.hard);
    QCOMPARE(result.verdict.retry, Retry::Never);
    QCOMPARE(result.verdict.whoActs, WhoActs::Sender);
}

void ReplyLinesTest::multiLineReplyIsOneFinding()
{
    const AnalysisResult result = Analyzer().analyzeText(QStringLiteral(
        "550-5.7.26 Unauthenticated email from example.test is not accepted due to\r\n"
        "550-5.7.26 domain's DMARC policy. Please contact the administrator of\r\n"
        "550 5.7.26 example.test domain if this was a legitimate mail.\r\n"));
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.front().line, 1);
    QCOMPARE(result.findings.front().text,
             QStringLiteral("550-5.7.26 Unauthenticated email from example.test is not accepted due to domain's DMARC policy. "
                            "Please contact the administrator of example.test domain if this was a legitimate mail."));
    QCOMPARE(result.verdict.reason, QStringLiteral("authfailure"));
    QCOMPARE(result.verdict.whoActs, WhoActs::SenderAdmin);
}

void ReplyLinesTest::replyLineWithoutFailure()
{
    const AnalysisResult result = Analyzer().analyzeText(QStringLiteral("250 2.0.0 Ok: queued as 4F1A2"));
    QCOMPARE(result.findings.size(), 1);
    QVERIFY(!result.isBounce);
    QVERIFY(result.recipients.isEmpty());
    QVERIFY(result.verdict.reason.isEmpty());
}

void ReplyLinesTest::exoticPlaceholderNeverACode()
{
    const AnalysisResult result = Analyzer().analyzeText(QStringLiteral("Status: 5.0.947\n550 5.0.911 made up\n"));
    for (const Finding &finding : result.findings)
        QVERIFY(!ReplyScanner::isPlaceholder(finding.status) && finding.status.isEmpty());
}

QTEST_GUILESS_MAIN(ReplyLinesTest)
#include "tst_replylines.moc"
