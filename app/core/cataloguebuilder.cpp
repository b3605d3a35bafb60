#include "cataloguebuilder.h"

#include "catalogueschema.h"
#include "codeformat.h"
#include "sqlconnection.h"
#include "textfold.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace smtpref {

namespace {

class Writer
{
public:
    explicit Writer(QSqlDatabase db) : m_db(std::move(db)) {}

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return fail(query);
        return true;
    }

    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            fail(query);
        return query;
    }

    bool run(QSqlQuery &query, const QVariantList &values)
    {
        // A null QString binds as SQL NULL; the catalogue stores absent text as ''.
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            query.bindValue(i, nullText ? QVariant(QString::fromLatin1("")) : value);
        }
        if (!query.exec())
            return fail(query);
        return true;
    }

    bool fail(const QSqlQuery &query)
    {
        if (m_error.isEmpty())
            m_error = query.lastError().text() + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']');
        return false;
    }

    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

QString ftsTitle(const Entry &english, const Entry &texts)
{
    return TextFold::fold(texts.title + QLatin1Char(' ') + english.provider);
}

QString ftsBody(const Entry &english, const Entry &texts)
{
    const QStringList parts{texts.description, texts.when, texts.fix, texts.retryNote,
                            texts.warning, english.code};
    return TextFold::fold(parts.join(QLatin1Char('\n')));
}

// Field by field, a translation's text where it has one, English otherwise: FTS then
// finds an entry in the reader's language even where only some fields are translated.
Entry mergedTexts(const Entry &english, const Entry &translated)
{
    Entry merged = english;
    const std::pair<QString Entry::*, QString Entry::*> fields[] = {
        {&Entry::title, &Entry::title},         {&Entry::description, &Entry::description},
        {&Entry::when, &Entry::when},           {&Entry::fix, &Entry::fix},
        {&Entry::retryNote, &Entry::retryNote}, {&Entry::warning, &Entry::warning}};
    for (const auto &[target, source] : fields) {
        if (!(translated.*source).isEmpty())
            merged.*target = translated.*source;
    }
    return merged;
}

} // namespace

bool CatalogueBuilder::build(const CatalogueSource &source, const QString &path, QString *error)
{
    return build(source.entries(), source.translations(), source.pairNotes(), path, error);
}

bool CatalogueBuilder::build(const QList<Entry> &entries,
                             const QMap<QString, QHash<QString, Entry>> &translations,
                             const QMap<QString, QList<PairNote>> &pairNotes, const QString &path,
                             QString *error)
{
    return write(entries, translations, pairNotes, {}, path, error);
}

bool CatalogueBuilder::buildCustom(const QList<Entry> &entries, const QString &sourceDigest,
                                   const QString &path, QString *error)
{
    return write(entries, {}, {},
                 {{QStringLiteral("origin"), QStringLiteral("custom")},
                  {QStringLiteral("source_digest"), sourceDigest}},
                 path, error);
}

bool CatalogueBuilder::write(const QList<Entry> &entries,
                             const QMap<QString, QHash<QString, Entry>> &translations,
                             const QMap<QString, QList<PairNote>> &pairNotes,
                             const QList<std::pair<QString, QString>> &extraMeta, const QString &path,
                             QString *error)
{
    const bool custom = !extraMeta.isEmpty();
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        SqlConnection connection;
        if (!connection.open(partial, SqlConnection::Mode::ReadWrite, error))
            return false;
        Writer writer(connection.database());
        // A build output, not user data: it is rebuilt from source after any failure.
        writer.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
        writer.exec(QStringLiteral("PRAGMA synchronous=OFF"));
        writer.exec(QStringLiteral("PRAGMA page_size=4096"));
        // The user's codes may point at shipped codes, which are in another file.
        if (custom)
            writer.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        if (!connection.database().transaction()) {
            *error = connection.database().lastError().text();
            return false;
        }
        for (const QString &statement : CatalogueSchema::createStatements())
            writer.exec(statement);

        QStringList languages{QStringLiteral("en")};
        languages += translations.keys();
        languages.removeDuplicates();

        QSqlQuery meta = writer.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        writer.run(meta, {QStringLiteral("schema_version"), CatalogueSchema::version});
        writer.run(meta, {QStringLiteral("languages"), languages.join(QLatin1Char(','))});
        writer.run(meta, {QStringLiteral("entries"), entries.size()});
        for (const auto &[key, value] : extraMeta)
            writer.run(meta, {key, value});

        QSqlQuery insertEntry = writer.prepare(QStringLiteral(
            "INSERT INTO entry (id, code, family, reply_class, reply, status, subject_detail,"
            " who_acts, retry, phases, provider, source, deprecated, sort_key)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery insertText = writer.prepare(QStringLiteral(
            "INSERT INTO entry_text (entry_id, lang, title, description, when_seen, fix,"
            " retry_note, warning) VALUES (?,?,?,?,?,?,?,?)"));
        QSqlQuery insertReference = writer.prepare(QStringLiteral(
            "INSERT INTO entry_reference (entry_id, position, reference) VALUES (?,?,?)"));
        QSqlQuery insertRelation = writer.prepare(QStringLiteral(
            "INSERT INTO entry_relation (entry_id, kind, position, target) VALUES (?,?,?,?)"));
        QSqlQuery insertFts = writer.prepare(QStringLiteral(
            "INSERT INTO entry_fts (rowid, title, body) VALUES (?,?,?)"));

        qint64 id = 0;
        for (const Entry &entry : entries) {
            ++id;
            const auto enhanced = CodeFormat::parseEnhanced(entry.status);
            writer.run(insertEntry,
                       {id, entry.code, familyId(entry.family), entry.replyClass, entry.reply,
                        entry.status, enhanced ? enhanced->subjectDetail() : QString(),
                        whoActsId(entry.whoActs), retryId(entry.retry),
                        entry.phases.join(QLatin1Char(',')), entry.provider, entry.source,
                        entry.deprecated ? 1 : 0,
                        CodeFormat::sortKey(entry.code, entry.provider, entry.reply, entry.status)});
            for (const QString &language : std::as_const(languages)) {
                const bool english = language == QLatin1String("en");
                const Entry texts = english ? entry : translations.value(language).value(entry.code);
                if (!english && texts.code.isEmpty())
                    continue;
                writer.run(insertText, {id, language, texts.title, texts.description, texts.when,
                                        texts.fix, texts.retryNote, texts.warning});
                const Entry indexed = english ? entry : mergedTexts(entry, texts);
                writer.run(insertFts, {CatalogueSchema::ftsRowid(id, int(languages.indexOf(language))),
                                       ftsTitle(entry, indexed), ftsBody(entry, indexed)});
            }
            for (int i = 0; i < entry.references.size(); ++i)
                writer.run(insertReference, {id, i, entry.references.at(i)});
            for (int i = 0; i < entry.related.size(); ++i)
                writer.run(insertRelation, {id, QStringLiteral("related"), i, entry.related.at(i)});
            for (int i = 0; i < entry.confusedWith.size(); ++i)
                writer.run(insertRelation, {id, QStringLiteral("confused"), i, entry.confusedWith.at(i)});
        }

        QSqlQuery insertNote = writer.prepare(QStringLiteral(
            "INSERT INTO pair_note (code_a, code_b, lang, note) VALUES (?,?,?,?)"));
        for (auto language = pairNotes.cbegin(); language != pairNotes.cend(); ++language) {
            for (const PairNote &note : language.value()) {
                const bool ordered = note.a < note.b;
                writer.run(insertNote, {ordered ? note.a : note.b, ordered ? note.b : note.a,
                                        language.key(), note.note});
            }
        }
        writer.exec(QStringLiteral("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')"));
        if (!writer.error().isEmpty()) {
            connection.database().rollback();
            *error = writer.error();
            return false;
        }
        if (!connection.database().commit()) {
            *error = connection.database().lastError().text();
            return false;
        }
        writer.exec(QStringLiteral("ANALYZE"));
        writer.exec(QStringLiteral("VACUUM"));
    }
    // One rename replaces the old file (POSIX rename is atomic): a reader sees the old
    // catalogue or the new one, never none and never half of one.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            *error = QStringLiteral("cannot move %1 into place as %2").arg(partial, path);
            return false;
        }
    }
    return true;
}

} // namespace smtpref
