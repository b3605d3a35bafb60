#pragma once

#include "userdataset.h"

#include <QObject>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace smtpref {

class UserStore;

// The user's own codes compiled by CatalogueBuilder into a catalogue file of their own,
// so they are found and shown like shipped codes without a line of the search changing.
// The user database holds the codes; this file is derived from it and rebuilt (written
// aside, then renamed over the old one) whenever they change or it does not match them.
class CustomCatalogue : public QObject
{
    Q_OBJECT

public:
    // Keeps the file at path in step with the store's codes. An empty path (a store kept
    // in memory), or a folder that cannot be written: a file in a temporary folder,
    // removed with this object; path() says which.
    CustomCatalogue(UserStore &store, const QString &path, QObject *parent = nullptr);
    ~CustomCatalogue() override;

    // Beside the user database: "<folder>/<name>.custom-catalogue.sqlite"; empty for a
    // database in memory.
    static QString pathFor(const QString &userDatabase);
    QString path() const { return m_path; }

    // Rebuilds the file unless it already matches the store's codes (its meta
    // "source_digest"); *rebuilt says whether it did. False and *error when no usable file
    // could be made.
    bool sync(QString *error, bool *rebuilt = nullptr);

    // A custom code as a catalogue entry: family, class, reply and status read from the
    // code as written ("530" basic; "X.7.99" enhanced; anything else a provider-like reply
    // whose 3-digit and enhanced codes are found in it, as in "ACME 550 5.7.99").
    static Entry catalogueEntry(const Entry &custom);
    // What the file is stamped with: a hash of the codes and of the catalogue schema.
    static QString digestOf(const QList<CustomCode> &codes);

signals:
    // The file was replaced after the codes changed: whoever reads it opens it again.
    void rebuilt(const QString &path);
    void failed(const QString &message);

private:
    void onCodesChanged();

    UserStore &m_store;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_path;
};

} // namespace smtpref
