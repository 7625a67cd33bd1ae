#pragma once

#include "DemoRandom.h"

#include "domain/Enums.h"

#include <QString>

namespace sl {

// The vocabulary of the demo's sessions: topics by form, the "three musts" topics, places,
// minutes, leave reasons, make-up notes, speech titles and the expert pool's titles. Generic
// Party-study wording, written for the project (DemoStudyTexts has that of self-study).
class DemoTexts
{
public:
    // A plan or session topic (专题) of the given form, in the given month.
    static QString topic(DemoRandom& rng, SessionForm form, int month);
    // A topic studied under one of the three musts.
    static QString triggerTopic(DemoRandom& rng, Trigger trigger);
    static QString location(DemoRandom& rng, bool central);
    // A short 纪要 of a held session.
    static QString sessionMinutes(DemoRandom& rng, const QString& host, const QString& speaker,
                                  const QString& topic);
    static QString leaveReason(DemoRandom& rng);
    static QString makeupNote(DemoRandom& rng);
    static QString speechTitle(DemoRandom& rng);

    static QString expertTitle(DemoRandom& rng);
    static QString expertAffiliation(DemoRandom& rng);
    static QString expertFields(DemoRandom& rng);
};

} // namespace sl
