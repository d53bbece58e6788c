#include "checker/mentions/seasons.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <string>

namespace factlint::mentions {

namespace {

int NumberWord(std::string word) {
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::string_view kCardinals[] = {"one", "two",   "three", "four", "five",
                                                    "six", "seven", "eight", "nine", "ten"};
  static constexpr std::string_view kOrdinals[] = {"first", "second",  "third",  "fourth", "fifth",
                                                   "sixth", "seventh", "eighth", "ninth",  "tenth"};
  for (int i = 0; i < 10; ++i)
    if (word == kCardinals[i] || word == kOrdinals[i]) return i + 1;
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0])))
    return std::atoi(word.c_str());  // "2", "2nd"
  return 0;
}

const RE2& SeasonRe() {
  // One pattern, three shapes: "season 2" / "2nd season" (or "fifth and
  // final season") / "the new season".
  static const RE2 re(
      "(?i)\\b(?:season\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b"
      "|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|"
      "th))(?:\\s+and\\s+(?:final|last))?\\s+season\\b"
      "|(?:the|its|this|a)\\s+(?:(?:long-awaited|highly[ -]anticipated|much-anticipated|"
      "anticipated)\\s+)?(?:new|upcoming|next|latest|coming|forthcoming|current)\\s+season\\b)");
  return re;
}

}  // namespace

std::vector<SeasonPhrase> FindSeasonPhrases(std::string_view text, uint32_t offset) {
  std::vector<SeasonPhrase> out;
  const RE2& re = SeasonRe();
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[3];  // the match, the cardinal, the ordinal
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
    SeasonPhrase phrase;
    const size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    phrase.span = {static_cast<uint32_t>(offset + begin),
                   static_cast<uint32_t>(offset + begin + groups[0].size())};
    if (!groups[1].empty())
      phrase.number = NumberWord(std::string(groups[1]));
    else if (!groups[2].empty())
      phrase.number = NumberWord(std::string(groups[2]));
    else
      phrase.relative = true;
    out.push_back(phrase);
    pos = begin + std::max<size_t>(groups[0].size(), 1);
  }
  return out;
}

Subject SeasonSubject(const facts::FactBase* base, const Subject& work, int number) {
  if (base != nullptr)
    if (const facts::Entity* e = base->FindSeason(work.id, number))
      return {e->id, e->name, SubjectKind::kSeason};
  return {"season:" + work.id + ":" + std::to_string(number),
          work.name + " season " + std::to_string(number), SubjectKind::kSeason};
}

bool SeasonParts(const facts::FactBase* base, const Subject& season, std::string* work_id,
                 int* number) {
  if (season.kind != SubjectKind::kSeason) return false;
  if (base != nullptr)
    if (const facts::Entity* e = base->Find(season.id)) {
      *work_id = e->work;
      *number = e->number;
      return true;
    }
  // "season:<work id>:<n>"
  const size_t last = season.id.rfind(':');
  if (season.id.rfind("season:", 0) != 0 || last <= 7) return false;
  *work_id = season.id.substr(7, last - 7);
  *number = std::atoi(season.id.c_str() + last + 1);
  return *number > 0;
}

void AddNamedSeason(const facts::FactBase* base, const Mention& mention,
                    std::map<std::string, int, std::less<>>& named) {
  std::string work_id;
  int number = 0;
  if (mention.how != MentionSource::kSeason ||
      !SeasonParts(base, mention.subject, &work_id, &number))
    return;
  int& highest = named[work_id];
  highest = std::max(highest, number);
}

int NewSeasonNumber(const facts::FactBase* base, const Document& doc,
                    const std::vector<Mention>& mentions, const Subject& work) {
  std::map<std::string, int, std::less<>> named;
  for (const Mention& m : mentions) AddNamedSeason(base, m, named);
  return NewSeasonNumber(base, doc, named, work);
}

int NewSeasonNumber(const facts::FactBase* base, const Document& doc,
                    const std::map<std::string, int, std::less<>>& named_seasons,
                    const Subject& work) {
  int latest_premiered = 0;
  if (base != nullptr && doc.published) {
    for (const facts::Entity* season : base->PartsOf(work.id, SubjectKind::kSeason)) {
      const auto premieres = base->FactsAbout(season->id, "premiere");
      const bool premiered =
          !premieres.empty() && premieres[0]->date && !(*doc.published < premieres[0]->date->from);
      if (!premiered && season->number > latest_premiered) return season->number;
      if (premiered) latest_premiered = std::max(latest_premiered, season->number);
    }
  }
  const auto it = named_seasons.find(work.id);
  const int named = it == named_seasons.end() ? 0 : it->second;
  if (latest_premiered == 0 && named == 0 && base != nullptr) {
    const auto seasons = base->PartsOf(work.id, SubjectKind::kSeason);
    if (!seasons.empty()) return seasons.back()->number;
  }
  return std::max(latest_premiered, named);
}

}  // namespace factlint::mentions
