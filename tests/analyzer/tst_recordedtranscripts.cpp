// Sessions, a bounce and a log recorded from a real Postfix on the loopback address
// (data/transcripts/README.md says how): the analyzer must read what the server really said.

#include "analyzer.h"

#include <QFile>
#include <QTest>

using namespace smtpref;

namespace {

QByteArray recording(const QString &name)
{
    QFile file(QStringLiteral(SMTPREF_SOURCE_DIR "/tests/analyzer/data/transcripts/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const FailedRecipient *recipientOf(const AnalysisResult &result, const QString &address)
{
    for (const FailedRecipient &recipient : result.recipients) {
        if (recipient.address == address && recipient.action != QLatin1String("delivered"))
            return &recipient;
    }
    return nullptr;
}

} // namespace

class RecordedTranscriptsTest : public QObject
{
    Q_OBJECT

private slots:
    void rejections_data();
    void rejections();
    void delivered();
    void mixedRecipients();
    void tooManyRecipients();
    void postfixBounce();
    void serverLog();
};

void RecordedTranscriptsTest::rejections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("hard");
    QTest::newRow("unknown user") << "unknown-user.txt" << "nobody-here@smtpref.test" << "550" << "5.1.1" << "RCPT"
                                  << "userunknown" << true;
    QTest::newRow("relay denied") << "relay-denied.txt" << "someone@example.com" << "554" << "5.7.1" << "RCPT"
                                  << "norelaying" << false;
    QTest::newRow("access denied") << "access-denied.txt" << "blocked@smtpref.test" << "554" << "5.7.1" << "RCPT"
                                   << "userunknown" << true;
    QTest::newRow("sender rejected") << "sender-rejected.txt" << "bob@smtpref.test" << "554" << "5.7.1" << "RCPT"
                                     << "rejected" << false;
    QTest::newRow("client rejected") << "client-rejected.txt" << "bob@smtpref.test" << "554" << "5.7.1" << "RCPT"
                                     << "blocked" << false;
    QTest::newRow("helo rejected") << "helo-rejected.txt" << "bob@smtpref.test" << "504" << "5.5.2" << "RCPT"
                                   << "blocked" << false;
    QTest::newRow("message too big") << "message-too-big.txt" << "bob@smtpref.test" << "552" << "5.3.4" << "DATA"
                                     << "mesgtoobig" << false;
}

void RecordedTranscriptsTest::rejections()
{
    QFETCH(QString, file);
    QFETCH(QString, address);
    QFETCH(QString, reply);
    QFETCH(QString, status);
    QFETCH(QString, command);
    QFETCH(QString, reason);
    QFETCH(bool, hard);
    const QByteArray data = recording(file);
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    const AnalysisResult result = Analyzer().analyze(data);
    QCOMPARE(result.kind, InputKind::Transcript);
    QVERIFY(result.isBounce);
    const FailedRecipient *recipient = recipientOf(result, address);
    QVERIFY2(recipient, qPrintable(address));
    QCOMPARE(recipient->reply, reply);
    QCOMPARE(recipient->status, status);
    QCOMPARE(recipient->command, command);
    QCOMPARE(recipient->reason, reason);
    QCOMPARE(recipient->hard, hard);
    QVERIFY(recipient->permanent);
    QCOMPARE(result.verdict.reason, reason);
    // The greeting, the EHLO lines (one multi-line reply), MAIL, ... each a finding in order.
    QVERIFY(result.findings.size() >= 4);
    QCOMPARE(result.findings.front().reply, QStringLiteral("220"));
    QCOMPARE(result.findings.front().line, 3);
    // The refusal is among them, its text without swaks' "<**" marker.
    bool found = false;
    for (const Finding &finding : result.findings) {
        if (finding.reply == reply && finding.status == status) {
            found = true;
            QVERIFY(finding.text.startsWith(reply + QLatin1Char(' ') + status));
        }
    }
    QVERIFY(found);
}

void RecordedTranscriptsTest::delivered()
{
    const AnalysisResult result = Analyzer().analyze(recording(QStringLiteral("delivered.txt")));
    QCOMPARE(result.kind, InputKind::Transcript);
    QVERIFY(!result.isBounce);
    QCOMPARE(result.verdict.reason, QStringLiteral("delivered"));
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.front().action, QStringLiteral("delivered"));
    // The message's own lines, sent after DATA, are not replies.
    for (const Finding &finding : result.findings)
        QVERIFY(!finding.text.contains(QLatin1String("Hello Bob")));
}

void RecordedTranscriptsTest::mixedRecipients()
{
    const AnalysisResult result = Analyzer().analyze(recording(QStringLiteral("mixed-recipients.txt")));
    QVERIFY(result.isBounce);
    QCOMPARE(result.recipients.size(), 2);
    QCOMPARE(result.recipients.at(0).action, QStringLiteral("delivered"));
    const FailedRecipient *failed = recipientOf(result, QStringLiteral("nobody-here@smtpref.test"));
    QVERIFY(failed);
    QCOMPARE(failed->reason, QStringLiteral("userunknown"));
    QCOMPARE(result.verdict.reason, QStringLiteral("userunknown"));
}

void RecordedTranscriptsTest::tooManyRecipients()
{
    const AnalysisResult result = Analyzer().analyze(recording(QStringLiteral("too-many-recipients.txt")));
    const FailedRecipient *fourth = recipientOf(result, QStringLiteral("bob+4@smtpref.test"));
    QVERIFY(fourth);
    QCOMPARE(fourth->reply, QStringLiteral("452"));
    QCOMPARE(fourth->status, QStringLiteral("4.5.3"));
    QCOMPARE(fourth->reason, QStringLiteral("toomanyconn"));
    QCOMPARE(fourth->action, QStringLiteral("delayed"));
    QVERIFY(!fourth->permanent);
    QCOMPARE(result.verdict.retry, Retry::Automatic);
    QVERIFY(!recipientOf(result, QStringLiteral("bob+1@smtpref.test")));
}

void RecordedTranscriptsTest::postfixBounce()
{
    const AnalysisResult result = Analyzer().analyze(recording(QStringLiteral("postfix-bounce-mailbox-full.eml")));
    QCOMPARE(result.kind, InputKind::Bounce);
    QVERIFY(result.isBounce);
    QCOMPARE(result.subject, QStringLiteral("Undelivered Mail Returned to Sender"));
    QCOMPARE(result.recipients.size(), 1);
    const FailedRecipient &bob = result.recipients.front();
    QCOMPARE(bob.address, QStringLiteral("bob@smtpref.test"));
    QCOMPARE(bob.action, QStringLiteral("failed"));
    QCOMPARE(bob.status, QStringLiteral("5.2.2"));
    QVERIFY(bob.reply.isEmpty()); // a local delivery: no SMTP reply
    QCOMPARE(bob.reason, QStringLiteral("mailboxfull"));
    QCOMPARE(result.verdict.whoActs, WhoActs::Recipient);
    // "Status: 5.2.2" on line 50 of the file is the one code in it.
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.front().line, 50);
    QCOMPARE(result.findings.front().status, QStringLiteral("5.2.2"));
}

void RecordedTranscriptsTest::serverLog()
{
    const AnalysisResult result = Analyzer().analyze(recording(QStringLiteral("postfix-server.log")));
    QCOMPARE(result.kind, InputKind::Log);
    QVERIFY(result.isBounce);
    QStringList seen;
    for (const FailedRecipient &recipient : result.recipients)
        seen.append(QStringLiteral("%1 %2 %3 %4").arg(recipient.address, recipient.reply, recipient.status, recipient.reason));
    for (const char *expected : {"nobody-here@smtpref.test 550 5.1.1 userunknown", "someone@example.com 554 5.7.1 norelaying",
                                 "bob@smtpref.test 504 5.5.2 blocked", "bob@smtpref.test  5.2.2 mailboxfull",
                                 "bob@smtpref.test 554 5.7.1 rejected"}) {
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
    }
    // Deliveries ("status=sent") are not failures.
    for (const FailedRecipient &recipient : result.recipients)
        QVERIFY(recipient.address != QLatin1String("alice@smtpref.test"));
}

QTEST_GUILESS_MAIN(RecordedTranscriptsTest)
#include "tst_recordedtranscripts.moc"
