#include "dsnparser.h"

#include "codeformat.h"

namespace smtpref::Analysis {

QString DsnGroup::value(QStringView name) const
{
    for (const DsnField &field : fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

int DsnGroup::lineOf(QStringView name) const
{
    for (const DsnField &field : fields) {
        if (field.name == name)
            return field.line;
    }
    return 0;
}

namespace DsnParser {

namespace {

// The recipient fields whose second appearance starts a new group.
bool isRecipientField(const QString &name)
{
    return name == QLatin1String("final-recipient") || name == QLatin1String("original-recipient")
           || name == QLatin1String("action") || name == QLatin1String("status")
           || name == QLatin1String("diagnostic-code") || name == QLatin1String("x-actual-recipient");
}

bool isPerRecipient(const DsnGroup &group)
{
    return group.has(u"final-recipient") || group.has(u"original-recipient") || group.has(u"x-actual-recipient")
           || (group.has(u"action") && group.has(u"status"));
}

// "name: value" with a field name made of letters, digits and hyphens.
bool splitField(const QString &text, QString *name, QString *value)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 40)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = text.at(i);
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    }
    if (!text.at(0).isLetter())
        return false;
    // ASCII only (checked above): lowered directly, without QString's Unicode case mapping.
    *name = text.left(colon);
    for (QChar &c : *name) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    *value = QStringView(text).sliced(colon + 1).trimmed().toString();
    return true;
}

QString statusOf(const QString &value)
{
    // "5.0.0 (Remote SMTP server has rejected address)": the first word is the code.
    const QString word = value.section(QLatin1Char(' '), 0, 0).trimmed();
    const auto code = CodeFormat::parseEnhanced(word);
    if (!code || code->replyClass < 2 || code->replyClass > 5)
        return {};
    if (code->subject == 0 && code->detail >= 900)
        return {}; // a classifier's placeholder, never a server's code
    return QString::number(code->replyClass) + QLatin1Char('.') + QString::number(code->subject) + QLatin1Char('.')
           + QString::number(code->detail);
}

DsnRecipient readRecipient(const DsnGroup &group)
{
    DsnRecipient recipient;
    recipient.line = group.line;
    recipient.finalRecipient = addressOf(group.value(u"final-recipient"));
    recipient.originalRecipient = addressOf(group.value(u"original-recipient"));
    if (recipient.finalRecipient.isEmpty())
        recipient.finalRecipient = addressOf(group.value(u"x-actual-recipient"));
    if (recipient.finalRecipient.isEmpty())
        recipient.finalRecipient = recipient.originalRecipient;
    recipient.action = group.value(u"action").section(QLatin1Char(' '), 0, 0).toLower();
    recipient.status = statusOf(group.value(u"status"));
    const QString statusValue = group.value(u"status");
    const qsizetype open = statusValue.indexOf(QLatin1Char('('));
    if (open > 0 && statusValue.endsWith(QLatin1Char(')')))
        recipient.statusComment = statusValue.mid(open + 1, statusValue.size() - open - 2).trimmed();
    recipient.statusLine = group.lineOf(u"status");
    const QString diagnostic = group.value(u"diagnostic-code");
    recipient.diagnosticLine = group.lineOf(u"diagnostic-code");
    const qsizetype semicolon = diagnostic.indexOf(QLatin1Char(';'));
    if (semicolon > 0 && semicolon < 40 && !diagnostic.left(semicolon).contains(QLatin1Char(' '))) {
        recipient.diagnosticType = diagnostic.left(semicolon).trimmed().toLower();
        recipient.diagnostic = diagnostic.mid(semicolon + 1).trimmed();
    } else {
        recipient.diagnostic = diagnostic.trimmed();
    }
    const QString remote = group.value(u"remote-mta");
    const qsizetype remoteSemicolon = remote.indexOf(QLatin1Char(';'));
    recipient.remoteMta = (remoteSemicolon >= 0 ? remote.mid(remoteSemicolon + 1) : remote).trimmed();
    return recipient;
}

} // namespace

QString addressOf(const QString &value)
{
    QString text = value.trimmed();
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
    if (semicolon >= 0 && semicolon < 20)
        text = text.mid(semicolon + 1).trimmed();
    const qsizetype open = text.indexOf(QLatin1Char('<'));
    const qsizetype close = text.indexOf(QLatin1Char('>'), open + 1);
    if (open >= 0 && close > open)
        text = text.mid(open + 1, close - open - 1);
    // The address ends at the first space, except inside a quoted local part ("a b"@example.org).
    const qsizetype closingQuote = text.startsWith(QLatin1Char('"')) ? text.indexOf(QLatin1Char('"'), 1) : -1;
    const qsizetype space = text.indexOf(QLatin1Char(' '), qMax<qsizetype>(closingQuote, 0));
    if (space > 0)
        text.truncate(space);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(',')))
        text.chop(1);
    if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) && text.size() > 1)
        text = text.mid(1, text.size() - 2);
    return text.trimmed();
}

DeliveryReport parse(const TextLines &lines)
{
    QList<DsnGroup> groups;
    DsnGroup current;
    const auto close = [&] {
        if (!current.fields.isEmpty())
            groups.append(current);
        current = DsnGroup();
    };
    for (const TextLine &line : lines) {
        const QString &text = line.text;
        if (QStringView(text).trimmed().isEmpty()) {
            close();
            continue;
        }
        if ((text.at(0) == QLatin1Char(' ') || text.at(0) == QLatin1Char('\t')) && !current.fields.isEmpty()) {
            DsnField &last = current.fields.last();
            if (last.value.size() < 8192) {
                last.value += QLatin1Char(' ');
                last.value += QStringView(text).trimmed();
            }
            continue;
        }
        QString name;
        QString value;
        if (!splitField(text, &name, &value)) {
            close();
            continue;
        }
        if (isRecipientField(name) && current.has(name))
            close();
        if (current.fields.isEmpty())
            current.line = line.number;
        current.fields.append({name, value, line.number});
    }
    close();

    DeliveryReport report;
    for (const DsnGroup &group : groups) {
        if (isPerRecipient(group)) {
            report.groups.append(group);
            report.recipients.append(readRecipient(group));
        } else if (report.groups.isEmpty() && report.perMessage.fields.isEmpty()) {
            report.perMessage = group;
        }
    }
    const QString reporting = report.perMessage.value(u"reporting-mta");
    const qsizetype semicolon = reporting.indexOf(QLatin1Char(';'));
    report.reportingMta = (semicolon >= 0 ? reporting.mid(semicolon + 1) : reporting).trimmed();
    return report;
}

} // namespace DsnParser
} // namespace smtpref::Analysis
