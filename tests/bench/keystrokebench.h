#pragma once

#include "measurement.h"

#include <QList>
#include <QStringList>

// Typing into the real main window, offscreen: each query is typed key by key into the
// search field, and each key is timed from its key event until the result list shows the
// answer to the text that key made. The limit is the raw FTS5 query for the same text on
// the same file (RawSqliteSearch). Beside it: the time until the window has also laid out
// and painted the answer (search_painted_p95), and the same texts timed on SearchEngine
// alone in this thread (search_engine_p95), to tell the engine's share from the window's.
namespace KeystrokeBench {

// search_keystroke_p95, search_painted_p95 and search_engine_p95 for the catalogue at path,
// of `size` entries.
// With detail, every text's times go to stderr as well (for profiling).
QList<Measurement> run(const QString &cataloguePath, int size, const QStringList &queries, int rounds, bool detail);

// What support staff type: codes, a reply line's start, words, and words with typos.
QStringList queries(bool quick);

} // namespace KeystrokeBench
