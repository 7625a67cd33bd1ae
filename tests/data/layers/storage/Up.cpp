#include "services/Ledger.h"
