#include "catalogue.h"

#include "catalogueschema.h"
#include "codeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace smtpref {

namespace {

// Summary columns: code, family, title in the language or English, provider, status, id, class.
const QString summarySelect = QStringLiteral(
    "SELECT e.code, e.family, COALESCE(NULLIF(t.title, ''), en.title), e.provider, e.status, e.id,"
    " e.reply_class"
    " FROM entry e"
    " JOIN entry_text en INDEXED BY entry_text_title ON en.entry_id = e.id AND en.lang = 'en'"
    " LEFT JOIN entry_text t INDEXED BY entry_text_title ON t.entry_id = e.id AND t.lang = :lang");

// An entry's group within its family in the outline: a basic reply's class, an enhanced
// code's subject digit ("7.26" gives 7); provider replies are grouped by provider alone.
const QString outlineNumber = QStringLiteral(
    "CASE family WHEN 'basic' THEN reply_class WHEN 'enhanced' THEN CAST(subject_detail AS INTEGER)"
    " ELSE 0 END");

// Numbers bound as one value, a JSON array, for json_each().
template<typename Number>
QString jsonArray(const QList<Number> &numbers)
{
    QStringList items;
    items.reserve(numbers.size());
    for (const Number number : numbers)
        items.append(QString::number(number));
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

void addToClass(OutlineGroup &group, int replyClass, int count)
{
    if (replyClass >= 0 && replyClass < int(group.entriesByClass.size()))
        group.entriesByClass[replyClass] += count;
}

EntrySummary summaryFrom(const QSqlQuery &query, bool custom)
{
    EntrySummary summary;
    summary.custom = custom;
    summary.code = query.value(0).toString();
    summary.family = familyFromId(query.value(1).toString()).value_or(Family::Basic);
    summary.title = query.value(2).toString();
    summary.provider = query.value(3).toString();
    summary.id = query.value(5).toLongLong();
    summary.replyClass = query.value(6).toInt();
    if (summary.family == Family::Enhanced) {
        if (const auto enhanced = CodeFormat::parseEnhanced(query.value(4).toString()))
            summary.subject = enhanced->subject;
    }
    return summary;
}

} // namespace

Catalogue::Catalogue() = default;
Catalogue::~Catalogue() = default;

QString Catalogue::defaultPath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString beside = appDir.filePath(QStringLiteral("catalogue.sqlite"));
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(appDir.filePath(QStringLiteral("../share/smtpref/catalogue.sqlite")));
}

bool Catalogue::open(const QString &path, QString *error)
{
    m_path = path;
    m_isCustom = false;
    m_languages.clear();
    if (!m_connection.open(path, SqlConnection::Mode::ReadOnly, error))
        return false;
    QSqlQuery query(database());
    // Read in place from the file's mapping rather than copied page by page into SQLite's
    // cache: every keystroke reads index pages. Safe, as nothing writes the catalogue.
    query.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = QCoreApplication::translate("Catalogue", "%1 is damaged or is not an smtpref catalogue (%2).")
                     .arg(path, query.lastError().databaseText());
        return false;
    }
    int version = 0;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("schema_version"))
            version = query.value(1).toInt();
        else if (key == QLatin1String("languages"))
            m_languages = query.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("origin"))
            m_isCustom = query.value(1).toString() == QLatin1String("custom");
    }
    if (version != CatalogueSchema::version) {
        *error = QCoreApplication::translate(
                     "Catalogue", "%1 has catalogue schema version %2; this program reads version %3.")
                     .arg(path)
                     .arg(version)
                     .arg(CatalogueSchema::version);
        return false;
    }
    return true;
}

bool Catalogue::openCustom(const QString &path, QString *error)
{
    auto custom = std::make_unique<Catalogue>();
    if (!custom->open(path, error))
        return false;
    m_custom = std::move(custom);
    return true;
}

QString Catalogue::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int Catalogue::entryCount() const
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT count(*) FROM entry"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<qint64> Catalogue::idOfCode(const QString &code) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM entry WHERE code = ?"));
    query.addBindValue(code);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Entry> Catalogue::entry(const QString &code, const QString &language) const
{
    if (auto found = ownEntry(code, language))
        return found;
    return m_custom ? m_custom->entry(code, language) : std::nullopt;
}

std::optional<Entry> Catalogue::ownEntry(const QString &code, const QString &language) const
{
    const auto id = idOfCode(code);
    return id ? readEntry(*id, language) : std::nullopt;
}

std::optional<Entry> Catalogue::lookup(const QString &typed, const QString &language) const
{
    if (auto found = ownLookup(typed, language))
        return found;
    return m_custom ? m_custom->lookup(typed, language) : std::nullopt;
}

std::optional<QString> Catalogue::shippedCode(const QString &typed) const
{
    if (m_isCustom)
        return std::nullopt;
    const auto entry = ownLookup(typed, QStringLiteral("en"));
    return entry ? std::optional<QString>(entry->code) : std::nullopt;
}

std::optional<Entry> Catalogue::ownLookup(const QString &typed, const QString &language) const
{
    const QString text = typed.simplified();
    if (CodeFormat::isReplyCode(text))
        return ownEntry(text, language);

    if (const auto enhanced = CodeFormat::parseEnhanced(text)) {
        if (auto found = ownEntry(enhanced->key(), language)) {
            found->replyClass = enhanced->replyClass;
            return found;
        }
        // Not in the registry (Microsoft's 5.7.708 and the like): a provider reply using it.
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "SELECT id FROM entry WHERE subject_detail = ? AND family = 'provider'"
            " AND (reply_class = ? OR ? = 0) ORDER BY sort_key LIMIT 1"));
        query.addBindValue(enhanced->subjectDetail());
        query.addBindValue(enhanced->replyClass);
        query.addBindValue(enhanced->replyClass);
        if (query.exec() && query.next())
            return readEntry(query.value(0).toLongLong(), language);
        return std::nullopt;
    }

    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM entry WHERE code = ? COLLATE NOCASE"));
    query.addBindValue(text);
    if (query.exec() && query.next())
        return readEntry(query.value(0).toLongLong(), language);
    return std::nullopt;
}

std::optional<Entry> Catalogue::readEntry(qint64 id, const QString &language) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT code, family, reply_class, reply, status, who_acts, retry, phases, provider,"
        " source, deprecated FROM entry WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;

    Entry entry;
    entry.code = query.value(0).toString();
    entry.family = familyFromId(query.value(1).toString()).value_or(Family::Basic);
    entry.replyClass = query.value(2).toInt();
    entry.reply = query.value(3).toString();
    entry.status = query.value(4).toString();
    entry.whoActs = whoActsFromId(query.value(5).toString()).value_or(WhoActs::Nobody);
    entry.retry = retryFromId(query.value(6).toString()).value_or(Retry::NotApplicable);
    entry.phases = query.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    entry.provider = query.value(8).toString();
    entry.source = query.value(9).toString();
    entry.deprecated = query.value(10).toBool();
    entry.custom = m_isCustom;
    entry.language = language;

    // English first, then the language's text over it field by field; what stays English
    // is listed so the page can say so.
    QSqlQuery texts(database());
    texts.prepare(QStringLiteral(
        "SELECT lang, title, description, when_seen, fix, retry_note, warning FROM entry_text"
        " WHERE entry_id = ? AND lang IN ('en', ?) ORDER BY lang = 'en' DESC"));
    texts.addBindValue(id);
    texts.addBindValue(language);
    texts.exec();
    const std::pair<const char *, QString Entry::*> fields[] = {
        {"title", &Entry::title},   {"description", &Entry::description},
        {"when", &Entry::when},     {"fix", &Entry::fix},
        {"retry_note", &Entry::retryNote}, {"warning", &Entry::warning}};
    while (texts.next()) {
        const bool english = texts.value(0).toString() == QLatin1String("en");
        for (int i = 0; i < int(std::size(fields)); ++i) {
            const QString text = texts.value(i + 1).toString();
            if (english || !text.isEmpty())
                entry.*(fields[i].second) = text;
        }
    }
    // The user's own codes are written in one language, whichever it is: nothing is missing.
    if (language != QLatin1String("en") && !m_isCustom) {
        QSqlQuery missing(database());
        missing.prepare(QStringLiteral(
            "SELECT en.title != '' AND COALESCE(t.title, '') = '',"
            " en.description != '' AND COALESCE(t.description, '') = '',"
            " en.when_seen != '' AND COALESCE(t.when_seen, '') = '',"
            " en.fix != '' AND COALESCE(t.fix, '') = '',"
            " en.retry_note != '' AND COALESCE(t.retry_note, '') = '',"
            " en.warning != '' AND COALESCE(t.warning, '') = ''"
            " FROM entry_text en LEFT JOIN entry_text t ON t.entry_id = en.entry_id AND t.lang = ?"
            " WHERE en.entry_id = ? AND en.lang = 'en'"));
        missing.addBindValue(language);
        missing.addBindValue(id);
        if (missing.exec() && missing.next()) {
            for (int i = 0; i < int(std::size(fields)); ++i) {
                if (missing.value(i).toBool())
                    entry.untranslated.append(QString::fromLatin1(fields[i].first));
            }
        }
    }

    QSqlQuery references(database());
    references.prepare(QStringLiteral(
        "SELECT reference FROM entry_reference WHERE entry_id = ? ORDER BY position"));
    references.addBindValue(id);
    references.exec();
    while (references.next())
        entry.references.append(references.value(0).toString());

    QSqlQuery relations(database());
    relations.prepare(QStringLiteral(
        "SELECT kind, target FROM entry_relation WHERE entry_id = ? ORDER BY kind, position"));
    relations.addBindValue(id);
    relations.exec();
    while (relations.next()) {
        QStringList &list = relations.value(0).toString() == QLatin1String("related")
            ? entry.related
            : entry.confusedWith;
        list.append(relations.value(1).toString());
    }
    return entry;
}

QList<EntrySummary> Catalogue::list(std::optional<Family> family, const QString &language) const
{
    QSqlQuery query(database());
    query.prepare(summarySelect +
                  QStringLiteral(" WHERE (:family = 'any' OR e.family = :family) ORDER BY e.sort_key"));
    query.bindValue(QStringLiteral(":lang"), language);
    query.bindValue(QStringLiteral(":family"), family ? familyId(*family) : QStringLiteral("any"));
    query.exec();
    QList<EntrySummary> result;
    while (query.next())
        result.append(summaryFrom(query, m_isCustom));
    return result;
}

QList<OutlineGroup> Catalogue::outlineFamilies() const
{
    // The narrow index read whole, not the table: 35 ms for 100,000 entries rather than 160.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT family, sum(reply_class = 0), sum(reply_class = 1), sum(reply_class = 2),"
        " sum(reply_class = 3), sum(reply_class = 4), sum(reply_class = 5)"
        " FROM entry INDEXED BY entry_order GROUP BY family"));
    QList<OutlineGroup> families;
    while (query.next()) {
        OutlineGroup family;
        family.family = familyFromId(query.value(0).toString()).value_or(Family::Basic);
        for (int replyClass = 0; replyClass < int(family.entriesByClass.size()); ++replyClass)
            addToClass(family, replyClass, query.value(1 + replyClass).toInt());
        families.append(family);
    }
    // Catalogue order puts the families in the order of Family (sort keys 1-, 2- and 3-).
    std::sort(families.begin(), families.end(),
              [](const OutlineGroup &a, const OutlineGroup &b) { return a.family < b.family; });
    return families;
}

QList<OutlineGroup> Catalogue::outlineGroups(Family family) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // One row for each group and class, a group's rows one after the other.
    query.prepare(QStringLiteral("SELECT ") + outlineNumber +
                  QStringLiteral(" AS number, provider, reply_class, count(*), min(sort_key), max(sort_key)"
                                 " FROM entry WHERE family = ? GROUP BY number, provider, reply_class"
                                 " ORDER BY number, provider, reply_class"));
    query.addBindValue(familyId(family));
    query.exec();
    QList<OutlineGroup> groups;
    while (query.next()) {
        const int number = query.value(0).toInt();
        const QString provider = query.value(1).toString();
        const QString firstKey = query.value(4).toString();
        const QString lastKey = query.value(5).toString();
        if (groups.isEmpty() || groups.last().number != number || groups.last().provider != provider) {
            OutlineGroup group;
            group.family = family;
            group.number = number;
            group.provider = provider;
            group.firstKey = firstKey;
            group.lastKey = lastKey;
            groups.append(group);
        }
        OutlineGroup &group = groups.last();
        addToClass(group, query.value(2).toInt(), query.value(3).toInt());
        group.firstKey = std::min(group.firstKey, firstKey);
        group.lastKey = std::max(group.lastKey, lastKey);
    }
    // Put in catalogue order here: SQLite ordering 100,000 groups by their first entry (a
    // window over the groups) took three times as long as the query without it.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const OutlineGroup &a, const OutlineGroup &b) { return a.firstKey < b.firstKey; });
    return groups;
}

QList<EntrySummary> Catalogue::outlineEntries(const OutlineGroup &group, const QList<int> &replyClasses,
                                              const QString &language) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // The range of sort keys reads the group from the index entry_sort, wherever it lies.
    query.prepare(summarySelect +
                  QStringLiteral(" WHERE e.family = :family AND e.sort_key BETWEEN :first AND :last AND ") +
                  outlineNumber +
                  QStringLiteral(" = :number AND e.provider = :provider"
                                 " AND e.reply_class IN (SELECT value FROM json_each(:classes))"
                                 " ORDER BY e.sort_key"));
    query.bindValue(QStringLiteral(":lang"), language);
    query.bindValue(QStringLiteral(":family"), familyId(group.family));
    query.bindValue(QStringLiteral(":first"), group.firstKey);
    query.bindValue(QStringLiteral(":last"), group.lastKey);
    query.bindValue(QStringLiteral(":number"), group.number);
    query.bindValue(QStringLiteral(":provider"), group.provider);
    query.bindValue(QStringLiteral(":classes"), jsonArray(replyClasses));
    QList<EntrySummary> result;
    if (query.exec()) {
        while (query.next())
            result.append(summaryFrom(query, m_isCustom));
    }
    return result;
}

QHash<QString, QString> Catalogue::titles(const QStringList &codes, const QString &language) const
{
    QHash<QString, QString> found = ownTitles(codes, language);
    if (m_custom && found.size() < codes.size()) {
        QStringList missing;
        for (const QString &code : codes) {
            if (!found.contains(code))
                missing.append(code);
        }
        found.insert(m_custom->ownTitles(missing, language));
    }
    return found;
}

QHash<QString, QString> Catalogue::ownTitles(const QStringList &codes, const QString &language) const
{
    QHash<QString, QString> found;
    if (codes.isEmpty())
        return found;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(summarySelect + QStringLiteral(" WHERE e.code IN (SELECT value FROM json_each(:codes))"));
    query.bindValue(QStringLiteral(":lang"), language);
    // Codes are the user's data: QJsonArray writes them as JSON strings, quotes escaped.
    query.bindValue(QStringLiteral(":codes"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact)));
    if (query.exec()) {
        while (query.next()) {
            const EntrySummary summary = summaryFrom(query, m_isCustom);
            found.insert(summary.code, summary.title);
        }
    }
    return found;
}

QList<EntrySummary> Catalogue::summaries(const QList<qint64> &ids, const QString &language) const
{
    // One statement for all of them, the ids bound as one JSON array: a search asks for
    // hundreds at every keystroke.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(summarySelect + QStringLiteral(" WHERE e.id IN (SELECT value FROM json_each(:ids))"));
    query.bindValue(QStringLiteral(":lang"), language);
    query.bindValue(QStringLiteral(":ids"), jsonArray(ids));
    QHash<qint64, EntrySummary> found;
    if (query.exec()) {
        while (query.next()) {
            const EntrySummary summary = summaryFrom(query, m_isCustom);
            found.insert(summary.id, summary);
        }
    }
    QList<EntrySummary> result;
    result.reserve(found.size());
    for (const qint64 id : ids) {
        if (const auto summary = found.constFind(id); summary != found.cend())
            result.append(*summary);
    }
    return result;
}

QString Catalogue::pairNote(const QString &a, const QString &b, const QString &language) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT note FROM pair_note WHERE code_a = ? AND code_b = ? AND lang IN ('en', ?)"
        " ORDER BY lang = 'en' LIMIT 1"));
    const bool ordered = a < b;
    query.addBindValue(ordered ? a : b);
    query.addBindValue(ordered ? b : a);
    query.addBindValue(language);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace smtpref
