#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace smtpref {

// Where each value of a JSON text starts, by JSON pointer ("/notes/3/text"), so a problem
// found after parsing (QJsonDocument keeps no positions) can name its line. For an object's
// member the line is the key's.
class JsonLocator
{
public:
    // json must be valid JSON (QJsonDocument parsed it).
    explicit JsonLocator(const QByteArray &json);

    // The line (from 1) of the value at pointer, or of its nearest enclosing value that is
    // in the text: a missing member is reported on its object's line.
    int lineOf(QString pointer) const;

    // The line (from 1) of a byte offset, such as QJsonParseError::offset.
    static int lineAt(const QByteArray &json, qsizetype offset);
    // The JSON pointer of an object member or array item below parent.
    static QString child(const QString &parent, const QString &key);
    static QString child(const QString &parent, qsizetype index);

private:
    void skipSpace();
    void value(const QString &pointer);
    QString string();

    const QByteArray m_json;
    qsizetype m_position = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace smtpref
