// Naming the reason: phrases per reason, the enhanced status fallback, the SMTP command's
// say, and what each reason means for who acts and whether to retry.

#include "reasonadvice.h"
#include "reasonclassifier.h"

#include <QTest>

using namespace smtpref;
using namespace smtpref::Analysis;

class ReasonsTest : public QObject
{
    Q_OBJECT

private slots:
    void phrases_data();
    void phrases();
    void statusFallback_data();
    void statusFallback();
    void commandDecides();
    void localMailer();
    void delayedWithoutWords();
    void nothingSaid();
    void advice_data();
    void advice();
    void vocabularyIsComplete();
};

void ReasonsTest::phrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *tag, const char *text, const char *reason) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromLatin1(reason);
    };
    row("user unknown", "550 5.1.1 <a@b.test>: Recipient address rejected: User unknown in local recipient table", "userunknown");
    row("gmail no such account", "550-5.1.1 The email account that you tried to reach does not exist.", "userunknown");
    row("over quota", "552 sorry, mailbox a@b.test is over quota temporarily (#5.1.1)", "mailboxfull");
    row("quota beats unknown", "550 5.1.1 user unknown, mailbox is full", "mailboxfull");
    row("dmarc", "550-5.7.26 Unauthenticated email from x.test is not accepted due to domain's DMARC policy", "authfailure");
    row("spf", "550 5.7.1 SPF check failed for 192.0.2.1", "authfailure");
    row("ptr", "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", "requireptr");
    row("spamhaus", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked");
    row("relay", "554 5.7.1 <x@example.com>: Relay access denied", "norelaying");
    row("sender", "553 5.1.8 <a@b.test>: Sender address rejected: Domain not found", "rejected");
    row("size", "552 5.3.4 Message size exceeds fixed limit", "mesgtoobig");
    row("recipient size", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "exceedlimit");
    row("virus", "554 5.7.1 Virus detected: Eicar-Test-Signature", "virusdetected");
    row("spam", "550 5.7.1 Message rejected as spam by Content Filtering", "spamdetected");
    row("rfc 5322", "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers.", "notcompliantrfc");
    row("disabled", "550 5.2.1 The email account that you tried to reach is disabled.", "suspend");
    row("moved", "550 5.1.6 recipient no longer on server: a@b.test", "hasmoved");
    row("rate", "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages", "speeding");
    row("connections", "421 4.7.0 Too many connections from your IP", "toomanyconn");
    row("null mx", "556 5.1.10 Recipient address has null MX", "notaccept");
    row("expired", "retry timeout exceeded", "expired");
    row("dns", "Host or domain name not found. Name service error for name=x.test type=A: Host not found", "hostunknown");
    row("dns try again", "Name service error for domain x.test: Host not found, try again", "networkerror");
    row("starttls", "530 5.7.0 Must issue a STARTTLS command first", "failedstarttls");
    row("auth required", "530 5.7.0 Authentication required", "securityerror");
    row("disk", "452 4.3.1 Insufficient system storage", "systemfull");
    row("host names are not words", "antivirus.example.test said: 550 5.1.1 user unknown", "userunknown");
    row("antispam host", "host antispam.example.test[192.0.2.1] said: 550 unknown user", "userunknown");
    row("ip mentioned", "550 5.1.1 <a@b.test>: user unknown (client ip address 192.0.2.1)", "userunknown");
    row("multi-line prefixes", "550-5.7.1 Messages with multiple 550-5.7.1 addresses in From: header are not accepted",
        "notcompliantrfc");
    row("domino", "User kijitora (kijitora@acme.example) not listed in Domino Directory", "userunknown");
    row("greylisting", "451 4.7.1 Greylisted, please try again later", "blocked");
    row("russian words stay undecided", "550 Пользователь не найден", "");
    row("address is not a reason", "550 filtered@example.test", "");
}

void ReasonsTest::phrases()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QCOMPARE(ReasonClassifier::byPhrase(text), reason);
}

void ReasonsTest::statusFallback_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("reason");
    QTest::newRow("X.1.1") << "5.1.1" << "" << "userunknown";
    QTest::newRow("X.1.2") << "5.1.2" << "" << "hostunknown";
    QTest::newRow("X.2.2") << "4.2.2" << "" << "mailboxfull";
    QTest::newRow("X.3.4") << "5.3.4" << "" << "mesgtoobig";
    QTest::newRow("X.4.7") << "4.4.7" << "" << "expired";
    QTest::newRow("X.7.1 at connection") << "5.7.1" << "CONN" << "blocked";
    QTest::newRow("X.7.1 at MAIL") << "5.7.1" << "MAIL" << "rejected";
    QTest::newRow("X.7.1 at RCPT") << "5.7.1" << "RCPT" << "";
    QTest::newRow("X.7.26") << "5.7.26" << "" << "authfailure";
    QTest::newRow("Microsoft 5.7.509") << "5.7.509" << "" << "authfailure";
    QTest::newRow("Microsoft 5.7.606") << "5.7.606" << "" << "blocked";
    QTest::newRow("success") << "2.1.5" << "" << "delivered";
    QTest::newRow("not a status") << "5.x.1" << "" << "";
}

void ReasonsTest::statusFallback()
{
    QFETCH(QString, status);
    QFETCH(QString, command);
    QFETCH(QString, reason);
    QCOMPARE(ReasonClassifier::byStatus(status, command), reason);
}

void ReasonsTest::commandDecides()
{
    ReasonInput input;
    input.diagnostic = QStringLiteral("550 5.1.0 No such domain example.test");
    input.status = QStringLiteral("5.1.0");
    input.command = QStringLiteral("MAIL");
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("rejected")); // the sender's domain

    ReasonInput filter;
    filter.diagnostic = QStringLiteral("550 Unknown user a@b.test");
    filter.command = QStringLiteral("DATA");
    QCOMPARE(ReasonClassifier::classify(filter), QStringLiteral("filtered")); // said after the message was sent
    filter.command = QStringLiteral("RCPT");
    QCOMPARE(ReasonClassifier::classify(filter), QStringLiteral("userunknown"));

    ReasonInput greeting;
    greeting.diagnostic = QStringLiteral("554 mx.example.test");
    greeting.reply = QStringLiteral("554");
    greeting.command = QStringLiteral("CONN");
    QCOMPARE(ReasonClassifier::classify(greeting), QStringLiteral("blocked"));
}

void ReasonsTest::localMailer()
{
    ReasonInput input;
    input.diagnosticType = QStringLiteral("x-unix");
    input.diagnostic = QStringLiteral("procmail: Couldn't create \"/var/spool/mail/a\": No such user");
    input.status = QStringLiteral("5.1.1");
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("mailererror"));
    input.diagnostic = QStringLiteral("input/output error");
    input.status = QStringLiteral("5.2.2");
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("mailboxfull"));
}

void ReasonsTest::delayedWithoutWords()
{
    // A bounce reporting a delay without saying why: in the end the message expires.
    ReasonInput input;
    input.action = QStringLiteral("delayed");
    input.status = QStringLiteral("4.4.1");
    input.diagnostic = QStringLiteral("deferred");
    input.inBounce = true;
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("expired"));
    // The same deferral in a session or a log is only what its status says.
    input.inBounce = false;
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("networkerror"));
}

void ReasonsTest::nothingSaid()
{
    QCOMPARE(ReasonClassifier::classify(ReasonInput()), QStringLiteral("undefined"));
    ReasonInput input;
    input.diagnostic = QStringLiteral("something nobody has a word for");
    QCOMPARE(ReasonClassifier::classify(input), QStringLiteral("onhold"));
}

void ReasonsTest::advice_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("permanent");
    QTest::addColumn<bool>("hard");
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("whoActs");
    QTest::newRow("unknown user") << "userunknown" << true << true << int(Retry::Never) << int(WhoActs::Sender);
    QTest::newRow("unknown user, 4xx") << "userunknown" << false << true << int(Retry::Never) << int(WhoActs::Sender);
    QTest::newRow("mailbox full, 4xx") << "mailboxfull" << false << false << int(Retry::Automatic) << int(WhoActs::Recipient);
    QTest::newRow("mailbox full, 5xx") << "mailboxfull" << true << false << int(Retry::AfterFix) << int(WhoActs::Recipient);
    QTest::newRow("blocked") << "blocked" << true << false << int(Retry::AfterFix) << int(WhoActs::SenderAdmin);
    QTest::newRow("null mx") << "notaccept" << true << true << int(Retry::Never) << int(WhoActs::Sender);
    QTest::newRow("null mx, 4xx") << "notaccept" << false << false << int(Retry::Automatic) << int(WhoActs::Sender);
    QTest::newRow("server error") << "systemerror" << false << false << int(Retry::Automatic) << int(WhoActs::RecipientAdmin);
    QTest::newRow("vacation") << "vacation" << false << false << int(Retry::NotApplicable) << int(WhoActs::Nobody);
}

void ReasonsTest::advice()
{
    QFETCH(QString, reason);
    QFETCH(bool, permanent);
    QFETCH(bool, hard);
    QFETCH(int, retry);
    QFETCH(int, whoActs);
    const ReasonAdvice::Advice advice = ReasonAdvice::of(reason, permanent);
    QCOMPARE(advice.hard, hard);
    QCOMPARE(int(advice.retry), retry);
    QCOMPARE(int(advice.whoActs), whoActs);
    QVERIFY(!advice.name.isEmpty());
    QVERIFY(!advice.advice.isEmpty());
}

void ReasonsTest::vocabularyIsComplete()
{
    // Every reason the analyzer can name has its advice.
    QCOMPARE(ReasonClassifier::vocabulary().size(), 36);
    for (const QString &reason : ReasonClassifier::vocabulary()) {
        const ReasonAdvice::Advice advice = ReasonAdvice::of(reason, true);
        QVERIFY2(!advice.advice.isEmpty(), qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(ReasonsTest)
#include "tst_reasons.moc"
