// Season phrases ("season 2", "the second season", "the new season") and
// the season subjects they name, shared by Index and Resolve.
#pragma once

#include <map>
#include <optional>
#include <string>
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
// {"season:<work id>:<n>", "<Work> season <n>", kSeason}.
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
// The same, given the highest season of each work the article names
// (NamedSeasons): one look-up instead of a pass over every mention, so that
// resolving every "the new season" of a long article stays linear.
int NewSeasonNumber(const facts::FactBase* base, const Document& doc,
                    const std::map<std::string, int, std::less<>>& named, const Subject& work);
// Work id -> the highest season number the "season" mentions name.
void AddNamedSeason(const facts::FactBase* base, const Mention& mention,
                    std::map<std::string, int, std::less<>>& named);

// The work a claim at `offset` of `text` is about: the work last named
// before it in the same sentence (a season names its work); else the last
// named before, unless it is named only once and another work more often
// (a passing mention does not take over); else the work named most often
// (linker.cpp).
std::optional<Subject> CurrentWorkOf(const std::vector<Mention>& mentions,
                                     const facts::FactBase* base, uint32_t offset,
                                     std::string_view text);

// CurrentWorkOf for many offsets of one document: everything that does not
// depend on the offset (the work of each mention, how often each work is
// named, the most named) is computed once, and the work last named before
// an offset is a binary search, so a long article's claims cost
// O(log mentions) each instead of a pass over every mention.
class WorkIndex {
 public:
  WorkIndex(const std::vector<Mention>& mentions, const facts::FactBase* base);
  std::optional<Subject> At(uint32_t offset, std::string_view text) const;

 private:
  struct Named {
    uint32_t end;  // of the mention that names the work
    size_t order;  // the mention's index: the last in mention order wins
    Subject work;
  };
  // True when the words near `offset` call the work `named` names by the
  // kind it was introduced as ("the special" after "a tribute special,
  // titled ...").
  bool CalledByItsKind(std::string_view text, const Named& named, uint32_t offset) const;
  std::vector<Named> by_end_;         // sorted by end
  std::vector<size_t> latest_upto_;   // [i]: the entry of by_end_[0..i] latest in order
  std::map<std::string, int> count_;  // work id -> times named
  std::optional<Subject> dominant_;   // first to be named most often
  int dominant_count_ = 0;
  std::map<size_t, uint32_t> mention_begins_;  // mention index -> where it begins
};

}  // namespace factlint::mentions
