#pragma once

#include "measurement.h"

// Compiling the catalogue from its source, as the build does (CatalogueSource, then
// CatalogueBuilder). The limit is the part no compiler can skip: its full-text index,
// written from the same texts into an empty file straight through the sqlite3 C API in one
// transaction.
namespace CatalogueBuildBench {

Measurement run(const QString &sourceDir, const QString &workDir, int runs);

} // namespace CatalogueBuildBench
