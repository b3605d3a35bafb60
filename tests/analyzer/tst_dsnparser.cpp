// Delivery status fields (RFC 3464): groups, continuation lines, the fields made usable, and
// what the analyzer makes of a report's recipients.

#include "analyzer.h"
#include "dsnparser.h"

#include <QTest>

using namespace smtpref;
using namespace smtpref::Analysis;

namespace {

TextLines linesOf(const QString &text, int first = 1)
{
    return splitText(text, first);
}

QByteArray report(const QByteArray &fields)
{
    return QByteArray("From: Mail Delivery System <MAILER-DAEMON@mx.example.test>\n"
                      "Subject: Undelivered Mail Returned to Sender\n"
                      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\n"
                      "\n--R\nContent-Type: text/plain\n\nThe mail system\n"
                      "\n--R\nContent-Type: message/delivery-status\n\n"
                      "Reporting-MTA: dns; mx.example.test\n\n")
           + fields + "\n--R--\n";
}

} // namespace

class DsnParserTest : public QObject
{
    Q_OBJECT

private slots:
    void groupsAndContinuations();
    void groupsWithoutBlankLines();
    void addresses_data();
    void addresses();
    void statusField();
    void diagnosticStatusPreferred();
    void genericStatusRefined();
    void placeholderStatusIgnored();
    void successReport();
    void delayedReport();
    void localMailerDiagnostic();
};

void DsnParserTest::groupsAndContinuations()
{
    const DeliveryReport parsed = DsnParser::parse(linesOf(QStringLiteral(
        "Reporting-MTA: dns; mx.example.test\n"
        "Arrival-Date: Thu, 29 Apr 2010 23:34:45 +0900\n"
        "\n"
        "Final-Recipient: rfc822; kijitora@example.test\n"
        "Original-Recipient: rfc822;alias@example.test\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx.example.org\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <kijitora@example.test>:\n"
        "    Recipient address rejected: User unknown\n"), 20));
    QCOMPARE(parsed.reportingMta, QStringLiteral("mx.example.test"));
    QCOMPARE(parsed.recipients.size(), 1);
    const DsnRecipient &recipient = parsed.recipients.front();
    QCOMPARE(recipient.finalRecipient, QStringLiteral("kijitora@example.test"));
    QCOMPARE(recipient.originalRecipient, QStringLiteral("alias@example.test"));
    QCOMPARE(recipient.action, QStringLiteral("failed"));
    QCOMPARE(recipient.status, QStringLiteral("5.1.1"));
    QCOMPARE(recipient.diagnosticType, QStringLiteral("smtp"));
    QCOMPARE(recipient.diagnostic, QStringLiteral("550 5.1.1 <kijitora@example.test>: Recipient address rejected: User unknown"));
    QCOMPARE(recipient.remoteMta, QStringLiteral("mx.example.org"));
    QCOMPARE(recipient.line, 23);
    QCOMPARE(recipient.statusLine, 26);
    QCOMPARE(recipient.diagnosticLine, 28);
}

void DsnParserTest::groupsWithoutBlankLines()
{
    const DeliveryReport parsed = DsnParser::parse(linesOf(QStringLiteral(
        "Final-Recipient: rfc822; a@example.test\nAction: failed\nStatus: 5.1.1\n"
        "Final-Recipient: rfc822; b@example.test\nAction: delayed\nStatus: 4.4.1\n")));
    QCOMPARE(parsed.recipients.size(), 2);
    QCOMPARE(parsed.recipients.at(1).finalRecipient, QStringLiteral("b@example.test"));
    QCOMPARE(parsed.recipients.at(1).action, QStringLiteral("delayed"));
}

void DsnParserTest::addresses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("address");
    QTest::newRow("rfc822") << QStringLiteral("rfc822; a@example.test") << QStringLiteral("a@example.test");
    QTest::newRow("upper case, no space") << QStringLiteral("RFC822;a@example.test") << QStringLiteral("a@example.test");
    QTest::newRow("angle brackets") << QStringLiteral("rfc822; <a@example.test>") << QStringLiteral("a@example.test");
    QTest::newRow("trailing comment") << QStringLiteral("rfc822; a@example.test (alias)") << QStringLiteral("a@example.test");
    QTest::newRow("quoted local part") << QStringLiteral("rfc822; \"a b\"@example.test")
                                       << QStringLiteral("\"a b\"@example.test");
    QTest::newRow("no type") << QStringLiteral("a@example.test") << QStringLiteral("a@example.test");
}

void DsnParserTest::addresses()
{
    QFETCH(QString, value);
    QFETCH(QString, address);
    QCOMPARE(DsnParser::addressOf(value), address);
}

void DsnParserTest::statusField()
{
    const DeliveryReport parsed = DsnParser::parse(linesOf(QStringLiteral(
        "Final-Recipient: rfc822; a@example.test\nAction: failed\nStatus: 5.0.0 (Remote SMTP server has rejected address)\n\n"
        "Final-Recipient: rfc822; b@example.test\nAction: failed\nStatus: five\n")));
    QCOMPARE(parsed.recipients.at(0).status, QStringLiteral("5.0.0"));
    QCOMPARE(parsed.recipients.at(0).statusComment, QStringLiteral("Remote SMTP server has rejected address"));
    QVERIFY(parsed.recipients.at(1).status.isEmpty());
}

void DsnParserTest::diagnosticStatusPreferred()
{
    // The reporting server summed it up as 4.4.7; the remote server said 4.7.1.
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: RFC822; neko@example.org\nAction: failed\nStatus: 4.4.7\n"
        "Diagnostic-Code: SMTP; 450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]\n"));
    QCOMPARE(result.kind, InputKind::Bounce);
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().status, QStringLiteral("4.7.1"));
    QCOMPARE(result.recipients.front().reply, QStringLiteral("450"));
    QCOMPARE(result.recipients.front().reason, QStringLiteral("requireptr"));
    QVERIFY(!result.recipients.front().permanent);
}

void DsnParserTest::genericStatusRefined()
{
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: rfc822;sabineko@example.org\nAction: failed\nStatus: 5.0.0\n"
        "Diagnostic-Code: smtp; 550 5.2.2 <sabineko@example.org>... Mailbox Full\n"));
    QCOMPARE(result.recipients.front().status, QStringLiteral("5.2.2"));
    QCOMPARE(result.recipients.front().reason, QStringLiteral("mailboxfull"));
    QCOMPARE(result.verdict.whoActs, WhoActs::Recipient);
}

void DsnParserTest::placeholderStatusIgnored()
{
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: rfc822; a@example.test\nAction: failed\nStatus: 5.0.910\n"
        "Diagnostic-Code: smtp; 550 rejected by filter\n"));
    QCOMPARE(result.recipients.size(), 1);
    QVERIFY(result.recipients.front().status.isEmpty());
    for (const Finding &finding : result.findings)
        QVERIFY(!finding.status.endsWith(QLatin1String(".910")));
}

void DsnParserTest::successReport()
{
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: rfc822; kijitora@example.test\nAction: delivered\nStatus: 2.1.5\n"
        "Diagnostic-Code: smtp; 250 2.1.5 Ok\n"));
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().reason, QStringLiteral("delivered"));
    QCOMPARE(result.verdict.reason, QStringLiteral("delivered"));
    QCOMPARE(result.verdict.retry, Retry::NotApplicable);
}

void DsnParserTest::delayedReport()
{
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: rfc822; a@example.test\nAction: delayed\nStatus: 4.4.1\n"
        "Diagnostic-Code: X-Postfix; connect to mx.example.test[192.0.2.1]:25: Connection refused\n"));
    const FailedRecipient &recipient = result.recipients.front();
    QCOMPARE(recipient.action, QStringLiteral("delayed"));
    QCOMPARE(recipient.reason, QStringLiteral("networkerror"));
    QVERIFY(!recipient.permanent);
    QCOMPARE(result.verdict.retry, Retry::Automatic);
}

void DsnParserTest::localMailerDiagnostic()
{
    const AnalysisResult result = Analyzer().analyze(report(
        "Final-Recipient: rfc822; a@example.test\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: x-unix; procmail: Couldn't create \"/var/spool/mail/a\": No such user\n"));
    QCOMPARE(result.recipients.front().reason, QStringLiteral("mailererror"));
    QVERIFY(result.recipients.front().reply.isEmpty()); // a program's words, not an SMTP reply
}

QTEST_GUILESS_MAIN(DsnParserTest)
#include "tst_dsnparser.moc"
