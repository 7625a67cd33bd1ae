#include "storage/Database.h"
#include <QSqlQuery>
