// Direct quotations with their speakers, and reported speech ("X stressed that ...").
#pragma once

#include <vector>

#include "authoring/extract/candidate.hpp"
#include "authoring/extract/document.hpp"
#include "authoring/extract/people.hpp"

namespace kiosk::extract {

// Every quotation in “typographic” or "straight" quotes, attributed:
// - to a speaker named right after it (“…,” Lukashenko said / he told / the Russian leader
//   emphasised), or before it in the same sentence with a speech verb (X said that “…”,
//   telling him, “…”);
// - otherwise, when it continues a quotation of the paragraph before or the same one (a speech
//   over several paragraphs), to that quotation's speaker;
// - otherwise to nobody (speaker "").
// Pronouns are the subject of the nearest sentence before that names a person.
std::vector<Candidate> find_quotes(const Document& doc, const People& people);

// "X said/stressed/noted/added/pointed out that ...": reported speech, direct = false.
std::vector<Candidate> find_reported_speech(const Document& doc, const People& people);

}  // namespace kiosk::extract
