#pragma once

#include "DemoRandom.h"

#include "domain/Enums.h"

#include <QString>

namespace sl {

// The vocabulary of the demo's self-study log and writings: materials, notes composed from
// phrase lists, writing titles and texts, and the subjects they treat. Generic Party-study
// wording, written for the project.
class DemoStudyTexts
{
public:
    // A subject of study (党章党规, 基层治理 …), a subject of research and a book title.
    static QString subject(DemoRandom& rng);
    static QString researchSubject(DemoRandom& rng);
    static QString book(DemoRandom& rng);

    // Self-study material of a medium; `year` dates the periodicals.
    static QString material(DemoRandom& rng, Medium medium, int year);
    // Notes of about `sentences` sentences (an opening, reflections, a resolution).
    static QString note(DemoRandom& rng, int sentences);

    // Writing titles: index in [0, titleCount(kind)); distinct indices give distinct titles,
    // and titles of different kinds never coincide.
    static int titleCount(WritingKind kind);
    static QString writingTitle(WritingKind kind, int index);
    // The text of a writing: `paragraphs` paragraphs of reflections.
    static QString writingText(DemoRandom& rng, int paragraphs);
    // Where a writing was published or exchanged; often nowhere (empty).
    static QString publishedIn(DemoRandom& rng);
};

} // namespace sl
