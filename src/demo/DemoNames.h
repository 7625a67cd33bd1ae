#pragma once

#include "DemoRandom.h"

#include "domain/Enums.h"

#include <QString>

namespace sl {

// Plausible Chinese personal and place names for the demo data: surnames drawn by their rough
// frequency, one- or two-character given names from common characters, mobile numbers, and
// fictional place names for streets, communities and schools. All invented for the project.
class DemoNames
{
public:
    static QString personName(DemoRandom& rng, Gender gender);
    // An 11-digit mobile number with a real-looking prefix.
    static QString phone(DemoRandom& rng);
    // A fictional two-character place name; index wraps around the list.
    static QString place(int index);
    static int placeCount();
    // A job title (职务) typical of a unit type.
    static QString position(DemoRandom& rng, UnitType unitType);
};

} // namespace sl
