#include "checker/mentions/cross_document.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "checker/mentions/tokens.h"

namespace factlint::mentions {
namespace {

// Words that say what kind of thing a name denotes, not which one: "the
// Artemis II mission" is Artemis II, "the GTA 6 game" is GTA 6.
bool IsGenericHead(std::string_view word) {
  static const std::set<std::string_view> kHeads = {
      "game",   "games",  "video",   "film",  "movie", "series", "show",     "mission",
      "flight", "sequel", "special", "album", "novel", "book",   "franchise"};
  return kHeads.count(word) > 0;
}

// One word for the nouns that name one kind of event in several ways.
std::string_view EventHead(std::string_view word) {
  static const std::map<std::string_view, std::string_view> kHeads = {
      {"fires", "fire"},          {"wildfire", "fire"},
      {"wildfires", "fire"},      {"blaze", "fire"},
      {"floods", "flood"},        {"flooding", "flood"},
      {"crashes", "crash"},       {"strikes", "strike"},
      {"walkout", "strike"},      {"earthquakes", "earthquake"},
      {"explosions", "explosion"}};
  auto it = kHeads.find(word);
  return it == kHeads.end() ? word : it->second;
}

// "vi" -> 6 for the Roman numerals a sequel or a mission carries (2..20);
// 0 otherwise ("i" and "v" alone are too often words or initials).
int RomanNumeral(std::string_view word) {
  static const char* const kNumerals[] = {"ii",  "iii",  "iv",    "v",   "vi",   "vii", "viii",
                                          "ix",  "x",    "xi",    "xii", "xiii", "xiv", "xv",
                                          "xvi", "xvii", "xviii", "xix", "xx"};
  for (size_t i = 0; i < std::size(kNumerals); ++i)
    if (word == kNumerals[i]) return static_cast<int>(i) + 2;
  return 0;
}

std::vector<std::string> KeyWords(std::string_view name) {
  const std::string folded = FoldName(name);
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    while (!word.empty() && (word.back() == '\'' || word.back() == '-')) word.pop_back();
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
      word.resize(word.size() - 2);
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (const char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || ((c == '\'' || c == '-') && !word.empty()))
      word += c;
    else
      flush();
  }
  flush();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  while (words.size() > 1 && IsGenericHead(words.back())) words.pop_back();
  if (!words.empty()) words.back() = std::string(EventHead(words.back()));
  if (words.size() > 1)
    if (const int n = RomanNumeral(words.back())) words.back() = std::to_string(n);
  return words;
}

std::string Join(const std::vector<std::string>& words, size_t from = 0) {
  std::string out;
  for (size_t i = from; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// The initialism a name starts with, in lower case: "GTA 6" -> "gta".
std::string LeadingInitialism(std::string_view name) {
  size_t end = 0;
  while (end < name.size() && std::isupper(static_cast<unsigned char>(name[end]))) ++end;
  if (end < 2 || end > 6) return "";
  if (end < name.size() && std::isalnum(static_cast<unsigned char>(name[end]))) return "";
  std::string lower(name.substr(0, end));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// "2019": a year, which tells one event of a name from another.
bool IsYear(const std::string& word) {
  return word.size() == 4 && std::all_of(word.begin(), word.end(), ::isdigit) &&
         (word[0] == '1' || word[0] == '2');
}

// The subjects this stage may merge: works, events and people keyed by name.
bool Unifiable(const Subject& s) {
  return (s.kind == SubjectKind::kWork && s.id.rfind("work:", 0) == 0) ||
         (s.kind == SubjectKind::kEvent && s.id.rfind("event:", 0) == 0) ||
         (s.kind == SubjectKind::kPerson && s.id.rfind("person:", 0) == 0);
}

// "Maynor Suazo Sandoval" in "Maynor Yassir Suazo Sandoval": the same first
// and last word, the shorter's words in order in the longer.
bool MiddleNamesLeftOut(const std::vector<std::string>& shorter,
                        const std::vector<std::string>& longer) {
  if (shorter.size() < 2 || longer.size() <= shorter.size() || shorter.front() != longer.front() ||
      shorter.back() != longer.back())
    return false;
  size_t at = 0;
  for (const std::string& word : longer)
    if (at < shorter.size() && word == shorter[at]) ++at;
  return at == shorter.size();
}

struct Name {
  std::string id;
  SubjectKind kind = SubjectKind::kNone;
  std::string written;  // the name as an article wrote it
  std::vector<std::string> key;
};

class Groups {
 public:
  explicit Groups(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) {
    a = Find(a), b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

// "season:work:gta 6:2" -> "work:gta 6"; empty when not a season id.
std::string SeasonWork(const std::string& id, std::string* number) {
  if (id.rfind("season:", 0) != 0) return "";
  const size_t last = id.rfind(':');
  if (last <= 7) return "";
  *number = id.substr(last + 1);
  return id.substr(7, last - 7);
}

// Every distinct unifiable id once, in id order (so the outcome does not
// depend on the order the articles were read), with the (id, alias id) pairs
// its aliases give (each pair once); names without key words are left out.
std::vector<Name> CollectNames(const std::vector<Claim>& claims,
                               std::set<std::pair<std::string, std::string>>* aliased) {
  std::map<std::string, Name> by_id;
  auto add = [&](const std::string& id, SubjectKind kind, const std::string& name) {
    auto [it, added] = by_id.try_emplace(id);
    if (added || name < it->second.written) it->second = {id, kind, name, KeyWords(name)};
  };
  auto note = [&](const Subject& s) {
    if (!Unifiable(s)) return;
    add(s.id, s.kind, s.name);
    // An alias is keyed as the linker keys a name (an id no claim may
    // have yet), and is one subject with the name it is an alias of.
    for (const std::string& alias : s.aliases) {
      std::string id = std::string(SubjectKindName(s.kind)) + ":" + FoldName(alias);
      add(id, s.kind, alias);
      aliased->emplace(s.id, std::move(id));
    }
  };
  for (const Claim& c : claims) {
    note(c.subject);
    if (c.relation) note(c.relation->from.subject), note(c.relation->to.subject);
  }
  std::vector<Name> names;
  for (auto& [id, name] : by_id)
    if (!name.key.empty()) names.push_back(std::move(name));
  return names;
}

// A name and its alias are one subject whatever their key words say.
void JoinAliases(const std::vector<Name>& names,
                 const std::set<std::pair<std::string, std::string>>& aliased, Groups& groups) {
  std::map<std::string, size_t> index_of;
  for (size_t i = 0; i < names.size(); ++i) index_of[names[i].id] = i;
  for (const auto& [id, alias] : aliased) {
    auto a = index_of.find(id), b = index_of.find(alias);
    if (a != index_of.end() && b != index_of.end()) groups.Join(a->second, b->second);
  }
}

// 1. Equal keys.
void JoinEqualKeys(const std::vector<Name>& names, Groups& groups) {
  std::map<std::pair<SubjectKind, std::string>, size_t> first_of_key;
  for (size_t i = 0; i < names.size(); ++i) {
    auto [it, added] = first_of_key.try_emplace({names[i].kind, Join(names[i].key)}, i);
    if (!added) groups.Join(it->second, i);
  }
}

constexpr char kSep = '\x1f';

// Where rules 2-4 find their candidates, so that an archive's many names
// cost near-linear time, not a comparison of every pair.
struct CandidateIndex {
  std::unordered_map<std::string, std::vector<size_t>> by_initials;  // kind, initials, rest
  std::unordered_map<std::string, std::vector<size_t>> by_tail;      // kind, last words
  std::unordered_map<std::string, std::vector<size_t>> by_ends;      // person, first, last
};

// Files each name under the keys rules 2-4 look it up by.
CandidateIndex IndexCandidates(const std::vector<Name>& names) {
  CandidateIndex index;
  for (size_t j = 0; j < names.size(); ++j) {
    const std::vector<std::string>& key = names[j].key;
    if (names[j].kind == SubjectKind::kPerson) {
      if (key.size() >= 3) index.by_ends[key.front() + kSep + key.back()].push_back(j);
      continue;
    }
    const std::string kind(SubjectKindName(names[j].kind));
    std::string initials;
    for (size_t k = 1; k < key.size() && k <= 6; ++k) {
      initials += key[k - 1][0];
      if (k >= 2) index.by_initials[kind + kSep + initials + kSep + Join(key, k)].push_back(j);
    }
    // A year among the words left out names another event of that name
    // ("the 2019 UAW strike" is not every "UAW strike").
    bool dated = false;
    for (size_t m = key.size() - 1; m >= 2; --m) {
      dated = dated || IsYear(key[key.size() - m - 1]);
      if (!dated) index.by_tail[kind + kSep + Join(key, key.size() - m)].push_back(j);
    }
  }
  return index;
}

// 2. An initialism of the other's first words, the rest equal.
void JoinInitialisms(const std::vector<Name>& names, const CandidateIndex& index, Groups& groups) {
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string initials = LeadingInitialism(names[i].written);
    if (initials.empty() || names[i].key.front() != initials ||
        names[i].kind == SubjectKind::kPerson)
      continue;
    const auto it = index.by_initials.find(std::string(SubjectKindName(names[i].kind)) + kSep +
                                           initials + kSep + Join(names[i].key, 1));
    if (it == index.by_initials.end()) continue;
    for (const size_t j : it->second)
      if (j != i) groups.Join(i, j);
  }
}

// 3. The last words of exactly one other subject; 4. a person: the same
// name with middle names left out ("Carlos Hernández", "Carlos Daniel
// Hernández"), never a surname alone.
void JoinTailsAndShortenedPersons(const std::vector<Name>& names, const CandidateIndex& index,
                                  Groups& groups) {
  for (size_t i = 0; i < names.size(); ++i) {
    const std::vector<std::string>& key = names[i].key;
    if (key.size() < 2) continue;
    const bool person = names[i].kind == SubjectKind::kPerson;
    const auto& candidates = person ? index.by_ends : index.by_tail;
    const auto it =
        candidates.find(person ? key.front() + kSep + key.back()
                               : std::string(SubjectKindName(names[i].kind)) + kSep + Join(key));
    if (it == candidates.end()) continue;
    std::set<size_t> longer;
    for (const size_t j : it->second)
      if (!person || MiddleNamesLeftOut(key, names[j].key)) longer.insert(groups.Find(j));
    if (longer.size() == 1) groups.Join(i, *longer.begin());
  }
}

// Each group takes the id of its fullest name: old id -> new id, for the ids
// that change.
std::map<std::string, std::string> RenamesToFullestName(const std::vector<Name>& names,
                                                        Groups& groups) {
  std::map<size_t, size_t> best;  // group -> name index
  for (size_t i = 0; i < names.size(); ++i) {
    auto [it, added] = best.try_emplace(groups.Find(i), i);
    const Name& a = names[i];
    const Name& b = names[it->second];
    if (!added && (a.key.size() > b.key.size() ||
                   (a.key.size() == b.key.size() && a.written.size() > b.written.size())))
      it->second = i;
  }
  std::map<std::string, std::string> renamed;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& id = names[best[groups.Find(i)]].id;
    if (id != names[i].id) renamed[names[i].id] = id;
  }
  return renamed;
}

// Gives every subject (and a season of a renamed work) its group's id.
void ApplyRenames(const std::map<std::string, std::string>& renamed, std::vector<Claim>& claims) {
  auto rename = [&](Subject& s) {
    if (auto it = renamed.find(s.id); it != renamed.end()) {
      s.id = it->second;
      return;
    }
    std::string number;
    const std::string work = SeasonWork(s.id, &number);
    if (auto it = renamed.find(work); !work.empty() && it != renamed.end())
      s.id = "season:" + it->second + ":" + number;
  };
  for (Claim& c : claims) {
    rename(c.subject);
    if (c.relation) rename(c.relation->from.subject), rename(c.relation->to.subject);
  }
}

}  // namespace

std::string SubjectNameKey(std::string_view name) {
  return Join(KeyWords(name));
}

std::vector<std::string> SubjectNameHeads(const Subject& subject) {
  std::vector<std::string> heads;
  if (!Unifiable(subject)) return heads;
  std::vector<std::string_view> names(subject.aliases.begin(), subject.aliases.end());
  names.push_back(subject.name);
  for (const std::string_view name : names) {
    const std::vector<std::string> key = KeyWords(name);
    if (key.empty()) continue;
    std::string head = "name-head:" + std::string(SubjectKindName(subject.kind)) + ":" + key.back();
    if (std::find(heads.begin(), heads.end(), head) == heads.end()) heads.push_back(head);
  }
  return heads;
}

void UnifySubjects(std::vector<Claim>& claims) {
  std::set<std::pair<std::string, std::string>> aliased;
  const std::vector<Name> names = CollectNames(claims, &aliased);
  if (names.size() < 2) return;

  Groups groups(names.size());
  JoinAliases(names, aliased, groups);
  JoinEqualKeys(names, groups);
  const CandidateIndex index = IndexCandidates(names);
  JoinInitialisms(names, index, groups);
  JoinTailsAndShortenedPersons(names, index, groups);
  const std::map<std::string, std::string> renamed = RenamesToFullestName(names, groups);
  if (renamed.empty()) return;
  ApplyRenames(renamed, claims);
}

}  // namespace factlint::mentions
