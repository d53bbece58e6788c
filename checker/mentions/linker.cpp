// Linker::Index: finds every mention of a subject in a document, in the
// order of the rules listed in linker.h.
#include "checker/mentions/linker.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "checker/core/ascii.h"
#include "checker/facts/name_key.h"
#include "checker/mentions/cross_document.h"
#include "checker/mentions/lexicon.h"
#include "checker/mentions/seasons.h"
#include "checker/mentions/tokens.h"
#include "checker/mentions/works.h"

namespace factlint::mentions {

// The fact base's names and aliases, by their first word.
struct Dictionary {
  struct Entry {
    std::string phrase;
    const facts::Entity* entity;
    bool one_word;
  };
  std::map<std::string, std::vector<Entry>, std::less<>> by_first_word;
  // Folded first and last names of each person and character, for "Stiller".
  std::map<const facts::Entity*, std::vector<std::string>> short_names;
};

namespace {

std::string FirstWordKey(std::string_view phrase) {
  std::string key = FoldName(phrase.substr(0, phrase.find(' ')));
  while (!key.empty() && (key.back() == '.' || key.back() == '\'')) key.pop_back();
  return key;
}

// The first and last word of a name of two words or more, folded, without
// initials: "Adam Scott" -> {"adam", "scott"}.
void AddShortNames(std::string_view name, std::vector<std::string>& out) {
  const std::vector<Word> words = Tokenize(name);
  if (words.size() < 2) return;
  for (const Word* w : {&words.front(), &words.back()}) {
    if (w->initial || w->name_end - w->begin < 2) continue;
    std::string key = FoldName(name.substr(w->begin, w->name_end - w->begin));
    if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(std::move(key));
  }
}

// Bytes of `text` from `pos` that spell `phrase`, or 0. Case as written,
// except that a phrase starting in lower case may start capitalized; "'"
// in the phrase also matches the typographic apostrophe.
size_t MatchPhrase(std::string_view text, size_t pos, std::string_view phrase) {
  size_t t = pos;
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (t >= text.size()) return 0;
    const char p = phrase[i];
    if (p == '\'' && text.compare(t, 3, "\xE2\x80\x99") == 0) {
      t += 3;
      continue;
    }
    const char c = text[t];
    if (c != p && !(i == 0 && p >= 'a' && p <= 'z' && c == p - ('a' - 'A'))) return 0;
    ++t;
  }
  return IsWordCharAt(text, t) ? 0 : t - pos;
}

int EventYear(const facts::FactBase& base, const facts::Entity& event) {
  const auto starts = base.FactsAbout(event.id, "start");
  if (!starts.empty() && starts[0]->date) return starts[0]->date->from.year();
  static const RE2 year("\\b(\\d{4})\\b");
  int y = 0;
  return RE2::PartialMatch(event.name, year, &y) ? y : 0;
}

// Of the events called `phrase`, the one of `year`; without a year, the
// latest that started on or before the article's date.
const facts::Entity* PickEvent(const facts::FactBase& base, const facts::Entity* matched,
                               std::string_view phrase, int year,
                               const std::optional<Date>& published) {
  std::vector<const facts::Entity*> events;
  for (const facts::Entity* e : base.FindAllByName(phrase))
    if (e->kind == SubjectKind::kEvent) events.push_back(e);
  if (events.size() <= 1 && year == 0) return matched;
  if (year != 0) {
    for (const facts::Entity* e : events)
      if (EventYear(base, *e) == year) return e;
  }
  const facts::Entity* best = nullptr;
  int best_year = 0;
  for (const facts::Entity* e : events) {
    const int y = EventYear(base, *e);
    if (published && y > published->year()) continue;
    if (best == nullptr || y > best_year) best = e, best_year = y;
  }
  return best ? best : matched;
}

// A mention while it is being found.
struct Found {
  Span span;
  MentionSource source = MentionSource::kName;
  const facts::Entity* entity = nullptr;  // kFactBase
  Subject subject;
  bool is_character = false;
  std::string folded;                    // the name, folded
  std::vector<std::string> short_names;  // what one-word names may refer to it
  bool possessive = false;               // "Scott's"
  bool fixed = false;                    // decided by a pattern
  bool dropped = false;

  bool IsFactBasePerson() const {
    return entity != nullptr && entity->kind == SubjectKind::kPerson;
  }
  bool IsUnknownName() const {
    return (source == MentionSource::kName || source == MentionSource::kShortName) && !fixed;
  }
  bool IsPersonLike() const {
    return IsFactBasePerson() || ((source == MentionSource::kName) && !is_character);
  }
};

Subject UnknownPerson(const std::string& name, const std::string& folded) {
  return {"person:" + folded, name, SubjectKind::kPerson};
}

void MakeCharacter(Found& f, std::string_view text) {
  if (!f.IsUnknownName()) return;
  f.is_character = true;
  f.fixed = true;
  f.subject = {"character:" + f.folded, std::string(text.substr(f.span.begin, f.span.size())),
               SubjectKind::kCharacter};
}

class Indexer {
 public:
  Indexer(const Document& doc, const facts::FactBase* base, const Dictionary* dictionary)
      : doc_(doc), text_(doc.text), base_(base), dictionary_(dictionary), words_(Tokenize(text_)) {}

  // SalientStructure (linker.h): each "<Capitalized words> Bridge" or
  // "<Capitalized words> tunnel" weighed like Salient, a short form
  // counting for the one longer name it ends.
  struct Structure {
    Subject subject;          // kind "place"
    std::vector<Span> spans;  // where the article names it, short forms included
  };
  std::optional<Structure> SalientStructure() const {
    static const std::set<std::string_view> kStructures = {
        "bridge", "tunnel", "dam",   "tower",    "building", "mine",  "stadium", "arena",
        "pier",   "levee",  "canal", "pipeline", "refinery", "plant", "factory", "station"};
    const uint32_t lead_end = LeadEnd();
    struct Weight {
      std::string name;
      int weight;
      std::vector<Span> spans;
    };
    std::vector<Weight> weights;  // in order of first use
    for (size_t i = 0; i < words_.size(); ++i) {
      if (!words_[i].capitalized || words_[i].numeric || IsNameStopword(WordText(i))) continue;
      // "Replacing Key Bridge could cost...": a verb opening a headline or
      // a sentence is capitalized but not the name's.
      const std::string_view first = WordText(i);
      if (first.size() > 4 && first.substr(first.size() - 3) == "ing" &&
          doc_.SentenceAt(words_[i].begin) >= 0 &&
          doc_.sentences[doc_.SentenceAt(words_[i].begin)].span.begin == words_[i].begin)
        continue;
      size_t last = i;
      while (last + 1 < words_.size() && last - i < 4 && Gap(last, last + 1) == " " &&
             words_[last + 1].capitalized && !words_[last].possessive)
        ++last;
      std::string head = FoldName(WordText(last));
      if (last == i || kStructures.count(head) == 0) {
        // "the Silkyara tunnel": the noun in lower case after the name.
        if (last + 1 >= words_.size() || Gap(last, last + 1) != " " || words_[last].possessive ||
            words_[last + 1].capitalized || kStructures.count(FoldName(WordText(last + 1))) == 0)
          continue;
        ++last;
      }
      const Span span{words_[i].begin, words_[last].name_end};
      const std::string name(doc_.Text(span));
      const int weight = words_[i].begin < lead_end ? 3 : 1;
      auto it = std::find_if(weights.begin(), weights.end(),
                             [&](const Weight& w) { return FoldName(w.name) == FoldName(name); });
      if (it == weights.end()) it = weights.insert(weights.end(), {name, 0, {}});
      it->weight += weight;
      it->spans.push_back(span);
      i = last;
    }
    // A short form counts for the one longer name it ends.
    auto ends = [](const std::string& longer, const std::string& shorter) {
      const std::string tail = " " + FoldName(shorter);
      const std::string whole = FoldName(longer);
      return whole.size() > tail.size() &&
             whole.compare(whole.size() - tail.size(), tail.size(), tail) == 0;
    };
    for (Weight& w : weights) {
      Weight* longer = nullptr;
      int count = 0;
      for (Weight& other : weights)
        if (ends(other.name, w.name)) longer = &other, ++count;
      if (count != 1) continue;
      longer->weight += w.weight;
      longer->spans.insert(longer->spans.end(), w.spans.begin(), w.spans.end());
      w.weight = 0;
    }
    // Most named; of two named as often, the fuller name ("Francis Scott
    // Key Bridge" over "Baltimore bridge").
    auto words = [](const std::string& name) { return std::count(name.begin(), name.end(), ' '); };
    const Weight* best = nullptr;
    for (const Weight& w : weights)
      if (w.weight > 0 && (best == nullptr || w.weight > best->weight ||
                           (w.weight == best->weight && words(w.name) > words(best->name))))
        best = &w;
    if (best == nullptr) return std::nullopt;
    return Structure{{"place:" + FoldName(best->name), best->name, SubjectKind::kPlace},
                     best->spans};
  }

  // Without a fact base, an article about a disaster at a structure ("the
  // ship crashed into the Key Bridge", in the headline or the lead) tells
  // of "<structure> <disaster>" ("Key Bridge crash"): the event an article
  // that names no event is about (the structure's mentions are its
  // mentions), and an alias of the event of that kind the article does name
  // ("the Port Calder ship crash"), so articles that name it either way are
  // compared.
  void NameEventByStructure(const std::optional<Structure>& structure) {
    if (!structure) return;
    for (const Found& f : found_)
      if (f.entity != nullptr && f.entity->kind == SubjectKind::kEvent) return;  // the fact base's
    static const RE2 kTold(
        "(?i)\\b(crash(?:ed|es|ing)?|collaps(?:e|ed|es|ing)|explo(?:ded|sion)|sank|sinking|"
        "derail(?:ed|ment)|(?:wild)?fires?|blaze|flood(?:s|ed|ing)?)\\b");
    const uint32_t lead_end = LeadEnd();
    const std::string_view lead = text_.substr(0, lead_end);
    std::string told;
    if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kTold, &told)) return;
    for (char& c : told) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::pair<std::string_view, std::string_view> kHeads[] = {
        {"crash", "crash"},  {"collaps", "collapse"}, {"explo", "explosion"},
        {"sank", "sinking"}, {"sinking", "sinking"},  {"derail", "derailment"},
        {"fire", "fire"},    {"wildfire", "fire"},    {"blaze", "fire"},
        {"flood", "flood"}};
    std::string_view head;
    for (const auto& [prefix, noun] : kHeads)
      if (told.rfind(prefix, 0) == 0) {
        head = noun;
        break;
      }
    if (head.empty()) return;
    const std::string name = structure->subject.name + " " + std::string(head);
    const std::string key = SubjectNameKey(name);
    const std::string key_head = key.substr(key.rfind(' ') + 1);
    bool named = false;
    for (Found& f : found_) {
      if (f.source != MentionSource::kEvent) continue;
      const std::string own = SubjectNameKey(f.subject.name);
      if (own.substr(own.rfind(' ') + 1) != key_head) continue;
      named = true;
      if (own != key && std::find(f.subject.aliases.begin(), f.subject.aliases.end(), name) ==
                            f.subject.aliases.end())
        f.subject.aliases.push_back(name);
    }
    if (named) return;
    const Subject event{"event:" + FoldName(name), name, SubjectKind::kEvent};
    for (const Span& span : structure->spans) {
      const bool taken = std::any_of(found_.begin(), found_.end(), [&](const Found& f) {
        return f.span.begin < span.end && span.begin < f.span.end;
      });
      if (taken) continue;
      Found f;
      f.source = MentionSource::kEvent;
      f.span = span;
      f.folded = FoldName(name);
      f.subject = event;
      found_.push_back(std::move(f));
    }
  }

  // Where the headline and the lead (the first two sentences) end: what
  // tells what the article is about.
  uint32_t LeadEnd() const {
    if (doc_.sentences.empty()) return 0;
    return doc_.sentences[std::min<size_t>(1, doc_.sentences.size() - 1)].span.end;
  }

  // The article's structure, once Run has found it.
  const std::optional<Structure>& structure() const { return structure_; }

  std::vector<Mention> Run() {
    covered_.assign(words_.size(), false);
    if (dictionary_ != nullptr) {
      // Pass one finds the works the article names; pass two may then take
      // their characters' one-word aliases ("Mark", "Dylan").
      MatchFactBase(nullptr);
      std::set<std::string> works;
      for (const Found& f : found_) {
        if (f.entity->kind == SubjectKind::kWork) works.insert(f.entity->id);
        if (f.entity->kind == SubjectKind::kCharacter && f.span.size() > 0 &&
            doc_.Text(f.span).find(' ') != std::string_view::npos)
          works.insert(f.entity->work);
      }
      MatchFactBase(&works);
    }
    MatchTitles();
    MatchEvents();
    MatchEventsByPlace();
    MergeSameEvents();
    MatchStrikeByUnion();
    structure_ = SalientStructure();
    NameEventByStructure(structure_);
    MatchNames();
    DropPlaceNames();
    MatchWorksFromText();
    std::sort(found_.begin(), found_.end(),
              [](const Found& a, const Found& b) { return a.span.begin < b.span.begin; });
    MatchCoordinatedWorks();
    ApplyCharacterPatterns();
    DropNamesInsideTitlesInParentheses();
    DropHeadlineOnlyNames();
    ResolveShortNames();

    std::vector<Mention> mentions;
    for (const Found& f : found_) {
      if (f.dropped || f.subject.empty()) continue;
      mentions.push_back({f.span, f.subject, f.is_character, f.source});
    }
    AddSeasons(mentions);
    std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
      return a.span.begin < b.span.begin;
    });
    return mentions;
  }

 private:
  std::string_view WordText(size_t i) const {
    return text_.substr(words_[i].begin, words_[i].name_end - words_[i].begin);
  }
  std::string_view Gap(size_t a, size_t b) const {
    return text_.substr(words_[a].end, words_[b].begin - words_[a].end);
  }
  std::string_view Between(uint32_t from, uint32_t to) const {
    return from <= to ? text_.substr(from, to - from) : std::string_view();
  }

  void MatchFactBase(const std::set<std::string>* works) {
    found_.clear();
    covered_.assign(words_.size(), false);
    for (size_t i = 0; i < words_.size(); ++i) {
      if (covered_[i]) continue;
      auto bucket = dictionary_->by_first_word.find(FoldName(WordText(i)));
      if (bucket == dictionary_->by_first_word.end()) continue;
      for (const Dictionary::Entry& e : bucket->second) {
        // A character's one-word alias counts only where its work is named,
        // and not as the first name of a longer name ("Edith Jones").
        if (e.entity->kind == SubjectKind::kCharacter && e.one_word &&
            (works == nullptr || works->count(e.entity->work) == 0 ||
             (i + 1 < words_.size() && Gap(i, i + 1) == " " && words_[i + 1].capitalized &&
              !IsNameStopword(WordText(i + 1)))))
          continue;
        const size_t length = MatchPhrase(text_, words_[i].begin, e.phrase);
        if (length == 0) continue;
        Found f;
        f.source = MentionSource::kFactBase;
        f.span = {words_[i].begin, static_cast<uint32_t>(words_[i].begin + length)};
        f.entity = e.entity;
        if (e.entity->kind == SubjectKind::kEvent) f.entity = PickEventAt(i, f.span, e);
        f.subject = {f.entity->id, f.entity->name, f.entity->kind};
        f.is_character = f.entity->kind == SubjectKind::kCharacter;
        auto names = dictionary_->short_names.find(f.entity);
        if (names != dictionary_->short_names.end()) f.short_names = names->second;
        for (size_t k = i; k < words_.size() && words_[k].begin < f.span.end; ++k)
          covered_[k] = true;
        found_.push_back(std::move(f));
        break;
      }
    }
  }

  // "the 2023 writers' strike", "the writers' strike of 2023".
  const facts::Entity* PickEventAt(size_t i, Span& span, const Dictionary::Entry& e) {
    int year = 0;
    if (i > 0 && words_[i - 1].numeric && WordText(i - 1).size() == 4 && Gap(i - 1, i) == " ") {
      year = std::atoi(std::string(WordText(i - 1)).c_str());
      span.begin = words_[i - 1].begin;
    } else {
      static const RE2 after(
          "^ (?:of|in) (?:(?:the )?(?:summer|spring|fall|autumn|winter) (?:of )?)?(\\d{4})\\b");
      RE2::PartialMatch(text_.substr(span.end), after, &year);
    }
    return PickEvent(*base_, e.entity, e.phrase, year, doc_.published);
  }

  // A quoted title after "series", "show", "film"...: a work the fact base
  // lacks ("the comedy series 'High Desert'").
  void MatchTitles() {
    static const RE2 title(
        "(?:series|show|drama|comedy|sitcom|film|movie|documentary|miniseries)\\s+"
        "(?:['\"]|\xE2\x80\x98|\xE2\x80\x9C)([A-Z][^'\"\\n\xE2\x80\x99\xE2\x80\x9D]{0,80}?)"
        "(?:['\"]|\xE2\x80\x99|\xE2\x80\x9D)");
    const re2::StringPiece input(text_.data(), text_.size());
    re2::StringPiece groups[2];
    size_t pos = 0;
    while (pos < text_.size() &&
           title.Match(input, pos, text_.size(), RE2::UNANCHORED, groups, 2)) {
      pos = static_cast<size_t>(groups[0].data() - text_.data()) + groups[0].size();
      const Span span{static_cast<uint32_t>(groups[1].data() - text_.data()),
                      static_cast<uint32_t>(groups[1].data() - text_.data() + groups[1].size())};
      bool known = false;
      for (const Found& f : found_) known |= f.span.begin < span.end && span.begin < f.span.end;
      if (known) continue;
      Found f;
      f.source = MentionSource::kTitle;
      f.span = span;
      f.folded = FoldName(doc_.Text(span));
      f.subject = {"work:" + f.folded, std::string(doc_.Text(span)), SubjectKind::kWork};
      for (size_t k = 0; k < words_.size(); ++k)
        if (words_[k].begin >= span.begin && words_[k].begin < span.end) covered_[k] = true;
      found_.push_back(std::move(f));
    }
  }

  // Works the text itself shows to be titles (works.h): every occurrence
  // becomes a work mention, replacing a name MatchNames took for a person
  // ("Night Harbor season 3"), never a fact-base name.
  void MatchWorksFromText() {
    std::vector<std::string> person_names;
    for (const Found& f : found_) {
      if (f.entity != nullptr && f.entity->kind != SubjectKind::kPerson &&
          f.entity->kind != SubjectKind::kCharacter)
        continue;
      if (f.source == MentionSource::kTitle) continue;
      person_names.insert(person_names.end(), f.short_names.begin(), f.short_names.end());
    }
    for (const std::string& title : FindWorkTitles(text_, person_names, words_)) {
      const std::string folded = FoldName(title);
      for (size_t pos = text_.find(title); pos != std::string_view::npos;
           pos = text_.find(title, pos + 1)) {
        const Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + title.size())};
        if ((pos > 0 && IsWordCharAt(text_, pos - 1)) || IsWordCharAt(text_, span.end)) continue;
        bool taken = false;
        for (Found& f : found_) {
          if (!(f.span.begin < span.end && span.begin < f.span.end) || f.dropped) continue;
          if (f.source == MentionSource::kFactBase || f.source == MentionSource::kTitle)
            taken = true;
          else
            f.dropped = true;
        }
        if (taken) continue;
        Found f;
        f.source = MentionSource::kTitle;
        f.span = span;
        f.folded = folded;
        f.subject = {"work:" + folded, title, SubjectKind::kWork};
        found_.push_back(std::move(f));
      }
    }
    found_.erase(
        std::remove_if(found_.begin(), found_.end(), [](const Found& f) { return f.dropped; }),
        found_.end());
  }

  // Events the fact base lacks, named by capitalized words before a noun
  // of an event: "the Harlow Mill fire", "the Writers Guild strike", "the
  // Key Bridge collapse". Keyed like the events rules name
  // ("event:<folded name>"), so "the fire" later in the article finds it as
  // the salient event, and two articles that name it alike share it.
  void MatchEvents() {
    static const std::set<std::string_view> kModifiers = {
        "writers",  "actors", "teachers", "nurses", "workers", "dock", "port", "rail",
        "transit",  "auto",   "train",    "plane",  "bridge",  "mine", "gas",  "oil",
        "chemical", "mass",   "forest",   "brush",  "ferry",   "ship", "boat", "submersible"};
    auto lower = [&](size_t k) {
      std::string word(WordText(k));
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return word;
    };
    for (size_t i = 0; i < words_.size(); ++i) {
      const Word& first = words_[i];
      if (covered_[i] || !first.capitalized || first.numeric || first.initial ||
          IsNameStopword(WordText(i)))
        continue;
      size_t last = i;  // the last capitalized word
      while (last + 1 < words_.size() && last - i < 3 && !words_[last].possessive &&
             Gap(last, last + 1) == " " && !covered_[last + 1] && words_[last + 1].capitalized &&
             !words_[last + 1].numeric && !IsNameStopword(WordText(last + 1)))
        ++last;
      if (words_[last].possessive) continue;
      // "the Lahaina Fire report": a disaster noun written capitalized ends
      // the name, unless a body is named after it ("Maui Fire Department").
      if (size_t k = CapitalizedDisaster(i, last); k != 0) {
        AddEvent(i, k);
        i = k;
        continue;
      }
      size_t noun = last + 1;
      while (noun < words_.size() && noun - last <= 2 && Gap(noun - 1, noun) == " " &&
             !words_[noun].capitalized && kModifiers.count(lower(noun)) > 0)
        ++noun;
      if (noun >= words_.size() || Gap(noun - 1, noun) != " " || words_[noun].capitalized ||
          !IsEventNoun(lower(noun)))
        continue;
      // "the next Artemis mission" is a programme's, not one mission's
      // name: a mission is named in two words at least ("Artemis II
      // mission", "Europa Clipper mission").
      if ((lower(noun) == "mission" || lower(noun) == "expedition") && last == i) continue;
      AddEvent(i, noun);
      i = noun;
    }
  }

  // The word after `first` within [first, last] that is a disaster noun
  // written capitalized and ends a name ("Lahaina Fire", not "Maui Fire
  // Department"); 0 when there is none.
  size_t CapitalizedDisaster(size_t first, size_t last) const {
    static const std::set<std::string_view> kDisasters = {
        "Fire", "Fires", "Wildfire", "Wildfires", "Flood", "Floods", "Earthquake", "Explosion"};
    for (size_t k = first + 1; k <= last; ++k) {
      if (kDisasters.count(WordText(k)) == 0) continue;
      if (k < last && IsOrganizationWord(WordText(k + 1))) return 0;
      return k;
    }
    return 0;
  }

  // The event named by words [first, noun].
  void AddEvent(size_t first, size_t noun) {
    const Span span{words_[first].begin, words_[noun].name_end};
    AddNamedEvent(span, std::string(doc_.Text(span)));
    for (size_t k = first; k <= noun; ++k) covered_[k] = true;
  }
  // An event mention at `span` of the event called `name`.
  void AddNamedEvent(const Span& span, const std::string& name) {
    Found f;
    f.source = MentionSource::kEvent;
    f.span = span;
    f.folded = FoldName(name);
    f.subject = {"event:" + f.folded, name, SubjectKind::kEvent};
    // "the Maui fires" is the fact base's "Maui wildfires".
    if (const facts::Entity* known = KnownEvent(name)) {
      f.source = MentionSource::kFactBase;
      f.entity = known;
      f.subject = {known->id, known->name, known->kind};
    }
    found_.push_back(std::move(f));
  }

  // A strike the article never names ("reached a tentative agreement to end
  // the strike") is its union's when the article names one union: "the
  // United Auto Workers strike", the name the rules compose from a union
  // ("ended its 41-day strike" -> "<union> strike"). Only when the headline
  // or the lead speaks of a strike and no strike has a name of its own;
  // two unions leave it unnamed.
  void MatchStrikeByUnion() {
    for (const Found& f : found_) {
      if (f.subject.kind != SubjectKind::kEvent) continue;
      const std::string& name = f.folded;
      const std::string head =
          name.substr(name.rfind(' ') == std::string::npos ? 0 : name.rfind(' ') + 1);
      if (head == "strike" || head == "strikes" || head == "walkout" || head == "lockout") return;
    }
    const uint32_t lead_end = LeadEnd();
    size_t noun = words_.size();
    for (size_t k = 0; k < words_.size() && words_[k].begin < lead_end; ++k) {
      const std::string word = AsciiLower(WordText(k));
      if ((word == "strike" || word == "walkout") && !covered_[k]) {
        noun = k;
        break;
      }
    }
    if (noun == words_.size()) return;
    static const RE2 kUnion(
        "((?:\\p{Lu}[\\p{L}-]*[ ]+){0,4}(?:Union|Guild|Workers|Teamsters|Machinists|Federation|"
        "Brotherhood|Unifor)(?:[ ]+(?:Local[ ]+[\\p{L}\\d]+|Canada|International))?)\\b");
    re2::StringPiece input(doc_.text);
    std::string union_name, first;
    std::set<std::string> unions;
    while (RE2::FindAndConsume(&input, kUnion, &union_name)) {
      static const RE2 kLeadingThe("^(?:The|A)[ ]+");
      RE2::Replace(&union_name, kLeadingThe, "");
      if (union_name.find(' ') == std::string::npos && union_name != "Teamsters" &&
          union_name != "Unifor")
        continue;  // "Union" alone, "Workers" alone
      if (unions.insert(FoldName(union_name)).second && first.empty()) first = union_name;
    }
    if (unions.size() != 1) return;
    AddNamedEvent({words_[noun].begin, words_[noun].name_end}, first + " strike");
    covered_[noun] = true;
  }

  // An article about one disaster names it in several ways ("the Maui
  // fires", then "the Lahaina Fire report"): names of the same kind of
  // disaster the fact base lacks are one event here, keyed by the name the
  // article gives first, the others its aliases (what ties it to articles
  // that use those names). Only disasters: two strikes, two shootings in
  // one article are two events. And only names whose place the headline or
  // the lead tells of ("the wildfires that leveled Lahaina"): a fire the
  // article compares it with ("deadlier than the Paradise fire") is another
  // event, as is one with a year of its own ("the 2018 Camp fire", "the
  // Marsh fire of 2018").
  void MergeSameEvents() {
    static const std::set<std::string_view> kDisasters = {
        "fire",       "flood",   "collapse", "crash",     "explosion", "earthquake",
        "derailment", "sinking", "spill",    "implosion", "capsizing"};
    const uint32_t lead_end = LeadEnd();
    // The places of the events the article measures its own by: a later
    // "the Paradise fire began on ..." is that event still.
    std::set<std::string> compared;
    for (const Found& f : found_)
      if (f.source == MentionSource::kEvent && Compared(f.span))
        for (const std::string_view word : WordsOf(f.subject.name)) compared.insert(FoldName(word));
    std::map<std::string, std::vector<Found*>> by_head;
    for (Found& f : found_) {
      if (f.source != MentionSource::kEvent || YearNear(f.span) || Compared(f.span)) continue;
      const std::vector<std::string_view> words = WordsOf(f.subject.name);
      if (!words.empty() && compared.count(FoldName(words.front())) > 0) continue;
      const std::string key = SubjectNameKey(f.subject.name);
      const std::string head = key.substr(key.rfind(' ') + 1);
      if (kDisasters.count(head) > 0) by_head[head].push_back(&f);
    }
    for (auto& [head, group] : by_head) {
      std::sort(group.begin(), group.end(),
                [](const Found* a, const Found* b) { return a->span.begin < b->span.begin; });
      // The names the lead tells of, in text order; the first is the key.
      std::vector<Found*> told;
      for (Found* f : group)
        if (f->span.begin < lead_end || PlaceInLead(f->subject.name, lead_end)) told.push_back(f);
      if (told.empty()) continue;
      Subject one = told.front()->subject;
      for (const Found* f : told)
        if (f->subject.name != one.name &&
            std::find(one.aliases.begin(), one.aliases.end(), f->subject.name) == one.aliases.end())
          one.aliases.push_back(f->subject.name);
      if (one.aliases.empty()) continue;
      for (Found* f : told) f->subject = one;
    }
  }

  // Every capitalized word of an event's name but its noun is written, as
  // a word, in the headline or the lead (before `lead_end`).
  bool PlaceInLead(std::string_view name, uint32_t lead_end) const {
    const std::string_view lead = text_.substr(0, lead_end);
    bool any = false;
    for (const std::string_view word : WordsOf(name)) {
      if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0])) ||
          IsEventNoun(AsciiLower(word)))
        continue;
      any = true;
      bool found = false;
      for (size_t pos = lead.find(word); pos != std::string_view::npos && !found;
           pos = lead.find(word, pos + 1))
        found =
            (pos == 0 || !IsWordCharAt(lead, pos - 1)) && !IsWordCharAt(lead, pos + word.size());
      if (!found) return false;
    }
    return any;
  }

  // Another event the article measures its own by: "deadlier than the
  // Paradise fire", "the worst since the Camp fire", "unlike the Marsh fire".
  bool Compared(const Span& span) const {
    static const RE2 kCompared(
        "(?i)\\b(?:than|since|like|unlike|surpass(?:ed|es|ing)?|eclips(?:ed|es|ing)?|"
        "compared[ ]+(?:with|to)|rivals?|rivall?ed|before)[ ]+(?:the[ ]+)?$");
    const uint32_t from = span.begin > 24 ? span.begin - 24 : 0;
    const std::string_view before = Between(from, span.begin);
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kCompared);
  }

  // A year written right before `span` ("the 2018 Camp fire") or right
  // after it ("the Camp fire of 2018", "the Camp fire in 2018").
  bool YearNear(const Span& span) const {
    static const RE2 kYearBefore("(?:^|\\D)(?:1[89]|20)\\d\\d(?:['’]s)?\\s*$");
    static const RE2 kYearAfter("^\\s+(?:of|in)\\s+(?:1[89]|20)\\d\\d\\b");
    const uint32_t from = span.begin > 12 ? span.begin - 12 : 0;
    const std::string_view before = Between(from, span.begin);
    const std::string_view after =
        text_.substr(span.end, std::min<size_t>(12, text_.size() - span.end));
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kYearBefore) ||
           RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kYearAfter);
  }

  // A fact-base event named by its place or its vessel and a disaster
  // ("Francis Scott Key Bridge collapse", "Titan submersible implosion") is
  // the event of an article that names the place and tells of a disaster
  // in its own words ("a ship crashed into the Francis Scott Key Bridge",
  // "the Baltimore ship crash"), when no other such event of the fact base
  // is named there. The place's words become mentions of the event, and an
  // event the article names with words of that place is the same event.
  // Without a disaster told, the rebuilding of a place is its event the
  // same way ("the cost to rebuild the Francis Scott Key Bridge" is the
  // "Francis Scott Key Bridge replacement").
  void MatchEventsByPlace() {
    if (base_ == nullptr) return;
    struct Family {
      const RE2& told;                   // the article tells of it
      std::set<std::string_view> heads;  // the fact base names it so
    };
    static const RE2 kDisasterWord(
        "(?i)\\b(?:crash(?:ed|es)?|collapsed?|collision|accident|disaster|imploded|implosion|"
        "sank|sinking|exploded|explosion|derailed|derailment|capsized|blaze|(?:wild)?fires?|"
        "flood(?:s|ed|ing)?|earthquake)\\b");
    static const RE2 kRebuildWord(
        "(?i)\\b(?:rebuil(?:d|ds|t|ding)|replac(?:e|es|ed|ing|ement)|reconstruct(?:s|ed|ing|ion)?)"
        "\\b");
    static const Family kFamilies[] = {
        {kDisasterWord,
         {"collapse", "crash", "fire", "explosion", "implosion", "sinking", "derailment",
          "capsizing", "disaster", "collision", "spill", "earthquake", "flood", "flooding"}},
        {kRebuildWord, {"replacement", "rebuild", "reconstruction", "rebuilding"}},
    };
    for (const Family& family : kFamilies) {
      if (!RE2::PartialMatch(text_, family.told)) continue;
      const facts::Entity* event = nullptr;
      std::vector<Span> places;
      std::set<std::string> place_words;  // folded
      for (const facts::Entity& e : base_->entities()) {
        if (e.kind != SubjectKind::kEvent) continue;
        std::vector<std::string> names = e.aliases;
        names.push_back(e.name);
        std::vector<Span> spans;
        std::set<std::string> words;
        for (const std::string& name : names) {
          const size_t space = name.rfind(' ');
          if (space == std::string::npos || space == 0 ||
              family.heads.count(EventKey(name.substr(space + 1))) == 0 ||
              !std::isupper(static_cast<unsigned char>(name[0])))
            continue;
          const std::string place = name.substr(0, space);
          for (size_t pos = text_.find(place); pos != std::string_view::npos;
               pos = text_.find(place, pos + 1)) {
            const Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + place.size())};
            if ((pos > 0 && IsWordCharAt(text_, pos - 1)) || IsWordCharAt(text_, span.end))
              continue;
            spans.push_back(span);
          }
          for (const std::string_view word : WordsOf(place)) words.insert(FoldName(word));
        }
        if (spans.empty()) continue;
        if (event != nullptr) return;  // two events fit: neither is meant
        event = &e;
        places = std::move(spans);
        place_words = std::move(words);
      }
      if (event == nullptr) continue;
      MarkPlaceEvent(*event, std::move(places), place_words);
      return;
    }
  }

  void MarkPlaceEvent(const facts::Entity& event, std::vector<Span> places,
                      const std::set<std::string>& place_words) {
    // The longest place first: "Francis Scott Key Bridge" before "Key Bridge".
    std::sort(places.begin(), places.end(), [](const Span& a, const Span& b) {
      return a.size() != b.size() ? a.size() > b.size() : a.begin < b.begin;
    });
    const Subject subject{event.id, event.name, event.kind};
    for (const Span& span : places) {
      bool taken = false;
      for (const Found& f : found_)
        if (f.span.begin < span.end && span.begin < f.span.end) taken = true;
      if (taken) continue;
      Found f;
      f.source = MentionSource::kFactBase;
      f.entity = &event;
      f.span = span;
      f.folded = FoldName(doc_.Text(span));
      f.subject = subject;
      for (size_t k = 0; k < words_.size(); ++k)
        if (words_[k].begin >= span.begin && words_[k].end <= span.end) covered_[k] = true;
      found_.push_back(std::move(f));
    }
    // "the Baltimore ship crash": an event whose capitalized words are all
    // words of the place.
    for (Found& f : found_) {
      if (f.source != MentionSource::kEvent) continue;
      const std::string_view name = doc_.Text(f.span);
      size_t capitalized = 0, of_place = 0;
      for (const std::string_view word : WordsOf(name)) {
        if (!std::isupper(static_cast<unsigned char>(word[0]))) continue;
        ++capitalized;
        if (place_words.count(FoldName(word)) > 0) ++of_place;
      }
      if (capitalized == 0 || of_place != capitalized) continue;
      f.source = MentionSource::kFactBase;
      f.entity = &event;
      f.subject = subject;
    }
  }

  // The words of a name, split at spaces.
  static std::vector<std::string_view> WordsOf(std::string_view name) {
    std::vector<std::string_view> words;
    for (size_t at = 0; at < name.size();) {
      const size_t space = std::min(name.find(' ', at), name.size());
      if (space > at) words.push_back(name.substr(at, space - at));
      at = space + 1;
    }
    return words;
  }

  // The fact base's event whose name or alias reads as `name` once both are
  // keyed by EventKey, or null.
  const facts::Entity* KnownEvent(const std::string& name) {
    if (base_ == nullptr) return nullptr;
    if (!event_keys_) {
      event_keys_.emplace();
      for (const facts::Entity& e : base_->entities()) {
        if (e.kind != SubjectKind::kEvent) continue;
        event_keys_->emplace(EventKey(e.name), &e);
        for (const std::string& alias : e.aliases) event_keys_->emplace(EventKey(alias), &e);
      }
    }
    auto it = event_keys_->find(EventKey(name));
    return it == event_keys_->end() ? nullptr : it->second;
  }

  // An event's name as a key: folded, without a leading "the", its last
  // word singular and a fire called a fire ("The Maui wildfires" and "Maui
  // fire" are one key).
  static std::string EventKey(const std::string& name) {
    std::string key = FoldName(name);
    if (key.rfind("the ", 0) == 0) key = key.substr(4);
    const size_t space = key.rfind(' ');
    std::string head = space == std::string::npos ? key : key.substr(space + 1);
    const std::string rest = space == std::string::npos ? "" : key.substr(0, space + 1);
    if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') head.pop_back();
    if (head == "wildfire" || head == "blaze") head = "fire";
    return rest + head;
  }

  bool Nameable(size_t i) const {
    const Word& w = words_[i];
    return !covered_[i] && w.capitalized && !w.all_caps && !w.numeric && !w.initial &&
           !IsNameStopword(WordText(i));
  }

  // Capitalized names the fact base lacks: 2-4 words are a person, one word
  // may be a short name of someone named before or after.
  void MatchNames() {
    for (size_t i = 0; i < words_.size(); ++i) {
      i = SkipWordsBeforeName(i);
      if (!Nameable(i)) continue;
      const NameWords name = ExtendName(i);
      i = name.last;
      if (name.first > name.last) continue;
      AddName(name);
    }
  }

  // The words of a capitalized name MatchNames found, and how many of them
  // are capitalized name words.
  struct NameWords {
    size_t first = 0;
    size_t last = 0;
    int capitals = 1;
  };

  // The first word of a name that may start at word i: past an honorific,
  // a title or a descriptor before it, which are no part of the name.
  size_t SkipWordsBeforeName(size_t i) const {
    // "Mr. Cherry": the honorific is not part of the name.
    if (!covered_[i] && IsHonorific(WordText(i)) && i + 1 < words_.size() && Gap(i, i + 1) == ". ")
      ++i;
    // "Governor Elena Marsh": the title is not part of the name either.
    if (!covered_[i] && i + 1 < words_.size() && Gap(i, i + 1) == " ") {
      const size_t title = TitleWords(WordText(i), i + 2 < words_.size() && Gap(i + 1, i + 2) == " "
                                                       ? WordText(i + 1)
                                                       : std::string_view());
      if (title > 0 && i + title < words_.size() && Gap(i + title - 1, i + title) == " " &&
          Nameable(i + title))
        i += title;
    }
    // "Director Kai Lund", "Star Mira Cole" (a sentence's first word): a
    // descriptor before a full name is no part of it ("Star Jones", one
    // name after it, keeps it).
    if (Nameable(i) && i + 2 < words_.size() && Gap(i, i + 1) == " " && Gap(i + 1, i + 2) == " " &&
        Nameable(i + 1) && Nameable(i + 2) && IsPersonDescriptor(AsciiLower(WordText(i))))
      ++i;
    return i;
  }

  // The name that starts at the nameable word i, word by word, less the
  // words no person's name holds; first > last when nothing is left.
  NameWords ExtendName(size_t i) const {
    size_t last = i;
    int capitals = 1;
    while (!words_[last].possessive && last + 1 < words_.size() && Gap(last, last + 1) == " ") {
      const size_t next = last + 1;
      if (covered_[next]) break;
      if (words_[next].initial && next + 1 < words_.size() && Gap(next, next + 1) == " " &&
          Nameable(next + 1)) {
        last = next;  // "George R. R. Martin": initials inside a name only
        continue;
      }
      // "Maryland Transportation Secretary Paul Wiedefeld", "Latah County
      // District Judge John Judge": the name starts after the title.
      const size_t title =
          TitleWords(WordText(next), next + 2 < words_.size() && Gap(next + 1, next + 2) == " "
                                         ? WordText(next + 1)
                                         : std::string_view());
      if (title > 0 && next + title < words_.size() && Gap(next + title - 1, next + title) == " " &&
          Nameable(next + title)) {
        i = next + title;
        last = i;
        capitals = 1;
        continue;
      }
      if (capitals < 4 && Nameable(next)) {
        last = next;
        ++capitals;
        continue;
      }
      // "Ana de la Cruz": particles only between capitalized words.
      size_t after = next;
      while (after + 1 < words_.size() && IsNameParticle(WordText(after)) &&
             Gap(after, after + 1) == " ")
        ++after;
      if (capitals < 4 && after > next && Nameable(after)) {
        last = after;
        ++capitals;
        continue;
      }
      break;
    }
    // "World War II", "Veterans Day": no person; "Registered Nurse Ana
    // Ruiz": the name starts after such words.
    for (size_t k = last + 1; k-- > i;) {
      if (!IsNeverInPersonName(WordText(k))) continue;
      capitals -= static_cast<int>(k + 1 - i);
      i = k + 1;
      break;
    }
    return {i, last, capitals};
  }

  // Records the name of the given words: a person when two or more are
  // capitalized name words, else a short name to resolve later.
  void AddName(const NameWords& name) {
    Found f;
    f.span = {words_[name.first].begin, words_[name.last].name_end};
    const std::string written(doc_.Text(f.span));
    f.folded = FoldName(written);
    f.possessive = words_[name.last].possessive;
    if (IsOrganizationWord(WordText(name.last)) || IsPlaceName(f.folded)) return;
    if (InByline(f.span)) return;
    if (name.capitals >= 2) {
      f.source = MentionSource::kName;
      f.subject = UnknownPerson(written, f.folded);
      AddShortNames(written, f.short_names);
    } else {
      f.source = MentionSource::kShortName;
    }
    found_.push_back(std::move(f));
  }

  // "By Ana Ruiz, CNN" on a line of its own: the reporter, whom no claim of
  // the article is about.
  bool InByline(const Span& name) const {
    const std::string_view text = doc_.text;
    const size_t line = text.rfind('\n', name.begin == 0 ? 0 : name.begin - 1);
    const size_t from = line == std::string_view::npos ? 0 : line + 1;
    static const RE2 kBy("^[ \t]*(?i:by)[ ]+$");
    return name.begin >= from &&
           RE2::FullMatch(re2::StringPiece(text.data() + from, name.begin - from), kBy);
  }

  // "the highest official in El Paso", "an El Paso county judge": a name
  // the article puts after "in" or "near", or before "county", "city",
  // "residents", is a place wherever it is repeated, not a person
  // (IsPlaceName knows only the best-known places). A possessive ("in Ana
  // Ruiz's film") is a person's.
  void DropPlaceNames() {
    static const RE2 kLocative("(?:^|[^\\p{L}])(?:in|near|outside)[ ]+$");
    static const RE2 kPlaceNoun(
        "^(?:[ ]+(?i:county|city|area|region|district|province|state|suburbs?|residents?|"
        "metro|township|borough)\\b|-based\\b)");
    std::set<std::string> places;
    for (const Found& f : found_) {
      if (f.source != MentionSource::kName || f.fixed || f.possessive) continue;
      const uint32_t from = f.span.begin >= 8 ? f.span.begin - 8 : 0;
      const std::string_view before = Between(from, f.span.begin);
      const std::string_view after =
          text_.substr(f.span.end, std::min<size_t>(16, text_.size() - f.span.end));
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kLocative) ||
          RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kPlaceNoun))
        places.insert(f.folded);
    }
    if (places.empty()) return;
    // "Jury in Aaron Hernandez murder case ... Hernandez will be sentenced":
    // a name whose last word the article uses alone is a person's (no one
    // shortens El Paso to "Paso").
    for (const Found& f : found_) {
      if (f.source != MentionSource::kShortName) continue;
      for (auto it = places.begin(); it != places.end();) {
        const size_t space = it->rfind(' ');
        if (space != std::string::npos && it->compare(space + 1, std::string::npos, f.folded) == 0)
          it = places.erase(it);
        else
          ++it;
      }
    }
    for (Found& f : found_)
      if ((f.source == MentionSource::kName || f.source == MentionSource::kShortName) && !f.fixed &&
          places.count(f.folded) > 0)
        f.dropped = true;
  }

  // "Sequels to Top Gun, A Quiet Place, Star Wars and Avatar": names
  // coordinated with a work are works too, wherever the article repeats
  // them ("Star Wars" is no person further down either). Only a list that
  // ends in "and" or "or" is a coordination; "Top Gun, Tom Cruise's hit"
  // (a possessive) is an apposition.
  void MatchCoordinatedWorks() {
    auto is_work = [](const Found& f) {
      return !f.dropped && f.subject.kind == SubjectKind::kWork &&
             (f.source == MentionSource::kTitle || f.source == MentionSource::kFactBase);
    };
    auto joins = [](std::string_view gap, bool* conjunction) {
      // Quote marks around a title, and its own article ("A Quiet Place"),
      // are outside its name.
      for (std::string_view mark : {"\"", "'", "\xE2\x80\x99", "\xE2\x80\x9D"})
        if (gap.substr(0, mark.size()) == mark) {
          gap.remove_prefix(mark.size());
          break;
        }
      for (std::string_view mark : {"\"", "'", "\xE2\x80\x98", "\xE2\x80\x9C"})
        if (gap.size() >= mark.size() && gap.substr(gap.size() - mark.size()) == mark) {
          gap.remove_suffix(mark.size());
          break;
        }
      for (std::string_view article : {"A ", "An ", "The "})
        if (gap.size() > article.size() && gap.substr(gap.size() - article.size()) == article) {
          gap.remove_suffix(article.size());
          break;
        }
      if (gap == ", ") return true;
      if (gap == " and " || gap == ", and " || gap == " or " || gap == ", or ")
        return *conjunction = true;
      return false;
    };
    std::set<std::string> retyped;
    for (size_t k = 0; k < found_.size(); ++k) {
      if (!is_work(found_[k])) continue;
      // The list around found_[k]: neighbours joined by commas and one
      // conjunction, each a work or a name nothing has claimed.
      size_t first = k, last = k;
      bool conjunction = false;
      while (first > 0 && !found_[first - 1].dropped && !found_[first - 1].possessive &&
             (is_work(found_[first - 1]) || found_[first - 1].IsUnknownName()) &&
             joins(Between(found_[first - 1].span.end, found_[first].span.begin), &conjunction))
        --first;
      while (last + 1 < found_.size() && !found_[last].possessive && !found_[last + 1].dropped &&
             !found_[last + 1].possessive &&
             (is_work(found_[last + 1]) || found_[last + 1].IsUnknownName()) &&
             joins(Between(found_[last].span.end, found_[last + 1].span.begin), &conjunction))
        ++last;
      if (!conjunction || first == last) continue;
      for (size_t j = first; j <= last; ++j)
        if (found_[j].IsUnknownName()) retyped.insert(found_[j].folded);
      k = last;
    }
    if (retyped.empty()) return;
    for (Found& f : found_) {
      if (!f.IsUnknownName() || retyped.count(f.folded) == 0) continue;
      f.source = MentionSource::kTitle;
      f.fixed = true;
      f.short_names.clear();
      f.subject = {"work:" + f.folded, std::string(doc_.Text(f.span)), SubjectKind::kWork};
    }
  }

  // Rule 3: who is a character. Each pattern looks at a mention and the
  // next one, and the text between them.
  void ApplyCharacterPatterns() {
    static const RE2 who_plays(
        "\\s*(?:,|--|\xE2\x80\x94|\xE2\x80\x93)?\\s*who\\s+(?:plays|played|portrays|portrayed|"
        "voices|voiced)\\s+");
    static const RE2 played_by(
        "(?:,\\s*|\\s+\\()(?:who\\s+(?:is|was)\\s+)?played\\s+by\\s+|,\\s*portrayed\\s+by\\s+");
    static const RE2 possessive_gap("(?:'s|\xE2\x80\x99s|'|\xE2\x80\x99)( character,?)? ");
    // "best known for his characters Dame Molly Moss and Sir Reg Platt";
    // "Tom Baxter: Dame Molly Moss star dies aged 89" (a name that a
    // performer's noun follows, with no name after it, is the role or the
    // show the performer is known for).
    static const RE2 characters_before(
        "(?i)\\b(?:characters?|alter[ ]+egos?|personas?|creations?|roles?)[ ]*,?[ ]+$");
    static const RE2 known_for_after(
        "^[ ]+(?:star|actor|actress|creator|legend|icon|comedian|performer)[ ]+(?-i:[a-z])");
    for (size_t k = 0; k < found_.size(); ++k) {
      Found& f = found_[k];
      const uint32_t from = f.span.begin > 40 ? f.span.begin - 40 : 0;
      const std::string_view before = Between(from, f.span.begin);
      const std::string_view after = text_.substr(f.span.end, 24);
      const bool listed_after_character =
          k > 0 && found_[k - 1].is_character &&
          (Between(found_[k - 1].span.end, f.span.begin) == " and " ||
           Between(found_[k - 1].span.end, f.span.begin) == ", ");
      if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), characters_before) ||
          RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), known_for_after) ||
          listed_after_character)
        MakeCharacter(f, text_);
    }
    for (size_t k = 0; k + 1 < found_.size(); ++k) {
      Found& f = found_[k];
      Found& g = found_[k + 1];
      const std::string_view between = Between(f.span.end, g.span.begin);
      const re2::StringPiece gap(between.data(), between.size());
      // "Character (Actor)"
      if (between == " (" && g.span.end < text_.size() && text_[g.span.end] == ')' &&
          g.IsPersonLike() && !f.IsFactBasePerson()) {
        MakeCharacter(f, text_);
        continue;
      }
      // "Actor, who plays Character"
      if (RE2::FullMatch(gap, who_plays) &&
          (f.IsPersonLike() || f.source == MentionSource::kShortName)) {
        MakeCharacter(g, text_);
        continue;
      }
      // "Actor as Character"
      if (between == " as " && f.IsPersonLike() && g.source == MentionSource::kName) {
        MakeCharacter(g, text_);
        continue;
      }
      // "Character, played by Actor"
      if (RE2::FullMatch(gap, played_by)) {
        MakeCharacter(f, text_);
        continue;
      }
      // "Actor's Character", "Actor's character, Character"; but a name
      // first seen with a possessive before another name is a title
      // ("Arrested Development's Alia Shawkat").
      std::string character_word;
      if (RE2::FullMatch(gap, possessive_gap, &character_word)) {
        if (f.IsFactBasePerson() ||
            (f.source == MentionSource::kShortName && NamedBefore(k, f.folded)) ||
            !character_word.empty()) {
          if (g.source == MentionSource::kName) MakeCharacter(g, text_);
        } else if (f.source == MentionSource::kName && !NamedBefore(k, f.folded) &&
                   (g.source == MentionSource::kName || g.IsFactBasePerson())) {
          f.dropped = true;
        }
      }
    }
  }

  // A headline in title case capitalizes every word: "11 Trapped Chinese
  // Gold Miners Rescued After 14 Days Underground" names nobody. There a
  // run of capitals is a person's name only when the body names the same
  // person (the whole name, or its last word as a surname).
  void DropHeadlineOnlyNames() {
    if (doc_.sentences.size() < 2) return;
    uint32_t headline_end = 0;
    for (const Sentence& sentence : doc_.sentences)
      if (sentence.paragraph == 0) headline_end = sentence.span.end;
    const uint32_t headline_begin = doc_.sentences.front().span.begin;
    if (headline_end == 0 || headline_end >= doc_.text.size()) return;
    // Title case: most words of four or more letters begin with a capital.
    int long_words = 0, capitalized = 0;
    for (size_t i = 0; i < words_.size() && words_[i].begin < headline_end; ++i) {
      if (words_[i].begin < headline_begin || words_[i].numeric) continue;
      const std::string_view w = WordText(i);
      if (w.size() < 4) continue;
      ++long_words;
      if (words_[i].capitalized) ++capitalized;
    }
    if (long_words < 4 || capitalized * 4 < long_words * 3) return;
    std::set<std::string> in_body;
    for (const Found& f : found_) {
      if (f.span.begin < headline_end || f.dropped) continue;
      in_body.insert(f.folded);
      in_body.insert(f.short_names.begin(), f.short_names.end());
    }
    for (Found& f : found_) {
      if (f.span.begin >= headline_end || f.source != MentionSource::kName || f.fixed) continue;
      if (in_body.count(f.folded) > 0) continue;
      // "Former England Striker Jermain Defoe Announces...": the body's
      // "Jermain Defoe" is the name; the capitals before it are the
      // headline's.
      if (TrimToBodyName(f, in_body)) continue;
      const std::string last =
          f.folded.substr(f.folded.rfind(' ') == std::string::npos ? 0 : f.folded.rfind(' ') + 1);
      if (in_body.count(last) == 0) f.dropped = true;
    }
  }

  // Shortens a headline name to its last words when the body names someone
  // so (two words at least); false when no tail of it is a body name.
  bool TrimToBodyName(Found& f, const std::set<std::string>& in_body) {
    const std::string_view name = doc_.Text(f.span);
    for (size_t space = name.find(' '); space != std::string_view::npos;
         space = name.find(' ', space + 1)) {
      const std::string_view tail = name.substr(space + 1);
      if (tail.find(' ') == std::string_view::npos) break;
      const std::string folded = FoldName(tail);
      if (in_body.count(folded) == 0) continue;
      f.span.begin += static_cast<uint32_t>(space + 1);
      f.folded = folded;
      f.subject = UnknownPerson(std::string(tail), folded);
      f.short_names.clear();
      AddShortNames(std::string(tail), f.short_names);
      return true;
    }
    return false;
  }

  // True when a person (not a character) named before found_[k] has
  // `short_name` as a first or last name.
  bool NamedBefore(size_t k, const std::string& short_name) const {
    for (size_t j = 0; j < k; ++j) {
      const Found& g = found_[j];
      if (g.dropped || g.is_character || g.subject.kind != SubjectKind::kPerson) continue;
      if (g.folded == short_name) return true;
      if (std::find(g.short_names.begin(), g.short_names.end(), short_name) != g.short_names.end())
        return true;
    }
    return false;
  }

  // "Ólafur Darri Ólafsson (Eurovision Song Contest: The Story of Fire
  // Saga)": capitalized words in parentheses that are not one name alone
  // are a title, not people.
  void DropNamesInsideTitlesInParentheses() {
    for (size_t open = text_.find('('); open != std::string_view::npos;
         open = text_.find('(', open + 1)) {
      const size_t close = text_.find(')', open);
      if (close == std::string_view::npos ||
          text_.substr(open, close - open).find('\n') != std::string_view::npos)
        continue;
      std::vector<Found*> inside;
      for (Found& f : found_)
        if (f.span.begin > open && f.span.end <= close) inside.push_back(&f);
      const bool one_name =
          inside.size() == 1 && inside[0]->span.begin == open + 1 && inside[0]->span.end == close;
      if (one_name) continue;
      for (Found* f : inside)
        if (f->source == MentionSource::kName && !f->fixed) f->dropped = true;
    }
  }

  // For each one-word key, the names that answer it, by index (see
  // ResolveShortNames).
  using Answers = std::map<std::string, std::vector<size_t>, std::less<>>;

  // Rule 4: one-word names refer to someone named before (else after).
  void ResolveShortNames() {
    // For each one-word key, the names that answer it, by index: the full
    // names (and characters a pattern fixed), whose answers do not change
    // here, and the short names resolved so far, which answer their own
    // key from then on. The nearest before is then a binary search, not a
    // walk back through every name of the document (which made a long
    // article with many unresolved one-word names quadratic).
    Answers full, short_answers;
    IndexAnswers(full, short_answers);
    // Decided once per surname.
    std::map<std::string, std::optional<size_t>, std::less<>> principals;
    auto principal = [&](const std::string& key,
                         const std::vector<size_t>* list) -> std::optional<size_t> {
      if (list == nullptr) return std::nullopt;
      auto known = principals.find(key);
      if (known != principals.end()) return known->second;
      const std::optional<size_t> chosen = PrincipalOf(*list);
      principals.emplace(key, chosen);
      return chosen;
    };
    for (size_t k = 0; k < found_.size(); ++k) {
      Found& f = found_[k];
      if (f.source != MentionSource::kShortName || f.fixed || f.dropped) continue;
      const std::vector<size_t>* full_list = AnswersTo(full, f.folded);
      const std::vector<size_t>* short_list = AnswersTo(short_answers, f.folded);
      std::optional<size_t> referent = principal(f.folded, full_list);
      if (!referent) referent = NearestAnswer(full_list, short_list, k);
      if (!referent) {
        f.dropped = true;
        continue;
      }
      f.subject = found_[*referent].subject;
      f.is_character = found_[*referent].is_character;
      if (!f.subject.empty()) {
        std::vector<size_t>& list = short_answers[f.folded];
        list.insert(std::upper_bound(list.begin(), list.end(), k), k);
      }
    }
  }

  // The names that answer a one-word key before ResolveShortNames starts:
  // full names of people and characters under each of their short names,
  // and short names a pattern fixed under their own.
  void IndexAnswers(Answers& full, Answers& short_answers) const {
    auto answers_for_good = [&](const Found& g) { return !g.dropped && !g.subject.empty(); };
    for (size_t j = 0; j < found_.size(); ++j) {
      const Found& g = found_[j];
      if (!answers_for_good(g)) continue;
      if (g.source == MentionSource::kShortName) {
        if (g.fixed) short_answers[g.folded].push_back(j);
        continue;
      }
      if (g.subject.kind != SubjectKind::kPerson && g.subject.kind != SubjectKind::kCharacter)
        continue;
      std::vector<std::string> keys = g.short_names;
      if (g.is_character && g.fixed) keys.push_back(g.folded);
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (const std::string& key : keys) full[key].push_back(j);
    }
  }

  // The list of names that answer a key, or none.
  static const std::vector<size_t>* AnswersTo(const Answers& answers, const std::string& key) {
    auto it = answers.find(key);
    return it == answers.end() ? nullptr : &it->second;
  }

  // The largest index below k in a sorted list, or none.
  static std::optional<size_t> LastBefore(const std::vector<size_t>* list, size_t k) {
    if (list == nullptr) return std::nullopt;
    auto it = std::lower_bound(list->begin(), list->end(), k);
    if (it == list->begin()) return std::nullopt;
    return *(it - 1);
  }

  // The answer nearest before the short name at k, full or short; else the
  // first full name after it.
  static std::optional<size_t> NearestAnswer(const std::vector<size_t>* full_list,
                                             const std::vector<size_t>* short_list, size_t k) {
    std::optional<size_t> referent = LastBefore(full_list, k);
    if (std::optional<size_t> s = LastBefore(short_list, k); s && (!referent || *s > *referent))
      referent = s;
    if (!referent && full_list != nullptr) {
      // Else the first full name after it.
      auto it = std::upper_bound(full_list->begin(), full_list->end(), k);
      if (it != full_list->end()) referent = *it;
    }
    return referent;
  }

  // Two people of one surname ("Jimmy Carter", "Rosalynn Carter"): news
  // style gives the bare surname to the article's principal, the one
  // named most often, else the one the article names first. A character
  // of that surname keeps the nearest-before rule, as a TV article calls
  // the character it just introduced.
  std::optional<size_t> PrincipalOf(const std::vector<size_t>& list) const {
    std::map<std::string, int> times_named;
    std::map<std::string, size_t> first_of;
    bool character = false;
    for (size_t j : list) {
      ++times_named[found_[j].subject.id];
      first_of.emplace(found_[j].subject.id, j);
      character = character || found_[j].is_character;
    }
    std::optional<size_t> chosen;
    if (times_named.size() > 1 && !character) {
      int most = 0;
      bool tie = false;
      for (const auto& [id, times] : times_named) {
        if (times > most) {
          most = times;
          chosen = first_of[id];
          tie = false;
        } else if (times == most) {
          tie = true;
        }
      }
      if (tie) chosen = list.front();
    }
    return chosen;
  }

  // Rule 5: seasons, bound to the work named with them or in context.
  void AddSeasons(std::vector<Mention>& mentions) const {
    const std::vector<SeasonPhrase> phrases = FindSeasonPhrases(text_, 0);
    if (phrases.empty()) return;
    // The work mentions by where they end and where they begin, so that the
    // work named right before or after a phrase is a look-up, not a pass
    // over every mention (a long article has thousands of both).
    std::multimap<uint32_t, size_t> work_by_end, work_by_begin;
    for (size_t i = 0; i < mentions.size(); ++i) {
      if (mentions[i].subject.kind != SubjectKind::kWork) continue;
      work_by_end.emplace(mentions[i].span.end, i);
      work_by_begin.emplace(mentions[i].span.begin, i);
    }
    static constexpr std::string_view kBefore[] = {
        " ", "'s ", "\xE2\x80\x99s ", "' ", "\xE2\x80\x99 ", "\" ", "\xE2\x80\x9D "};
    const WorkIndex works(mentions, base_);
    std::map<std::string, int, std::less<>> named;
    for (const Mention& m : mentions) AddNamedSeason(base_, m, named);
    std::vector<Mention> seasons;
    for (int pass = 0; pass < 2; ++pass) {  // numbers first: "the new season" may need them
      for (const SeasonPhrase& phrase : phrases) {
        if (phrase.relative != (pass == 1)) continue;
        Span span = phrase.span;
        std::optional<Subject> work;
        // In mention order, the works that touch the phrase: before it
        // ("Night Harbor's season 2", which widens the span to the left, so
        // an earlier work may touch it next) or after it ("season 2 of ...");
        // the last in mention order wins.
        size_t cursor = 0;
        for (;;) {
          size_t next = mentions.size();
          for (std::string_view gap : kBefore) {
            if (span.begin < gap.size() ||
                Between(span.begin - static_cast<uint32_t>(gap.size()), span.begin) != gap)
              continue;
            const auto [lo, hi] =
                work_by_end.equal_range(span.begin - static_cast<uint32_t>(gap.size()));
            for (auto it = lo; it != hi; ++it)
              if (it->second >= cursor) next = std::min(next, it->second);
          }
          if (Between(span.end, span.end + 4) == " of ") {
            const auto [lo, hi] = work_by_begin.equal_range(span.end + 4);
            for (auto it = lo; it != hi; ++it)
              if (it->second >= cursor) next = std::min(next, it->second);
          }
          if (next == mentions.size()) break;
          const Mention& m = mentions[next];
          if (m.span.end <= span.begin) {
            span.begin = m.span.begin;
          } else {
            span.end = m.span.end;
          }
          work = m.subject;
          cursor = next + 1;
        }
        if (!work) work = works.At(span.begin, text_);
        if (!work) continue;
        const int number =
            phrase.relative ? NewSeasonNumber(base_, doc_, named, *work) : phrase.number;
        if (number <= 0) continue;
        seasons.push_back(
            {span, SeasonSubject(base_, *work, number), false, MentionSource::kSeason});
        AddNamedSeason(base_, seasons.back(), named);
      }
    }
    mentions.insert(mentions.end(), seasons.begin(), seasons.end());
  }

 private:
  const Document& doc_;
  std::string_view text_;
  const facts::FactBase* base_;
  const Dictionary* dictionary_;
  std::vector<Word> words_;
  std::vector<bool> covered_;
  std::vector<Found> found_;
  std::optional<Structure> structure_;
  // EventKey of every fact-base event name and alias, built on first use.
  std::optional<std::map<std::string, const facts::Entity*>> event_keys_;
};

}  // namespace

std::optional<Subject> CurrentWorkOf(const std::vector<Mention>& mentions,
                                     const facts::FactBase* base, uint32_t offset,
                                     std::string_view text) {
  return WorkIndex(mentions, base).At(offset, text);
}

WorkIndex::WorkIndex(const std::vector<Mention>& mentions, const facts::FactBase* base) {
  // A season names its work: the first mention of that work id, else the
  // fact base's entity.
  std::map<std::string_view, const Subject*> first_named;
  for (const Mention& m : mentions) first_named.emplace(m.subject.id, &m.subject);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    std::optional<Subject> work;
    if (m.subject.kind == SubjectKind::kWork) {
      work = m.subject;
    } else {
      std::string work_id;
      int number = 0;
      if (!SeasonParts(base, m.subject, &work_id, &number)) continue;
      if (auto it = first_named.find(work_id); it != first_named.end()) {
        work = *it->second;
      } else if (base != nullptr) {
        if (const facts::Entity* e = base->Find(work_id))
          work = Subject{e->id, e->name, SubjectKind::kWork};
      }
    }
    if (!work) continue;
    const int count = ++count_[work->id];
    if (count > dominant_count_) dominant_ = work, dominant_count_ = count;
    by_end_.push_back({m.span.end, i, std::move(*work)});
    mention_begins_[i] = m.span.begin;
  }
  std::stable_sort(by_end_.begin(), by_end_.end(),
                   [](const Named& a, const Named& b) { return a.end < b.end; });
  latest_upto_.resize(by_end_.size());
  for (size_t i = 0; i < by_end_.size(); ++i)
    latest_upto_[i] =
        i > 0 && by_end_[latest_upto_[i - 1]].order > by_end_[i].order ? latest_upto_[i - 1] : i;
}

bool WorkIndex::CalledByItsKind(std::string_view text, const Named& named, uint32_t offset) const {
  static const RE2 kKind(
      "(?i)\\b(special|film|movie|documentary|docuseries|miniseries|album|novel|memoir|podcast)"
      "\\b");
  static const RE2 kCalled(
      "(?i)\\bthe[ ]+(special|film|movie|documentary|docuseries|miniseries|album|novel|memoir|"
      "podcast)\\b");
  auto lower = [](std::string word) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return word;
  };
  const uint32_t begin = mention_begins_.at(named.order);
  constexpr uint32_t kIntroduction = 48;  // bytes before the name: "a tribute special, titled"
  const uint32_t from = begin > kIntroduction ? begin - kIntroduction : 0;
  std::string introduced;
  if (begin > text.size() ||
      !RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from), kKind, &introduced))
    return false;
  // "the special" near the claim's start, before or after it, in its sentence.
  constexpr uint32_t kReach = 80;
  uint32_t lo = offset > kReach ? offset - kReach : 0;
  uint32_t hi = std::min<uint32_t>(static_cast<uint32_t>(text.size()), offset + kReach);
  if (offset > text.size() || lo >= hi) return false;
  static const RE2 kSentenceEnd("([.!?][\"'\xE2\x80\x9D\xE2\x80\x99)]*\\s|\\n)");
  re2::StringPiece before(text.data() + lo, offset - lo), end;
  while (RE2::FindAndConsume(&before, kSentenceEnd, &end))
    lo = static_cast<uint32_t>(end.data() + end.size() - text.data());
  re2::StringPiece after(text.data() + offset, hi - offset);
  if (RE2::FindAndConsume(&after, kSentenceEnd, &end))
    hi = static_cast<uint32_t>(end.data() - text.data());
  if (lo >= hi) return false;
  re2::StringPiece near(text.data() + lo, hi - lo);
  std::string called;
  while (RE2::FindAndConsume(&near, kCalled, &called))
    if (lower(called) == lower(introduced)) return true;
  return false;
}

std::optional<Subject> WorkIndex::At(uint32_t offset, std::string_view text) const {
  // The work named last (in mention order) by a mention ending at or before
  // `offset`.
  const auto past = std::upper_bound(by_end_.begin(), by_end_.end(), offset,
                                     [](uint32_t o, const Named& n) { return o < n.end; });
  if (past == by_end_.begin()) return dominant_;
  const Named& last = by_end_[latest_upto_[static_cast<size_t>(past - by_end_.begin()) - 1]];
  // Named in the same sentence: that one.
  const uint32_t last_end = last.end;
  const std::string_view between = last_end <= offset && offset <= text.size()
                                       ? text.substr(last_end, offset - last_end)
                                       : std::string_view();
  static const RE2 sentence_end("[.!?][\"'\xE2\x80\x9D\xE2\x80\x99)]*\\s|\\n");
  if (!RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), sentence_end))
    return last.work;
  // A work named once in passing ("a new role in the comedy 'High
  // Desert'") does not take over from the one the article is about, unless
  // the claim calls it by the kind it was introduced as: "the special"
  // after "will host a tribute special, titled ...".
  if (dominant_ && count_.at(last.work.id) == 1 && dominant_count_ >= 2 &&
      !CalledByItsKind(text, last, offset))
    return dominant_;
  return last.work;
}

std::string_view MentionSourceName(MentionSource source) {
  switch (source) {
    case MentionSource::kFactBase: return "fact-base";
    case MentionSource::kName: return "name";
    case MentionSource::kShortName: return "short-name";
    case MentionSource::kTitle: return "title";
    case MentionSource::kEvent: return "event";
    case MentionSource::kSeason: return "season";
  }
  return "";
}

Linker::Linker(const facts::FactBase* base) : base_(base) {
  if (base_ == nullptr) return;
  auto dictionary = std::make_shared<Dictionary>();
  for (const facts::Entity& e : base_->entities()) {
    if (e.kind == SubjectKind::kSeason) continue;  // season phrases are matched by rule 5
    std::vector<std::string> phrases = {e.name};
    phrases.insert(phrases.end(), e.aliases.begin(), e.aliases.end());
    for (const std::string& phrase : phrases) {
      dictionary->by_first_word[FirstWordKey(phrase)].push_back(
          {phrase, &e, phrase.find(' ') == std::string::npos});
      if (e.kind == SubjectKind::kPerson || e.kind == SubjectKind::kCharacter)
        AddShortNames(phrase, dictionary->short_names[&e]);
      // "Queen Elizabeth" for "Queen Elizabeth II", unless that names
      // someone else or several people.
      const std::string shorter = facts::NameWithoutSuffix(phrase);
      if (e.kind == SubjectKind::kPerson && !shorter.empty() && base_->FindByName(shorter) == &e)
        dictionary->by_first_word[FirstWordKey(shorter)].push_back({shorter, &e, false});
    }
  }
  for (auto& [key, entries] : dictionary->by_first_word)
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Dictionary::Entry& a, const Dictionary::Entry& b) {
                       return a.phrase.size() > b.phrase.size();
                     });
  dictionary_ = std::move(dictionary);
}

Linker::~Linker() = default;

DocumentMentions Linker::Index(const Document& doc) const {
  DocumentMentions out;
  out.doc_ = &doc;
  out.base_ = base_;
  Indexer indexer(doc, base_, dictionary_.get());
  out.mentions_ = indexer.Run();
  if (const auto& structure = indexer.structure()) out.salient_structure_ = structure->subject;
  for (const Mention& m : out.mentions_) {
    out.longest_mention_ = std::max(out.longest_mention_, m.span.size());
    AddNamedSeason(base_, m, out.named_seasons_);
  }
  out.works_ = std::make_shared<const WorkIndex>(out.mentions_, base_);
  return out;
}

}  // namespace factlint::mentions
