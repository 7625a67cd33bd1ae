#pragma once

#include "domain/StudySession.h"

#include <QByteArray>

#include <vector>

namespace sl {

// A session as it was before it was removed, whole: the session, its attendance records, its
// speeches and its materials with the content of their files (SessionService::snapshot, then
// SessionService::restore brings it back under a new id).
struct SessionSnapshot
{
    struct Material
    {
        SessionMaterial material;
        QByteArray content; // the file's bytes
    };

    StudySession session;
    std::vector<Attendance> attendance;
    std::vector<Speech> speeches;
    std::vector<Material> materials;
};

} // namespace sl
