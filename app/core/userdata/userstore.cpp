#include "userstore.h"

namespace smtpref {

UserStore::UserStore(QObject *parent)
    : QObject(parent)
{
}

UserStore::~UserStore() = default;

} // namespace smtpref
