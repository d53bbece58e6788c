#include "checker/mentions/works.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>

#include "checker/core/regex_letters.h"
#include "checker/mentions/lexicon.h"
#include "checker/mentions/tokens.h"

namespace factlint::mentions {

namespace {

// A capitalized title word, and a title of up to five of them joined by
// the small words titles keep ("Game of Thrones", "Parks and Recreation",
// "Only Murders in the Building", "Murder at the Lake").
#define FL_WORD "[" FACTLINT_UPPER_LETTERS "\\d][" FACTLINT_LETTERS "\\d&+!\\-]*"
#define FL_TITLE \
  FL_WORD "(?:[ ](?:(?:of|the|and|&|in|on|at|for|to|with|from|a|an)[ ])*" FL_WORD "){0,4}"
#define FL_LONG_TITLE \
  FL_WORD "(?:[ ](?:(?:of|the|and|&|is|a|an|to|in|on|for|at|with|from)[ ])*" FL_WORD "){0,7}"
#define FL_NUMBER "(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
#define FL_ORDINAL                                                                           \
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|upcoming|latest|" \
  "final|next|debut|sophomore)"
#define FL_KIND                                                                                   \
  "(?:series|show|drama|comedy|sitcom|film|movie|documentary|miniseries|docuseries|sequel|album|" \
  "novel|video[ ]+game)"

constexpr std::string_view kPlatforms[] = {"Apple TV+",    "Apple TV",
                                           "Apple",        "Netflix",
                                           "Hulu",         "HBO",
                                           "HBO Max",      "Max",
                                           "Disney+",      "Disney",
                                           "Prime Video",  "Amazon",
                                           "Amazon Prime", "Amazon Prime Video",
                                           "Peacock",      "Paramount+",
                                           "Paramount",    "Showtime",
                                           "Starz",        "AMC",
                                           "AMC+",         "FX",
                                           "BBC",          "BBC One",
                                           "BBC Two",      "ITV",
                                           "ITVX",         "NBC",
                                           "CBS",          "ABC",
                                           "Fox",          "The CW",
                                           "CW",           "PBS",
                                           "Channel 4",    "Sky",
                                           "Sky Atlantic", "Crunchyroll",
                                           "YouTube",      "Spotify",
                                           "Marvel",       "DC",
                                           "Pixar",        "Bravo",
                                           "TNT",          "TBS",
                                           "USA",          "Freeform",
                                           "Lifetime",     "Syfy",
                                           "MGM+",         "Roku",
                                           "Tubi",         "BritBox",
                                           "Acorn TV",     "Shudder",
                                           "Hollywood"};

constexpr std::string_view kSmallWords[] = {"of",  "the", "and", "&",    "a",  "an",   "in",
                                            "on",  "to",  "for", "with", "at", "from", "vs",
                                            "vs.", "or",  "nor", "but",  "is", "as",   "by"};

bool IsSmallWord(std::string_view w) {
  static const std::unordered_set<std::string_view> words(std::begin(kSmallWords),
                                                          std::end(kSmallWords));
  return words.count(w) > 0;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < s.size()) {
    const size_t next = s.find(' ', pos);
    const size_t end = next == std::string_view::npos ? s.size() : next;
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
}

// Leading words that open sentences, not titles ("In Dust Road season 2").
std::string_view StripLeadingStopwords(std::string_view title) {
  while (true) {
    const size_t space = title.find(' ');
    if (space == std::string_view::npos) break;
    const std::string_view first = title.substr(0, space);
    if (!IsNameStopword(first) && !IsSmallWord(first)) break;
    title.remove_prefix(space + 1);
  }
  return title;
}

// A quoted text that reads like a title: short, title-cased, not a sentence.
// The title a quotation holds, or empty when it is not one: title-cased
// words (the small ones may stay lower case), six at most, or ten with a
// subtitle. A comma or a period closing it inside the marks is the
// sentence's, as American style places it ("“Dust Road,” a drama"), when
// two or more words remain: one word and a comma is more often a quoted
// word of speech.
std::string_view QuotedTitle(std::string_view content) {
  if (content.empty() || content.find('@') != std::string_view::npos) return {};
  const bool punctuated = content.back() == '.' || content.back() == ',';
  if (punctuated) content.remove_suffix(1);
  if (content.empty()) return {};
  const char last = content.back();
  if (last == '.' || last == ',' || last == '!' || last == '?' || last == ';' || last == ':' ||
      last == ' ')
    return {};
  const std::vector<std::string_view> words = SplitSpaces(content);
  const size_t most = content.find(": ") != std::string_view::npos ? 10 : 6;
  if (words.empty() || words.size() > most || (punctuated && words.size() < 2)) return {};
  if (!StartsUpper(words[0])) return {};
  for (std::string_view w : words)
    if (!StartsUpper(w) && !IsSmallWord(w)) return {};
  if (words.size() == 1 && IsNameStopword(words[0])) return {};
  return content;
}

struct Candidates {
  std::map<std::string, int> cues;  // title -> number of cues
  void Add(std::string_view raw, const std::set<std::string>& person_short_names,
           bool strip_stopwords) {
    std::string_view title = strip_stopwords ? StripLeadingStopwords(raw) : raw;
    while (!title.empty() && (title.back() == '-' || title.back() == '!')) title.remove_suffix(1);
    if (title.empty() || IsPlatformName(title)) return;
    const std::vector<std::string_view> words = SplitSpaces(title);
    if (words.size() == 1 &&
        (IsNameStopword(title) || person_short_names.count(FoldName(title)) > 0))
      return;
    // Only digits ("2 of 3") is not a title.
    if (std::all_of(title.begin(), title.end(),
                    [](char c) { return (c >= '0' && c <= '9') || c == ' '; }))
      return;
    ++cues[std::string(title)];
  }
};

void ForEachMatch(std::string_view text, const RE2& re, int group,
                  const std::function<void(std::string_view)>& visit) {
  const re2::StringPiece input(text.data(), text.size());
  std::vector<re2::StringPiece> groups(static_cast<size_t>(re.NumberOfCapturingGroups() + 1));
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(),
                                       static_cast<int>(groups.size()))) {
    const re2::StringPiece& g = groups[static_cast<size_t>(group)];
    if (g.data() != nullptr) visit(std::string_view(g.data(), g.size()));
    const size_t end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
    pos = end > pos ? end : pos + 1;
  }
}

// Words "Saltmarsh" repeated mid-sentence that nothing says are a person,
// a place or part of a longer name.
std::vector<std::string> RepeatedNames(std::string_view text, const std::vector<Word>& words,
                                       const std::set<std::string>& person_short_names) {
  std::map<std::string, int> count;
  std::set<std::string> excluded;
  auto word_text = [&](size_t i) {
    return text.substr(words[i].begin, words[i].name_end - words[i].begin);
  };
  auto gap = [&](size_t a, size_t b) {
    return text.substr(words[a].end, words[b].begin - words[a].end);
  };
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.capitalized || w.all_caps || w.numeric || w.initial) continue;
    const std::string key(word_text(i));
    if (IsNameStopword(key) || IsOrganizationWord(key) || IsPlatformName(key) ||
        person_short_names.count(FoldName(key)) > 0) {
      excluded.insert(key);
      continue;
    }
    // Part of a longer capitalized name ("Lumon Industries", "Ben Stiller").
    const bool joined_after = i + 1 < words.size() && gap(i, i + 1) == " " &&
                              words[i + 1].capitalized && !words[i + 1].numeric &&
                              word_text(i + 1) != "Season" && !w.possessive;
    const bool joined_before = i > 0 && gap(i - 1, i) == " " && words[i - 1].capitalized &&
                               !IsNameStopword(word_text(i - 1)) && !words[i - 1].possessive;
    if (joined_after || joined_before) excluded.insert(key);
    // A label of a part ("Volume 2", "Part 1", "Chapter 3") is not the work
    // ("Dune 2" may be).
    static const std::set<std::string_view> kPartLabels = {
        "Volume", "Vol", "Part", "Chapter", "Episode", "Book", "Act", "Phase", "Installment"};
    if (kPartLabels.count(key) > 0 && i + 1 < words.size() && words[i + 1].numeric)
      excluded.insert(key);
    // A place or a party an event is named after ("the Lahaina fire", "the
    // Calder strike").
    if (i + 1 < words.size() && gap(i, i + 1) == " " && !words[i + 1].capitalized &&
        IsEventNoun(FoldName(word_text(i + 1))))
      excluded.insert(key);
    // After a place preposition, or with a person cue after it.
    if (i > 0 && gap(i - 1, i) == " ") {
      const std::string_view before = word_text(i - 1);
      if (before == "in" || before == "at" || before == "near" || before == "from" ||
          before == "to" || before == "the")
        excluded.insert(key);
    }
    static const RE2 person_cue("^(?:,\\s*\\d{1,3},|\\s+(?:said|says|told|who|added|wrote)\\b)");
    const std::string_view after = text.substr(w.name_end);
    if (RE2::PartialMatch(re2::StringPiece(after.data(), std::min<size_t>(after.size(), 20)),
                          person_cue))
      excluded.insert(key);
    // Mid-sentence only: a sentence start says nothing about capitals.
    size_t p = w.begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    const bool sentence_start = p == 0 || text[p - 1] == '.' || text[p - 1] == '!' ||
                                text[p - 1] == '?' || text[p - 1] == '\n' || text[p - 1] == '"' ||
                                text[p - 1] == ':';
    if (!sentence_start) ++count[key];
  }
  std::vector<std::string> out;
  for (const auto& [name, n] : count)
    if (n >= 3 && excluded.count(name) == 0) out.push_back(name);
  // Only one clear winner: two repeated names are as likely places or teams.
  if (out.size() != 1) out.clear();
  return out;
}

// A title with a subtitle ("Dune: Part Two") makes a large automaton:
// enough memory for its DFA, so RE2 never falls back to the NFA.
const RE2::Options& LargeDfa() {
  static const RE2::Options kLargeDfa = [] {
    RE2::Options options;
    options.set_max_mem(int64_t{64} << 20);
    options.set_log_errors(false);
    return options;
  }();
  return kLargeDfa;
}

// Titles written in quotation marks, less nicknames, quoted speech and the
// outlets a report is credited to.
void AddQuotedTitles(std::string_view text, const std::set<std::string>& persons,
                     Candidates& found) {
  // Quoted titles: the opening mark after a space or a bracket, the closing
  // one before a non-letter.
  static const RE2 quoted(
      "(?:^|[\\s(\\[])(?:'|\"|\xE2\x80\x98|\xE2\x80\x9C)([" FACTLINT_UPPER_LETTERS
      "\\d][^'\"\xE2\x80\x98\xE2\x80"
      "\x99\xE2\x80\x9C\xE2\x80\x9D\\n]{0,60}?)(?:'|\"|\xE2\x80\x99|\xE2\x80\x9D)(?:["
      "^" FACTLINT_LETTERS
      "\\d]|$"
      ")");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  size_t pos = 0;
  while (pos < text.size() && quoted.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
    const std::string_view content(groups[1].data(), groups[1].size());
    const size_t open = static_cast<size_t>(groups[1].data() - text.data());
    const size_t close = open + content.size();
    // A nickname between two names: Dwayne "The Rock" Johnson.
    static const RE2 name_before("[" FACTLINT_UPPER_LETTERS "][" FACTLINT_LETTERS "]+\\s+$");
    static const RE2 name_after("^\\s+[" FACTLINT_UPPER_LETTERS "]");
    const size_t back = open >= 20 ? open - 20 : 0;
    const std::string_view before = text.substr(back, open - back);
    const std::string_view after = text.substr(std::min(text.size(), close + 1), 3);
    const bool nickname =
        RE2::PartialMatch(
            re2::StringPiece(before.data(), before.size() > 0 ? before.size() - 1 : 0),
            name_before) &&
        RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), name_after);
    // Words quoted after a colon are said or written: He wrote: "We Are Back."
    static const RE2 said(":\\s*(?:'|\"|\xE2\x80\x98|\xE2\x80\x9C)$");
    const bool speech = RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), said);
    // A quoted name a report is credited to is an outlet, not a work the
    // article is about: "according to 'Variety'", "told 'Billboard'".
    static const RE2 outlet(
        "(?i)\\b(?:according[ ]+to|told|reported[ ]+by|reports?[ ]+in|interview[ ]+with|"
        "speaking[ ]+to|wrote[ ]+in|quoted[ ]+by|via|"
        // ... and one a person is called by is a nickname: "known as 'Grub'",
        // "known as the 'Comet'".
        "(?:known|referred[ ]+to|nicknamed|dubbed|called|affectionately)"
        "(?:[ ]+(?:him|her|them))?(?:[ ]+as)?(?:[ ]+the)?)[ ]*"
        "(?:'|\"|\xE2\x80\x98|\xE2\x80\x9C)$");
    const bool credited = RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), outlet);
    if (const std::string_view title = QuotedTitle(content);
        !title.empty() && !nickname && !speech && !credited)
      found.Add(title, persons, false);
    const size_t end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
    pos = end > pos ? end - 1 : pos + 1;
  }
}

// "a tribute special titled The Price of Salt: A Life in Song": a title
// named as one, with the short words a title keeps in lower case.
void AddTitledTitles(std::string_view text, const std::set<std::string>& persons,
                     Candidates& found) {
  static const RE2 titled(
      "\\b(?:titled|entitled)[ ]+(" FL_LONG_TITLE "(?:[:][ ]" FL_LONG_TITLE ")?)", LargeDfa());
  if (text.find("titled") != std::string_view::npos)
    ForEachMatch(text, titled, 1, [&](std::string_view t) { found.Add(t, persons, true); });
}

// Titles a season or a kind of work names: "Dust Road season 2", "the second
// season of Dust Road", "the drama Dust Road", "the Dust Road series".
void AddSeasonAndKindTitles(std::string_view text, const std::set<std::string>& persons,
                            Candidates& found) {
  static const RE2 title_season("(" FL_TITLE ")(?:['\xE2\x80\x99]s)?[ ]+[Ss]eason[ ]+" FL_NUMBER
                                "\\b");
  static const RE2 title_ordinal_season("(" FL_TITLE ")['\xE2\x80\x99]s[ ]+" FL_ORDINAL
                                        "[ ]+season\\b");
  static const RE2 season_of("(?i:season[ ]+" FL_NUMBER "|" FL_ORDINAL
                             "[ ]+season)[ ]+of[ ]+(" FL_TITLE ")");
  static const RE2 kind_before("\\b" FL_KIND "[ ]+(" FL_TITLE ")");
  static const RE2 kind_after("\\b[Tt]he[ ]+(" FL_TITLE ")[ ]+" FL_KIND "\\b");
  // kind_before and kind_after need one of FL_KIND's words, written in lower
  // case; most texts have none, and a substring search costs far less than a
  // DFA pass.
  static constexpr std::string_view kKindWords[] = {"series", "show",  "drama", "comedy",
                                                    "sitcom", "film",  "movie", "documentary",
                                                    "sequel", "album", "novel", "video game"};
  const bool names_a_kind =
      std::any_of(std::begin(kKindWords), std::end(kKindWords),
                  [&](std::string_view word) { return text.find(word) != std::string_view::npos; });
  for (const RE2* re : {&title_season, &title_ordinal_season, &season_of, &kind_before}) {
    if (re == &kind_before && !names_a_kind) continue;
    ForEachMatch(text, *re, 1, [&](std::string_view t) { found.Add(t, persons, true); });
  }
  if (names_a_kind)
    ForEachMatch(text, kind_after, 1, [&](std::string_view t) {
      // "the Korean drama": a nationality is not a title.
      static const RE2 demonym("^[" FACTLINT_UPPER_LETTERS "][" FACTLINT_LETTERS
                               "]*(?:ese|ish|ian|can|ean|ch)$");
      if (!RE2::FullMatch(re2::StringPiece(t.data(), t.size()), demonym))
        found.Add(t, persons, true);
    });
}

// Titles before a release verb: "Dust Road premieres", "was renewed".
void AddReleasedTitles(std::string_view text, const std::set<std::string>& persons,
                       Candidates& found) {
  static const RE2 release_verb(
      "(?:^|[^" FACTLINT_LETTERS "])(" FL_TITLE "(?:[:][ ]" FL_TITLE
      ")?"
      ")[ ]+(?:premiered|premieres|debuted|debuts|returns|returned|is[ ]+coming[ ]+back|"
      "is[ ]+returning|will[ ]+(?:return|premiere|debut)|(?:was|has[ ]+been)[ ]+(?:renewed|"
      "cancell?ed|picked[ ]+up)|(?:was|has[ ]+(?:now[ ]+)?been|is[ ]+being)[ ]+(?:delayed|"
      "postponed|pushed[ ]+back)[ ]+(?:to|until|into)|hits[ ]+(?:theaters|theatres|cinemas))\\b",
      LargeDfa());
  // A name before a release verb may be a person's ("Ben Stiller returns"):
  // none of its words may be a person's name.
  ForEachMatch(text, release_verb, 1, [&](std::string_view t) {
    const std::string_view title = StripLeadingStopwords(t);
    for (std::string_view w : SplitSpaces(title))
      if (persons.count(FoldName(w)) > 0) return;
    found.Add(title, persons, false);
  });
}

}  // namespace

bool IsPlatformName(std::string_view name) {
  static const std::unordered_set<std::string_view> names(std::begin(kPlatforms),
                                                          std::end(kPlatforms));
  return names.count(name) > 0;
}

std::vector<std::string> FindWorkTitles(std::string_view text,
                                        const std::vector<std::string>& person_names) {
  return FindWorkTitles(text, person_names, Tokenize(text));
}

std::vector<std::string> FindWorkTitles(std::string_view text,
                                        const std::vector<std::string>& person_names,
                                        const std::vector<Word>& words) {
  const std::set<std::string> persons(person_names.begin(), person_names.end());
  Candidates found;
  AddQuotedTitles(text, persons, found);
  AddTitledTitles(text, persons, found);
  AddSeasonAndKindTitles(text, persons, found);
  AddReleasedTitles(text, persons, found);

  std::vector<std::string> titles;
  for (const auto& [title, n] : found.cues) titles.push_back(title);
  if (titles.empty()) titles = RepeatedNames(text, words, persons);
  std::stable_sort(titles.begin(), titles.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return titles;
}

#undef FL_WORD
#undef FL_TITLE
#undef FL_LONG_TITLE
#undef FL_NUMBER
#undef FL_ORDINAL
#undef FL_KIND

}  // namespace factlint::mentions
