#pragma once

#include "domain/Error.h"

#include <QStringList>

#include <vector>

// The fields the errors name, in their order: what a validation test compares.
inline QStringList fields(const std::vector<sl::Error>& errors)
{
    QStringList out;
    for (const sl::Error& e : errors)
        out << e.field;
    return out;
}
