#pragma once

#include <QString>

// Catalogues of any size for the benchmark: the shipped entries (with their translations
// and pair notes) plus generated provider replies up to the size asked for. A generated
// entry copies the shape of a shipped one (codes, field lengths, who acts, references)
// and fills its texts with English words drawn by their frequency in the shipped texts,
// plus the odd host name or ticket number that real provider replies carry, so the FTS
// index has the term and document statistics of a real catalogue grown large.
namespace SyntheticCatalogue {

// Writes a catalogue of `entries` entries built from the catalogue source in sourceDir to
// a file under workDir and returns its path; a file made earlier from the same source is
// reused. Empty, with *error set, on failure.
QString make(const QString &sourceDir, int entries, const QString &workDir, QString *error);

} // namespace SyntheticCatalogue
