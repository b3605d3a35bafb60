#pragma once

#include <Qt>

namespace smtpref::ItemRoles {

// The catalogue code of a row, the same role in every list of codes, so the search panel
// reads the result list and the catalogue outline alike. Empty on rows that are no code.
constexpr int Code = Qt::UserRole + 1;

} // namespace smtpref::ItemRoles
