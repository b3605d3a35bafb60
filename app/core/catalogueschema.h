#pragma once

#include <QStringList>

namespace smtpref::CatalogueSchema {

// Bumped whenever the tables below change; a reader refuses other versions.
constexpr int version = 1;

// The statements that create an empty catalogue.
const QStringList &createStatements();

} // namespace smtpref::CatalogueSchema
