// DocumentMentions: what the subject text of a claim refers to.
#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "checker/core/ascii.h"
#include "checker/mentions/lexicon.h"
#include "checker/mentions/linker.h"
#include "checker/mentions/seasons.h"
#include "checker/mentions/tokens.h"

namespace factlint::mentions {

namespace {

bool IsTrimmable(char c) {
  return c == ' ' || c == ',' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '-' ||
         c == '\n' || c == '\t';
}

// The span without surrounding spaces, commas, quotes and dashes.
Span Trim(std::string_view text, Span span) {
  while (span.begin < span.end && IsTrimmable(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsTrimmable(text[span.end - 1])) --span.end;
  return span;
}

// A rule that asks for a season accepts the work ("Severance premiered"),
// and the other way round: which one the fact is about is the constraint
// engine's call.
bool Compatible(const Subject& subject, SubjectKind kind) {
  if (kind == SubjectKind::kNone || subject.kind == kind) return true;
  return (kind == SubjectKind::kSeason && subject.kind == SubjectKind::kWork) ||
         (kind == SubjectKind::kWork && subject.kind == SubjectKind::kSeason);
}

std::optional<Subject> IfCompatible(const Subject& subject, SubjectKind kind) {
  if (subject.kind == SubjectKind::kCharacter || !Compatible(subject, kind)) return std::nullopt;
  return subject;
}

bool HasShortName(const Subject& s, const std::string& key) {
  const std::vector<Word> words = Tokenize(s.name);
  if (words.size() < 2) return false;
  for (const Word* w : {&words.front(), &words.back()})
    if (FoldName(std::string_view(s.name).substr(w->begin, w->name_end - w->begin)) == key)
      return true;
  return false;
}

// The words of a name that carry its meaning, folded: "Key Bridge
// collapse: recovery of the fourth victim (Carlos Hernández)" -> key,
// bridge, collapse, recovery, fourth, victim, carlos, hernandez.
std::set<std::string> ContentWords(std::string_view name) {
  static const std::set<std::string_view> kFunctionWords = {"the", "a",  "an", "of",
                                                            "and", "in", "on", "for"};
  std::set<std::string> words;
  const std::string folded = FoldName(name);
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0)
      word.resize(word.size() - 2);
    if (!word.empty() && kFunctionWords.count(word) == 0) words.insert(word);
    word.clear();
  };
  for (const char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' ||
        static_cast<unsigned char>(c) >= 0x80)
      word += c;
    else
      flush();
  }
  flush();
  return words;
}

}  // namespace

DocumentMentions::Range DocumentMentions::Around(const Span& span) const {
  // Only mentions beginning in [span.begin - longest, span.end) can overlap
  // the span (mentions_ is in text order).
  const uint32_t from = span.begin > longest_mention_ ? span.begin - longest_mention_ : 0;
  const auto first =
      std::lower_bound(mentions_.begin(), mentions_.end(), from,
                       [](const Mention& m, uint32_t o) { return m.span.begin < o; });
  const auto last = std::lower_bound(first, mentions_.end(), span.end,
                                     [](const Mention& m, uint32_t o) { return m.span.begin < o; });
  return {first, last};
}

const Mention* DocumentMentions::MentionAt(const Span& span) const {
  const Mention* best = nullptr;
  uint32_t best_overlap = 0, best_extra = 0;
  for (const Mention& m : Around(span)) {
    const uint32_t begin = std::max(m.span.begin, span.begin);
    const uint32_t end = std::min(m.span.end, span.end);
    if (end <= begin) continue;
    const uint32_t overlap = end - begin;
    const uint32_t extra = m.span.size() - overlap;
    // Most overlap; then the mention that adds least outside the span;
    // then the later one (the head of "series star Adam Scott").
    if (best == nullptr || overlap > best_overlap ||
        (overlap == best_overlap && extra <= best_extra)) {
      best = &m;
      best_overlap = overlap;
      best_extra = extra;
    }
  }
  return best;
}

// The mentions that begin before `offset`, newest first: those that can end
// at or before it (a mention is never empty).
std::vector<Mention>::const_reverse_iterator DocumentMentions::BeforeOffset(uint32_t offset) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), offset,
                             [](const Mention& m, uint32_t o) { return m.span.begin < o; });
  return std::vector<Mention>::const_reverse_iterator(it);
}

std::optional<Subject> DocumentMentions::Resolve(const Span& raw, SubjectKind kind) const {
  if (doc_ == nullptr || raw.end > doc_->text.size() || raw.end <= raw.begin) return std::nullopt;
  const Span span = Trim(doc_->text, raw);
  const std::string_view text = doc_->Text(span);
  const std::vector<Word> words = Tokenize(text);
  if (words.empty()) return std::nullopt;
  const std::string last_word =
      AsciiLower(text.substr(words.back().begin, words.back().name_end - words.back().begin));

  // Pronouns are not guessed.
  if (words.size() == 1 && IsPronoun(last_word)) return std::nullopt;

  // "the actor", "The Parks and Recreation alum", "the 50-year-old": the
  // person named last before.
  if (IsPersonDescriptor(last_word) &&
      !(words.size() == 1 && words[0].capitalized && MentionAt(span) != nullptr)) {
    if (kind != SubjectKind::kNone && kind != SubjectKind::kPerson) return std::nullopt;
    return LastPerson(span.begin);
  }

  // A season phrase, with the work Index bound it to or the current work.
  const std::vector<SeasonPhrase> seasons = FindSeasonPhrases(text, span.begin);
  const Mention* mention = MentionAt(span);
  if (!seasons.empty() && (mention == nullptr || mention->subject.kind != SubjectKind::kSeason)) {
    const SeasonPhrase& phrase = seasons.front();
    std::optional<Subject> work;
    if (mention != nullptr && mention->subject.kind == SubjectKind::kWork) work = mention->subject;
    if (!work) work = CurrentWork(span.begin);
    if (!work) return std::nullopt;
    const int number =
        phrase.relative ? NewSeasonNumber(base_, *doc_, named_seasons_, *work) : phrase.number;
    if (number <= 0) return std::nullopt;
    return IfCompatible(SeasonSubject(base_, *work, number), kind);
  }

  if (mention != nullptr) {
    if (mention->is_character) return std::nullopt;
    return IfCompatible(mention->subject, kind);
  }

  // Text Index did not see as a mention: the fact base by name, a full
  // name, or a short name of someone named before.
  if (base_ != nullptr)
    if (const facts::Entity* e = base_->FindByName(text))
      if (e->kind != SubjectKind::kCharacter) return IfCompatible({e->id, e->name, e->kind}, kind);
  const bool all_capitalized = std::all_of(words.begin(), words.end(), [&](const Word& w) {
    return w.capitalized || IsNameParticle(text.substr(w.begin, w.name_end - w.begin));
  });
  if (!all_capitalized || words.size() > 4 ||
      (kind != SubjectKind::kNone && kind != SubjectKind::kPerson))
    return std::nullopt;
  if (words.size() >= 2) {
    const std::string name(text.substr(0, words.back().name_end));
    return Subject{"person:" + FoldName(name), name, SubjectKind::kPerson};
  }
  const std::string key = FoldName(text.substr(0, words[0].name_end));
  for (auto it = BeforeOffset(span.begin); it != mentions_.rend(); ++it) {
    if (it->span.end > span.begin) continue;
    if ((it->subject.kind == SubjectKind::kPerson || it->subject.kind == SubjectKind::kCharacter) &&
        HasShortName(it->subject, key))
      return IfCompatible(it->subject, kind);
  }
  return std::nullopt;
}

std::optional<Subject> DocumentMentions::LastPerson(uint32_t offset) const {
  for (auto it = BeforeOffset(offset); it != mentions_.rend(); ++it)
    if (it->span.end <= offset && it->subject.kind == SubjectKind::kPerson && !it->is_character)
      return it->subject;
  return std::nullopt;
}

uint32_t DocumentMentions::LeadEnd() const {
  if (doc_ == nullptr || doc_->sentences.empty()) return 0;
  return doc_->sentences[std::min<size_t>(1, doc_->sentences.size() - 1)].span.end;
}

std::optional<uint32_t> DocumentMentions::FirstNamed(const Subject& subject) const {
  if (!first_named_) {
    first_named_.emplace();
    for (const Mention& m : mentions_)  // in text order: the first stays
      if (!m.subject.empty()) first_named_->emplace(m.subject.id, m.span.begin);
  }
  const auto it = first_named_->find(subject.id);
  if (it == first_named_->end()) return std::nullopt;
  return it->second;
}

Gender DocumentMentions::GenderOf(const Subject& person) const {
  if (doc_ == nullptr) return Gender::kUnknown;
  if (!genders_) genders_ = ComputeGenders();
  const auto it = genders_->find(person.id);
  return it == genders_->end() ? Gender::kUnknown : it->second;
}

std::map<std::string, Gender> DocumentMentions::ComputeGenders() const {
  struct Votes {
    int male = 0;
    int female = 0;
  };
  std::map<std::string, Votes> votes;
  static const RE2 kMaleWord("(?i)\\b(he|him|his|himself)\\b");
  static const RE2 kFemaleWord("(?i)\\b(she|her|hers|herself)\\b");
  static const RE2 kMaleTitle("(?:Mr|Sir|Lord)\\.?\\s+$");
  static const RE2 kFemaleTitle("(?:Mrs|Ms|Miss|Dame|Lady)\\.?\\s+$");
  const std::string_view text = doc_->text;
  size_t m = 0;
  for (const Sentence& sentence : doc_->sentences) {
    std::string only;
    bool several = false;
    for (; m < mentions_.size() && mentions_[m].span.begin < sentence.span.end; ++m) {
      const Mention& mention = mentions_[m];
      if (mention.span.begin < sentence.span.begin ||
          mention.subject.kind != SubjectKind::kPerson || mention.is_character)
        continue;
      // "Mr McDonnell", "Ms. Pryce": the title right before the name.
      const uint32_t from = mention.span.begin > sentence.span.begin + 8 ? mention.span.begin - 8
                                                                         : sentence.span.begin;
      const re2::StringPiece before(text.data() + from, mention.span.begin - from);
      if (RE2::PartialMatch(before, kMaleTitle)) votes[mention.subject.id].male += 3;
      if (RE2::PartialMatch(before, kFemaleTitle)) votes[mention.subject.id].female += 3;
      if (only.empty()) {
        only = mention.subject.id;
      } else if (only != mention.subject.id) {
        several = true;
      }
    }
    // A sentence naming one person: its pronouns are most likely that
    // person's ("Reyes thanked his fans").
    if (only.empty() || several) continue;
    const auto count = [&](const RE2& word) {
      re2::StringPiece input(text.data() + sentence.span.begin,
                             sentence.span.end - sentence.span.begin);
      int n = 0;
      while (RE2::FindAndConsume(&input, word)) ++n;
      return n;
    };
    votes[only].male += count(kMaleWord);
    votes[only].female += count(kFemaleWord);
  }
  std::map<std::string, Gender> out;
  // Clear evidence only: one side at least three times the other.
  for (const auto& [id, v] : votes) {
    if (v.male > 0 && v.male >= 3 * v.female)
      out[id] = Gender::kMale;
    else if (v.female > 0 && v.female >= 3 * v.male)
      out[id] = Gender::kFemale;
  }
  return out;
}

std::optional<Subject> DocumentMentions::Salient(SubjectKind kind) const {
  if (doc_ == nullptr) return std::nullopt;
  // A whole-document answer, asked for again and again by a long article's
  // claims: computed once per kind.
  if (auto cached = salient_.find(kind); cached != salient_.end()) return cached->second;
  return salient_[kind] = ComputeSalient(kind);
}

std::optional<Subject> DocumentMentions::ComputeSalient(SubjectKind kind) const {
  return MostSalient(kind, nullptr);
}

std::optional<Subject> DocumentMentions::SalientWhere(
    SubjectKind kind, const std::function<bool(const Subject&)>& accept) const {
  if (doc_ == nullptr) return std::nullopt;
  return MostSalient(kind, &accept);
}

std::optional<Subject> DocumentMentions::MostSalient(
    SubjectKind kind, const std::function<bool(const Subject&)>* accept) const {
  const uint32_t lead_end = LeadEnd();
  struct Score {
    const Subject* subject;
    int weight;
    size_t first;
  };
  std::vector<Score> scores;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (m.is_character || m.subject.empty() || !Compatible(m.subject, kind)) continue;
    if (m.subject.kind == SubjectKind::kCharacter) continue;
    const int weight = m.span.begin < lead_end ? 3 : 1;
    auto it = std::find_if(scores.begin(), scores.end(),
                           [&](const Score& s) { return s.subject->id == m.subject.id; });
    if (it == scores.end()) {
      scores.push_back({&m.subject, weight, i});
    } else {
      it->weight += weight;
    }
  }
  const Score* best = nullptr;
  for (const Score& s : scores)
    if ((best == nullptr || s.weight > best->weight) &&
        (accept == nullptr || (*accept)(*s.subject)))
      best = &s;
  if (best == nullptr) return std::nullopt;
  // "Sequels to Top Gun, A Quiet Place, Star Wars and Avatar pushed back":
  // a round-up whose headline names four films is about none of them more
  // than the others (two others named nearly as often), and "the comedy"
  // further down is not the most named. Of two named alike (a final's
  // winner and runner-up), the first named is the one the story leads with.
  int close = 0;
  for (const Score& s : scores)
    if (&s != best && s.weight * 4 >= best->weight * 3 &&
        (accept == nullptr || (*accept)(*s.subject)))
      ++close;
  constexpr int kRoundUp = 2;
  if (close >= kRoundUp) return std::nullopt;
  return *best->subject;
}

std::optional<Subject> DocumentMentions::CurrentWork(uint32_t offset) const {
  const std::string_view text = doc_ ? std::string_view(doc_->text) : std::string_view();
  if (works_) return works_->At(offset, text);
  return CurrentWorkOf(mentions_, base_, offset, text);
}

Subject DocumentMentions::SeasonOf(const Subject& work, int number) const {
  return SeasonSubject(base_, work, number);
}

std::optional<Subject> DocumentMentions::ResolveName(std::string_view name,
                                                     SubjectKind kind) const {
  if (base_ == nullptr) return std::nullopt;
  // Of several events of one name (the 2019 and the 2023 strike), the
  // latest that had begun when the article was published; an event that
  // begins later is only meant when it is the one of that name (a prison
  // term or a trial an article announces).
  const facts::Entity* best = nullptr;
  const facts::Entity* later = nullptr;
  int best_year = -1;
  int later_year = 0;
  for (const facts::Entity* e : base_->FindAllByName(name)) {
    if (e->kind == SubjectKind::kCharacter || !Compatible({e->id, e->name, e->kind}, kind))
      continue;
    int year = 0;
    const auto starts = base_->FactsAbout(e->id, "start");
    if (!starts.empty() && starts[0]->date) year = starts[0]->date->from.year();
    if (doc_ != nullptr && doc_->published && year > doc_->published->year()) {
      if (later == nullptr || year < later_year) later = e, later_year = year;
      continue;
    }
    if (year > best_year) best = e, best_year = year;
  }
  if (best == nullptr) best = later;
  if (best == nullptr && (kind == SubjectKind::kNone || kind == SubjectKind::kEvent))
    best = EventByWords(name);
  if (best == nullptr) return std::nullopt;
  return Subject{best->id, best->name, best->kind};
}

const facts::Entity* DocumentMentions::EventByWords(std::string_view name) const {
  const std::set<std::string> wanted = ContentWords(name);
  if (wanted.size() < 2) return nullptr;
  const facts::Entity* found = nullptr;
  for (const facts::Entity& e : base_->entities()) {
    if (e.kind != SubjectKind::kEvent) continue;
    std::vector<std::string_view> names(e.aliases.begin(), e.aliases.end());
    names.push_back(e.name);
    const bool fits = std::any_of(names.begin(), names.end(), [&](std::string_view n) {
      const std::set<std::string> has = ContentWords(n);
      return std::includes(has.begin(), has.end(), wanted.begin(), wanted.end());
    });
    if (!fits) continue;
    if (found != nullptr) return nullptr;  // two events fit: neither is meant
    found = &e;
  }
  return found;
}

std::optional<Subject> DocumentMentions::ReturningSeason(const Subject& work) const {
  if (doc_ == nullptr || work.kind != SubjectKind::kWork) return std::nullopt;
  if (base_ != nullptr && base_->Find(work.id) != nullptr) {
    const int number = NewSeasonNumber(base_, *doc_, named_seasons_, work);
    if (number > 0) return SeasonSubject(base_, work, number);
    return std::nullopt;
  }
  int named = 0;
  for (const Mention& m : mentions_) {
    std::string work_id;
    int number = 0;
    if (m.how != MentionSource::kSeason || !SeasonParts(base_, m.subject, &work_id, &number) ||
        work_id != work.id)
      continue;
    if (named != 0 && named != number) return std::nullopt;
    named = number;
  }
  if (named == 0) return std::nullopt;
  return SeasonSubject(base_, work, named);
}

}  // namespace factlint::mentions
