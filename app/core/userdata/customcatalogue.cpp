#include "customcatalogue.h"

#include "catalogue.h"
#include "cataloguebuilder.h"
#include "catalogueschema.h"
#include "codeformat.h"
#include "integritycheck.h"
#include "userdatajson.h"
#include "userstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace smtpref {

CustomCatalogue::CustomCatalogue(UserStore &store, const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(path)
{
    if (m_path.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        m_path = m_temporary->filePath(QStringLiteral("custom-catalogue.sqlite"));
    }
    connect(&m_store, &UserStore::customCodesChanged, this, &CustomCatalogue::onCodesChanged);
}

CustomCatalogue::~CustomCatalogue() = default;

QString CustomCatalogue::pathFor(const QString &userDatabase)
{
    if (userDatabase.isEmpty() || userDatabase == QLatin1String(":memory:"))
        return {};
    const QFileInfo database(userDatabase);
    return database.dir().filePath(database.completeBaseName() + QStringLiteral(".custom-catalogue.sqlite"));
}

QString CustomCatalogue::digestOf(const QList<CustomCode> &codes)
{
    UserDataSet data;
    data.customCodes = codes;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(UserDataJson::write(data));
    hash.addData(QByteArray::number(CatalogueSchema::version));
    return QString::fromLatin1(hash.result().toHex());
}

Entry CustomCatalogue::catalogueEntry(const Entry &custom)
{
    Entry entry = custom;
    entry.language = QStringLiteral("en");
    entry.custom = true;
    const auto enhanced = CodeFormat::parseEnhanced(entry.code);
    if (CodeFormat::isReplyCode(entry.code)) {
        entry.family = Family::Basic;
        entry.reply = entry.code;
        entry.replyClass = entry.code.left(1).toInt();
    } else if (enhanced && entry.code.startsWith(QLatin1Char('X'))) {
        // Written for every class, as the registry's X.7.1 is.
        entry.family = Family::Enhanced;
        entry.status = entry.code;
        entry.replyClass = 0;
    } else {
        entry.family = Family::Provider;
        for (const QString &word : entry.code.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (entry.reply.isEmpty() && CodeFormat::isReplyCode(word))
                entry.reply = word;
            else if (entry.status.isEmpty() && CodeFormat::parseEnhanced(word))
                entry.status = word;
        }
        const auto status = CodeFormat::parseEnhanced(entry.status);
        entry.replyClass = !entry.reply.isEmpty() ? entry.reply.left(1).toInt() : status ? status->replyClass : 0;
    }
    return entry;
}

bool CustomCatalogue::sync(QString *error, bool *rebuilt)
{
    if (rebuilt)
        *rebuilt = false;
    const QList<CustomCode> codes = m_store.customCodes();
    const QString digest = digestOf(codes);
    if (QFileInfo::exists(m_path)) {
        Catalogue current;
        QString ignored;
        if (current.open(m_path, &ignored) && current.isCustom() && current.meta(QStringLiteral("source_digest")) == digest
            && IntegrityCheck::quickCheck(m_path).verdict == IntegrityCheck::Verdict::Sound) {
            return true;
        }
    }
    QList<Entry> entries;
    entries.reserve(codes.size());
    for (const CustomCode &code : codes)
        entries.append(catalogueEntry(code.entry));
    QString buildError;
    if (!CatalogueBuilder::buildCustom(entries, digest, m_path, &buildError)) {
        // A read-only folder beside the user database: a temporary one serves as well.
        if (m_temporary || !(m_temporary = std::make_unique<QTemporaryDir>())->isValid()) {
            *error = QCoreApplication::translate("CustomCatalogue", "Your own codes cannot be prepared for search: %1")
                         .arg(buildError);
            return false;
        }
        m_path = m_temporary->filePath(QStringLiteral("custom-catalogue.sqlite"));
        return sync(error, rebuilt);
    }
    if (rebuilt)
        *rebuilt = true;
    return true;
}

void CustomCatalogue::onCodesChanged()
{
    QString error;
    bool replaced = false;
    if (!sync(&error, &replaced))
        emit failed(error);
    else if (replaced)
        emit rebuilt(m_path);
}

} // namespace smtpref
