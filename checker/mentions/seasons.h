// Season phrases ("season 2", "the second season", "the new season") and
// the season subjects they name, shared by Index and Resolve.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/facts/fact_base.h"
#include "checker/mentions/linker.h"

namespace factlint::mentions {

struct SeasonPhrase {
  Span span;              // of `text` + offset
  int number = 0;         // 0 for a relative phrase
  bool relative = false;  // "the new season", "the upcoming season", ...
};

// Every season phrase of `text`, whose first byte is at `offset`.
std::vector<SeasonPhrase> FindSeasonPhrases(std::string_view text, uint32_t offset);

// Season `number` of `work`: the fact base's entity, or
// {"season:<work id>:<n>", "<Work> season <n>", "season"}.
Subject SeasonSubject(const facts::FactBase* base, const Subject& work, int number);

// The work id and number of a season subject; false if it is not one.
bool SeasonParts(const facts::FactBase* base, const Subject& season, std::string* work_id,
                 int* number);

// What "the new season" of `work` is in this document: the earliest season
// the fact base knows that had not premiered at the publication date; else
// the higher of the latest premiered season and the highest season the
// article names; else the last season the fact base knows. 0 when nothing
// says.
int NewSeasonNumber(const facts::FactBase* base, const Document& doc,
                    const std::vector<Mention>& mentions, const Subject& work);

// The work a claim at `offset` of `text` is about: the work last named
// before it in the same sentence (a season names its work); else the last
// named before, unless it is named only once and another work more often
// (a passing mention does not take over); else the work named most often
// (linker.cpp).
std::optional<Subject> CurrentWorkOf(const std::vector<Mention>& mentions,
                                     const facts::FactBase* base, uint32_t offset,
                                     std::string_view text);

}  // namespace factlint::mentions
