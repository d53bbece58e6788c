// Segmenting: a Document's text into paragraphs, sentences and quotations.
//
//   Document doc = ...;             // loaded: one paragraph per line of doc.text
//   segment::Segment(doc);
//   for (const Sentence& s : doc.sentences)
//     std::cout << doc.Text(s.span) << (s.quotes.empty() ? "" : "  [has a quote]") << "\n";
//
// Paragraphs: every line of `text` with something on it ("\n" or "\r" ends a
// paragraph; blank lines are skipped), trimmed of surrounding spaces.
//
// Sentences end at '.', '!', '?' or an ellipsis, together with any closing
// quotes or brackets right after them, when what follows is a space and then
// an uppercase letter, a digit, an opening quote or bracket — or the end of
// the paragraph. A '.' that is part of an abbreviation does not end one:
// "Oct. 31", "Mr. Scott", "No. 1", "the U.S. market", "Michael B. Jordan"; the
// table is in abbreviations.cpp. Soft abbreviations ("U.S.", "Inc.", single
// initials) still end a sentence when the next word is one that usually
// starts a sentence ("... in the U.S. The show ..."). A decimal point ("1.5")
// never ends one, since no space follows it. An ellipsis ends a sentence only
// before a capital letter or an opening quote.
//
// A sentence longer than kMaxSentenceBytes (no real one comes near: the
// longest in our corpora of news is 650 bytes) is cut after its last ';',
// ',' or space before that length, so that a paragraph without full stops
// (a broken CMS export) costs every later stage time in proportion to its
// length. Nothing is dropped: the pieces cover the whole run of text.
//
// Quotations: text between matching “ ” or straight double quotes; single
// quotes ‘ ’ ' count only when an opening one is closed in the same
// paragraph (so "don’t", "fans’" and "’90s" stay apostrophes). A quotation may
// span sentences: each sentence gets the part of the quotation inside it. An
// unclosed double quote runs to the end of its paragraph (the convention for
// a quotation that continues into the next paragraph). Quote spans exclude
// the quotation marks themselves.
#pragma once

#include "checker/core/document.h"

namespace factlint::segment {

inline constexpr uint32_t kMaxSentenceBytes = 2000;

// Fills doc.paragraphs and doc.sentences (replacing what was there).
void Segment(Document& doc);

}  // namespace factlint::segment
