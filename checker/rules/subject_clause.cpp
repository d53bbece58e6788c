#include "checker/rules/subject_clause.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "checker/annotate/annotate.h"
#include "checker/core/ascii.h"
#include "checker/core/regex_letters.h"
#include "checker/mentions/lexicon.h"
#include "checker/mentions/linker.h"
#include "checker/mentions/seasons.h"

namespace factlint::rules {
namespace {

// Who a person is to another: named through that person ("his wife",
// "Ruiz's lawyer", "the Trump ally"), they are someone else, and the
// clause is theirs (RelativeOpensClause, ModifiesANoun). Plurals add "s".
constexpr const char* kAssociateNoun =
    "(?:son|daughter|child|children|kid|baby|wife|husband|spouse|partner|widow|widower|"
    "mother|father|mom|mum|dad|parent|brother|sister|sibling|twin|grandson|granddaughter|"
    "grandchild|grandchildren|grandmother|grandfather|grandparent|uncle|aunt|nephew|niece|"
    "cousin|stepson|stepdaughter|stepfather|stepmother|fiance|fiancé|fiancee|fiancée|"
    "girlfriend|boyfriend|companion|manager|agent|lawyer|attorney|publicist|spokesperson|"
    "spokesman|spokeswoman|representative|rep|assistant|friend|bandmate|co-star|costar|"
    "teammate|coach|doctor|successor|predecessor|deputy|rival|opponent|ally|allies|aide|"
    "adviser|advisor|associate|confidant|critic|loyalist|appointee|nominee|campaign|"
    "administration|family|estate|camp)";

// Whether a clause in `text` opens with a relative or an associate named
// through someone else ("Her son, Tom, died at 17", "In 2023, his wife
// died", "Shane, her fourth son, died"), or a "who" clause is about one ("a
// post to her son, Shane, who died at 17"): the dates and ages that follow
// are theirs. ("Ana, who survived her husband, died" opens with Ana.)
bool RelativeOpensClause(std::string_view text) {
  // "his wife", "their eldest son", "Ruiz's wife of 40 years", "Jones' lawyer".
  static const std::string kRelation =
      "(?:his|her|their|(?-i:\\p{Lu}[\\p{L}.-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}.-]*)){0,2}['’]s?)[ ]+"
      "(?:(?:late|former|ex|then|eldest|oldest|youngest|younger|older|fourth|fifth|sixth|"
      "seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|only|first|second|third|new|longtime|"
      "long-time|beloved|estranged|adopted|twin|baby|infant|teenage|adult|\\d+-year-old)[ -]+)"
      "{0,2}" +
      std::string(kAssociateNoun) + "s?\\b";
  static const RE2 kOpensClause("(?i)(?:^|[,;:])[ ]*(?:and[ ]+|but[ ]+|while[ ]+)?" + kRelation);
  static const RE2 kWhoClause(
      "(?i)\\b" + kRelation +
      "(?:,?[ ]+(?-i:\\p{Lu}[\\p{L}'’-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}'’-]*))?)?"
      ",?[ ]+(?:who|whose)\\b");
  const re2::StringPiece piece(text.data(), text.size());
  return RE2::PartialMatch(piece, kOpensClause) || RE2::PartialMatch(piece, kWhoClause);
}

// A subordinate clause with a subject of its own between a name and a value:
// in "the oldest champion since Nicklaus won at age 46", the age is
// Nicklaus's, whoever was named before "since". A reported clause, and one
// that opens with someone's relative, have subjects of their own too.
bool AnotherSubjectIn(std::string_view text) {
  static const RE2 kSubordinateSubject(
      "\\b(?:since|when|after|before|as|while|because|than|until|unless|whereas|where)[ ]+"
      "(?-i:\\p{Lu}[\\p{L}'’.-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}'’.-]*)){0,5}[ ]+"
      "(?-i:[a-z]+ed|won|wins|was|were|is|are|has|had|did|does|made|took|became|began|came|went|"
      "lost|got|ran|said|says|set|hit|led|left|beat|broke|fell|gave|held|kept|met|paid|rose|"
      "sold|struck|swore|told|wrote)\\b");
  // "Karen Webb said the attacker was a 40-year-old man": what is said has
  // a subject of its own.
  static const RE2 kReportedSubject(
      "(?i)\\b(?:said|says|told|added|confirmed|believed|believes)(?:[ ]+[\\p{L}]+){0,4}?[ ]+"
      "(?:that[ ]+)?(?:the|a|an)[ ]+"
      "[a-z-]+(?:[ ]+[a-z-]+)?[ ]+(?:was|is|were|are|had|has)\\b");
  const re2::StringPiece piece(text.data(), text.size());
  return RE2::PartialMatch(piece, kSubordinateSubject) ||
         RE2::PartialMatch(piece, kReportedSubject) || RelativeOpensClause(text);
}

// "The Trump ally was convicted": a person's name that modifies another
// person's noun is not who the clause is about.
// "Ruiz's wife of 40 years, Rosa, died": nor is a possessive one.
bool ModifiesANoun(const SentenceEnv& env, const mentions::Mention& m) {
  if (m.subject.kind != SubjectKind::kPerson) return false;
  static const RE2 kRelationalNoun("^(?:['’]s?)?[ ]+(?:(?:late|former|longtime|estranged)[ ]+)?" +
                                   std::string(kAssociateNoun) + "s?\\b");
  return RE2::PartialMatch(env.Trail(m.span.end, 20), kRelationalNoun);
}

// True when `m`, a person named after `span`, is the verb's object, not
// its subject: "passed away at Balmoral", "police arrested Dana Price". The
// subject comes after the verb only after a noun ("the death of Ana
// Ruiz"; "Ana Ruiz's funeral" is before), or when the verb befalls its
// object ("... was arrested").
bool VerbsObject(const SentenceEnv& env, const Span& span, const mentions::Mention& m,
                 SubjectKind kind) {
  if (kind != SubjectKind::kPerson) return false;
  static const RE2 kOf("^[ ]*(?:of|for)[ ]+(?:(?i:the)[ ]+)?$");
  const std::string_view gap = env.doc->Text(Span{span.end, m.span.begin});
  if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kOf)) return false;
  static const RE2 kBefallsObject("(?i)(?:arrested|convicted|sentenced|charged|indicted|found)$");
  return !RE2::PartialMatch(re2::StringPiece(env.doc->Text(span)), kBefallsObject);
}

// "The show's second season, which premiered in October": a season phrase
// of the clause names the season of the work in context. In a relative
// clause ("..., which premiered") the phrase is the antecedent, in the
// clause before.
std::optional<Subject> SeasonPhraseBefore(const SentenceEnv& env,
                                          const annotate::SentenceAnnotations* notes,
                                          uint32_t clause, const Span& span) {
  uint32_t lead_begin = clause;
  static const RE2 kRelativeOpener("^[ ]*(?i:which|who|that)\\b");
  const std::string_view rest = env.doc->Text(Span{clause, span.begin});
  if (notes != nullptr && clause > env.sentence->span.begin &&
      RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kRelativeOpener))
    lead_begin = notes->ClauseStart(clause - 1);
  const std::string_view lead = env.doc->Text(Span{lead_begin, span.begin});
  const std::vector<mentions::SeasonPhrase> phrases = mentions::FindSeasonPhrases(lead, lead_begin);
  for (auto it = phrases.rbegin(); it != phrases.rend(); ++it)
    if (std::optional<Subject> season = env.mentions->Resolve(it->span, SubjectKind::kSeason))
      if (season->kind == SubjectKind::kSeason) return season;
  return std::nullopt;
}

// The clause's words before `span`, without an opening phrase set off by a
// comma, which is not the clause's subject: "According to the order, the
// trial is set to begin on October 2". (An apposition is: "The former first
// lady, also from Plains, died".)
std::string ClauseBefore(const SentenceEnv& env, const Span& span) {
  const uint32_t clause = env.annotations->Get().ClauseStart(span.begin);
  std::string before(env.doc->Text(Span{clause, span.begin}));
  static const RE2 kOpeningPhrase(
      "^\\s*(?i:according|after|before|under|in|on|at|by|with|without|despite|following|amid|"
      "during|since|as|for|from|per|when|while|once|earlier|later|meanwhile|however)\\b[^,]*,");
  while (RE2::Replace(&before, kOpeningPhrase, "")) {
  }
  return before;
}

// "Balwani was convicted in July and will be sentenced on Dec. 7": one
// capitalized word right before the sentence's verb, which the linker does
// not know and the article never writes in lower case, is the name of
// someone the article names only so, and the sentence is theirs. A common
// noun opening a sentence ("Sentencing is set for May 2") is written in
// lower case elsewhere, or is a word no name is.
bool OpensWithUnknownName(const SentenceEnv& env, std::string_view opening) {
  static const RE2 kNameThenVerb(
      "^\\W*((?-i:\\p{Lu}\\p{Ll}{3,}))[ ]+(?:was|is|has|had|will|would|pleaded|pled)\\b");
  re2::StringPiece word;
  if (!RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kNameThenVerb, &word))
    return false;
  const std::string_view name(word.data(), word.size());
  if (mentions::IsNameStopword(name)) return false;
  const auto at = static_cast<uint32_t>(env.sentence->span.begin + (word.data() - opening.data()));
  const Span span{at, at + static_cast<uint32_t>(word.size())};
  for (const mentions::Mention& m : env.mentions->Around(span))
    if (m.span.begin < span.end && span.begin < m.span.end) return false;
  // Written in lower case anywhere in the article: a common noun.
  const std::string lower = AsciiLower(std::string(name));
  const std::string_view text = env.doc->text;
  for (size_t pos = text.find(lower); pos != std::string_view::npos;
       pos = text.find(lower, pos + 1)) {
    const bool starts = pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1]));
    const size_t end = pos + lower.size();
    const bool ends = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
    if (starts && ends) return false;
  }
  return true;
}

// The gender of the personal pronoun nearest before `span` in its clause
// ("she is scheduled to be sentenced"; "She took Fenty's seat when he
// became mayor": he), kUnknown when there is none.
mentions::Gender ClausePronounGender(const SentenceEnv& env, const Span& span) {
  if (env.annotations == nullptr) return mentions::Gender::kUnknown;
  const std::string before = ClauseBefore(env, span);
  static const RE2 kPronoun("(?i)\\b(he|his|him|she|her)\\b");
  re2::StringPiece input(before);
  std::string pronoun, last;
  while (RE2::FindAndConsume(&input, kPronoun, &pronoun)) last = pronoun;
  if (last.empty()) return mentions::Gender::kUnknown;
  const std::string word = AsciiLower(last);
  return word == "she" || word == "her" ? mentions::Gender::kFemale : mentions::Gender::kMale;
}

// "Garcia died in 1995": a clause whose subject is a name the linker does
// not know (one it knows, the `nearest` fallback takes first) is about
// someone other than the article's person. Not a headline's "Former
// President Dies" (a title and a descriptor, no name).
bool NameOnly(const std::string& before) {
  static const RE2 kName("^[ ]*((?:\\p{Lu}[\\p{L}'’.-]*[ ]+){1,3})$");
  std::string name;
  if (!RE2::FullMatch(before, kName, &name)) return false;
  std::vector<std::string_view> words;
  for (size_t at = 0; at < name.size();) {
    const size_t space = name.find(' ', at);
    words.push_back(std::string_view(name).substr(at, space - at));
    at = space + 1;  // the captured name ends in a space
  }
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string lower = AsciiLower(words[i]);
    if (mentions::IsNameStopword(words[i]) || mentions::IsPersonDescriptor(lower) ||
        mentions::TitleWords(words[i], i + 1 < words.size() ? words[i + 1] : "") > 0 ||
        mentions::IsOrganizationWord(words[i]))
      return false;
  }
  return true;
}

// "Opening Day is tentatively scheduled for April 7", in an article about
// a lockout: a clause whose subject is a name of its own is about what
// that name names, not the article's event; unless the linker knows the
// name as an event (the article's own, maybe).
bool OpensWithAnotherName(const SentenceEnv& env, const Span& span, const std::string& before) {
  static const RE2 kNamed(
      "^\\s*(?:(?i:the)[ ]+)?((?-i:\\p{Lu}[\\p{L}'’.&-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}'’.&-]*)){0,4})"
      "(?:[ ]+(?i:is|was|are|were|has|have|had|will|would|be|been|now|also|still|tentatively|"
      "currently|officially|already|initially|originally|then))*[ ]*$");
  re2::StringPiece name;
  if (!RE2::FullMatch(before, kNamed, &name)) return false;
  if (mentions::IsNameStopword(std::string_view(name.data(), name.size()))) return false;
  const auto offset = static_cast<uint32_t>(name.data() - before.data());
  const uint32_t at = span.begin - static_cast<uint32_t>(before.size()) + offset;
  const Span named{at, at + static_cast<uint32_t>(name.size())};
  for (const mentions::Mention& m : env.mentions->Around(named))
    if (m.span.begin < named.end && named.begin < m.span.end &&
        m.subject.kind == SubjectKind::kEvent)
      return false;
  return true;
}

}  // namespace

// name: the event befalls that someone, not the person named before or the
// one the article is about.
bool ObjectDescribedAfter(const SentenceEnv& env, const Span& trigger) {
  static const RE2 kSomeone("^[ ]*(?i:of[ ]+)?(?i:the|a|an|his|her|their|its)[ ]");
  static const RE2 kOfSomeone("^[ ]*(?i:of)[ ]+(?i:the|a|an|his|her|their|its)[ ]");
  static const RE2 kEndsWithOf("(?i)\\bof$");
  const std::string_view rest = env.doc->Text(Span{trigger.end, env.sentence->span.end});
  const std::string_view text = env.doc->Text(trigger);
  const bool of_in_trigger =
      RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kEndsWithOf);
  return RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()),
                           of_in_trigger ? kSomeone : kOfSomeone);
}

// Whether `name` sits in an apposition or a relative clause set off by
// commas after another name, closed before `until`: "John Smith, frontman
// of the Rolling Stones, celebrated", "Ana Ruiz, whose album Blue sold well,
// received". The name before the commas is the clause's subject. ("On
// Sunday, the singer Ana Ruiz, 80, died": no name before the comma.)
bool InClosedApposition(const SentenceEnv& env, const Span& name, uint32_t until) {
  if (until <= name.end) return false;
  // The comma after the name must close the apposition, not open a clause
  // about the name itself ("... of Ida Straus, who died in 1912").
  const std::string_view after = env.doc->Text(Span{name.end, until});
  const size_t closing = after.find(',');
  if (closing == std::string_view::npos) return false;
  static const RE2 kAboutTheName("(?i)^[ ]*(?:who|whose|which|whom)\\b");
  const std::string_view rest = after.substr(closing + 1);
  if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kAboutTheName)) return false;
  const std::string_view before = env.doc->Text(Span{env.sentence->span.begin, name.begin});
  const size_t comma = before.rfind(',');
  if (comma == std::string_view::npos) return false;
  size_t word = comma + 1;
  while (word < before.size() && before[word] == ' ') ++word;
  // The apposition describes: it opens with a lower-case word.
  if (word >= before.size() || before[word] < 'a' || before[word] > 'z') return false;
  // A relative clause whose subject is the name is about what precedes it,
  // named or not: "Prince Arno, whom Lena married in 1950, died".
  static const RE2 kRelativePronoun("^(?:whom|which|whose[ ]+[a-z]+)[ ]*$");
  const std::string_view opening = before.substr(word);
  if (RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kRelativePronoun))
    return true;
  const auto comma_at = static_cast<uint32_t>(env.sentence->span.begin + comma);
  for (const mentions::Mention& m : env.mentions->Around(env.sentence->span))
    if (m.span.end == comma_at && !m.is_character) return true;
  return false;
}

// A name the words before it make something other than what a claim is
// about: an opponent ("Miura's strike against Thespakusatsu Gunma came at
// 50"), or a work another one derives from ("the deluxe edition of 'Smart'
// will be released on June 5": the edition's date, not the album's).
bool NotTheSubjectAt(const SentenceEnv& env, uint32_t offset) {
  static const RE2 kOtherThanSubject(
      "(?i)\\b(?:against|versus|vs\\.?|"
      "(?:edition|reissue|re-release|remaster|remastered[ ]+version|version|remake|reboot|"
      "adaptation|trailer|teaser|soundtrack|box[ ]+set|vinyl)[ ]+of)"
      "[ ]+(?:the[ ]+)?[\"'“‘]?$");
  return RE2::PartialMatch(env.Lead(offset, 48), kOtherThanSubject);
}

std::optional<Subject> NearestInClause(const SentenceEnv& env, const Span& span, SubjectKind kind) {
  const Span sentence = env.sentence->span;
  const annotate::SentenceAnnotations* notes =
      env.annotations != nullptr ? &env.annotations->Get() : nullptr;
  const uint32_t clause = notes != nullptr ? notes->ClauseStart(span.begin) : sentence.begin;
  const mentions::Mention* before = nullptr;
  const mentions::Mention* season_before = nullptr;  // "the second season of X debuts"
  const mentions::Mention* after = nullptr;
  const mentions::Mention* inside = nullptr;
  for (const mentions::Mention& m : env.mentions->Around(sentence)) {
    if (m.span.begin < sentence.begin || m.span.end > sentence.end) continue;
    if (m.is_character || m.subject.empty() || m.subject.kind == SubjectKind::kCharacter) continue;
    const bool fits = kind == SubjectKind::kNone || m.subject.kind == kind ||
                      (kind == SubjectKind::kSeason && m.subject.kind == SubjectKind::kWork) ||
                      (kind == SubjectKind::kWork && m.subject.kind == SubjectKind::kSeason);
    if (!fits || NotTheSubjectAt(env, m.span.begin) || ModifiesANoun(env, m)) continue;
    if (span.Contains(m.span)) {
      inside = &m;  // "the date of Ana Ruiz's funeral has not been set"
    } else if (m.span.end <= span.begin) {
      const bool same_clause = m.span.begin >= clause;
      // "Prince Arno, whom Lena married in 1950, died (on April 9 aged 99)":
      // a whole relative clause set off by commas between the name and its
      // predicate.
      static const RE2 kWholeRelative(
          "^,[ ]+(?:who|whom|whose)\\b[^,;]*,(?:[ ]+[a-z][^,;]*)?[ ]*$");
      const std::string_view to_verb = env.doc->Text(Span{m.span.end, span.begin});
      const bool relative =
          notes != nullptr &&
          ((notes->RelativeClauseAfter(m.span.end) && clause <= m.span.end + 16) ||
           RE2::FullMatch(re2::StringPiece(to_verb.data(), to_verb.size()), kWholeRelative));
      if ((same_clause || relative) && !AnotherSubjectIn(to_verb) &&
          !InClosedApposition(env, m.span, span.begin)) {
        before = &m;
        if (m.subject.kind == SubjectKind::kSeason) season_before = &m;
      }
    } else if (m.span.begin >= span.end && after == nullptr &&
               (notes == nullptr || !notes->ClauseBreakBetween(span, m.span)) &&
               !VerbsObject(env, span, m, kind)) {
      after = &m;
    }
  }
  if (inside != nullptr) return inside->subject;
  // "the death of the King of Thailand": the verb's object, someone the
  // linker does not know, is whom it befalls; nobody named before.
  if (kind == SubjectKind::kPerson && after == nullptr && ObjectDescribedAfter(env, span))
    return std::nullopt;
  if (kind == SubjectKind::kSeason && season_before != nullptr) return season_before->subject;
  if (kind == SubjectKind::kSeason)
    if (std::optional<Subject> season = SeasonPhraseBefore(env, notes, clause, span)) return season;
  if (before != nullptr && kind == SubjectKind::kPerson) {
    // "Barker hosted The Price Is Right until he retired at 87": a pronoun
    // nearer the verb than any name is its subject, and refers to the
    // person the article is about.
    // Not a person of the other gender: in "She took Fenty's seat when he
    // became mayor", he is Fenty, not the article's woman.
    // But a name that opens the sentence is what its pronouns refer to
    // first: "Roberts set the record when he played at 50" is Roberts'
    // age, whoever the article is about.
    static const RE2 kPronoun("(?i)\\b(?:he|she)\\b");
    const std::string_view between = env.doc->Text(Span{before->span.end, span.begin});
    if (RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), kPronoun)) {
      const std::string_view opening = env.doc->Text(Span{sentence.begin, before->span.begin});
      const bool opens_sentence = opening.find_first_not_of(" \"'“‘") == std::string_view::npos;
      if (opens_sentence && !PronounMismatch(env, span, before->subject)) return before->subject;
      if (std::optional<Subject> salient = env.mentions->Salient(SubjectKind::kPerson)) {
        if (!PronounMismatch(env, span, *salient)) return salient;
        if (PronounMismatch(env, span, before->subject)) return std::nullopt;
      }
    }
  }
  if (before != nullptr) return before->subject;
  if (after != nullptr) return after->subject;
  return std::nullopt;
}

// The name that opens the clause right before its verb, when the linker
// did not take it for anything of the kind wanted: "Red Mesa has now been
// delayed to ..." -> "Red Mesa", also as the clause a verb of saying
// reports ("Nelson announced Artemis II will launch ..."). Auxiliaries and
// adverbs between the name and the verb are skipped; anything else means
// the name is not the verb's subject.
std::optional<Span> ClauseSubjectSpan(const SentenceEnv& env, const Span& verb) {
  if (env.annotations == nullptr) return std::nullopt;
  uint32_t clause = env.annotations->Get().ClauseStart(verb.begin);
  std::string_view before = env.doc->Text(Span{clause, verb.begin});
#define FACTLINT_CLAUSE_NAME                                                                  \
  "(?:[Tt]he[ ]+)?((?-i:[" FACTLINT_UPPER_LETTERS "\\d][" FACTLINT_LETTERS                    \
  "\\d'’.:&!?+\\-]*"                                                                        \
  "(?:[ ]+(?:(?:of|the|and|in|on|a|an|to|for|with|at|from|&|x)[ ]+)*[" FACTLINT_UPPER_LETTERS \
  "\\d][" FACTLINT_LETTERS                                                                    \
  "\\d'’.:&!?+\\-]*){0,6})(?:[ ]+(?:mission|flight|strike|trial|tour|"                      \
  "summit|festival|launch|expedition|walkout|lockout|talks))?)"
  static const RE2 kSubjectThenAux(
      "(?:^|,[ ]*|^(?:[A-Z][a-z]+[ ]+){0,1}|^[ ]*(?:and|but|while|whereas)[ ]+|"
      "\\b(?:announced|said|says|confirmed|revealed|added|stated)[ ]+(?:that[ "
      "]+)?)" FACTLINT_CLAUSE_NAME
      ",?[ ]+(?i:(?:has|have|had|is|are|was|were|will|would|now|finally|also|"
      "officially|reportedly|still|been|be|being|just|again|once[ ]+again)[ ]+)*$");
  // "a Harbor Pilots Union Strike, which launched in March": a relative
  // clause's subject is its antecedent, the name right before it.
  static const RE2 kRelativeOpener("^[ ]*(?:which|who|that)[ ]+$");
  static const RE2 kAntecedent("(?:^|[ ])" FACTLINT_CLAUSE_NAME "[ ]*,[ ]*$");
#undef FACTLINT_CLAUSE_NAME
  const RE2* shape = &kSubjectThenAux;
  if (RE2::FullMatch(re2::StringPiece(before.data(), before.size()), kRelativeOpener) &&
      clause > env.sentence->span.begin) {
    const uint32_t antecedent_from =
        clause > env.sentence->span.begin + 120 ? clause - 120 : env.sentence->span.begin;
    before = env.doc->Text(Span{antecedent_from, clause});
    clause = antecedent_from;
    shape = &kAntecedent;
  }
  re2::StringPiece name;
  if (!RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *shape, &name))
    return std::nullopt;
  const auto begin = clause + static_cast<uint32_t>(name.data() - before.data());
  const Span span{begin, begin + static_cast<uint32_t>(name.size())};
  // One capitalized word opening a sentence is as likely a common noun
  // ("Prices collapsed in 2008"): a name needs two words or a "the".
  const bool one_word = name.find(' ') == re2::StringPiece::npos;
  static const RE2 kEndsWithThe("(?i)\\bthe[ ]+$");
  const bool after_the =
      name.data() - before.data() >= 4 &&
      RE2::PartialMatch(
          re2::StringPiece(before.data(), static_cast<size_t>(name.data() - before.data())),
          kEndsWithThe);
  if (one_word && !after_the) return std::nullopt;
  // A known person's name is not a work's or an event's (a capitalized name
  // the linker merely guessed to be a person's may be either).
  for (const mentions::Mention& m : env.mentions->Around(span))
    if (m.span.begin < span.end && span.begin < m.span.end &&
        ((m.subject.kind == SubjectKind::kPerson && m.how == mentions::MentionSource::kFactBase) ||
         m.is_character))
      return std::nullopt;
  return span;
}

// Does the clause open with "he" or "she" a few words before `span` ("She
// won seven Emmys", "He has since won two")?
bool ClauseOpensWithPersonPronoun(const SentenceEnv& env, const Span& span) {
  if (env.annotations == nullptr) return false;
  static const RE2 kPronounFirst("^\\s*(?i:he|she)(?:\\s+[\\p{L}'’-]+){0,3}\\s*$");
  return RE2::FullMatch(ClauseBefore(env, span), kPronounFirst);
}

// "Lanternfish, last year's biggest hit, landed six nominations",
// "Surprise hit Tinfoil racked up three": the sentence names its subject
// before the match, a capitalized name the linker does not know (a
// one-word title it could not tell from a common word). The work the
// article last named is then not the subject.
bool NamesAnUnknownSubjectBefore(const SentenceEnv& env, uint32_t match_begin) {
  const std::string_view opening = env.doc->Text(Span{env.sentence->span.begin, match_begin});
  // An opening phrase ("Last year, "), up to three words of description
  // ("Surprise hit", "The drama"), the name, an apposition, the match.
  static const RE2 kUnknownThenMatch(
      "^\\W*(?:[^,]{1,40},[ ]+)?(?:[\\p{L}'’-]+[ ]+){0,3}?"
      "((?-i:\\p{Lu}[\\p{L}'’.:-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}'’.:-]*)){0,3})"
      "(?:,[^,]{3,80},)?[ ]*$");
  re2::StringPiece name;
  if (!RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kUnknownThenMatch,
                         &name))
    return false;
  const std::string_view first(name.data(), std::min<size_t>(name.find(' '), name.size()));
  if (mentions::IsNameStopword(first)) return false;
  const auto at = static_cast<uint32_t>(env.sentence->span.begin + (name.data() - opening.data()));
  const Span span{at, at + static_cast<uint32_t>(name.size())};
  for (const mentions::Mention& m : env.mentions->Around(span))
    if (m.span.begin < span.end && span.begin < m.span.end) return false;
  return true;
}

// The number of a season phrase that ends a word or two before `offset`
// ("the Season 3 premiere", "the season two finale"), else 0.
int SeasonNamedRightBefore(const SentenceEnv& env, uint32_t offset) {
  constexpr uint32_t kReach = 40;
  const std::string_view lead = env.Lead(offset, kReach);
  const auto from = static_cast<uint32_t>(offset - lead.size());
  const std::vector<mentions::SeasonPhrase> phrases = mentions::FindSeasonPhrases(lead, from);
  if (phrases.empty() || phrases.back().relative) return 0;
  static const RE2 kNextToIt("^[ ]+(?:[a-z-]+[ ]+)?$");
  const std::string_view gap = env.doc->Text(Span{phrases.back().span.end, offset});
  return RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kNextToIt) ? phrases.back().number
                                                                             : 0;
}

// Whether the sentence opens with "The star", "The actor", "The
// 50-year-old": a description of a person as its subject.
bool OpensWithPersonDescription(const SentenceEnv& env) {
  const std::string_view sentence = env.doc->Text(env.sentence->span);
  // "The star", "The pop star", "The country artist turned pop star": a
  // descriptor among the first three words after "The".
  static const RE2 kOpening(
      "^\\W*(?i:the)[ ]+([\\p{L}-]+)(?:[ ]+([\\p{L}-]+))?(?:[ ]+([\\p{L}-]+))?[ ]");
  std::string words[3];
  if (!RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), kOpening, &words[0],
                         &words[1], &words[2]))
    return false;
  for (const std::string& word : words)
    if (!word.empty() && mentions::IsPersonDescriptor(AsciiLower(word))) return true;
  return false;
}

// Whether the clause of `span` is about a later part of a work: "the second
// part of Night Harbor will come out on July 9", "Volume two, with three
// episodes, arrives July 9", "the finale of the show airs May 5". Such a
// date is the part's, never the work's or its season's; a first part's
// ("the first two episodes drop on June 4") is the season's start and
// stays the work's. `span` is the trigger a fallback subject was found
// for, or (`captured`) the work's name a rule captured: then only "the
// second part of" right before it counts.
bool ClauseIsALaterPart(const SentenceEnv& env, const Span& span, bool captured) {
  if (env.annotations == nullptr) return false;
#define FACTLINT_LATER_PART                                                                   \
  "(?:(?:second|third|fourth|fifth|sixth|final|last|closing|remaining|latter|back)[ ]+"       \
  "(?:part|volume|vol\\.|chapter|batch|installment|instalment|episodes?|leg)|"                \
  "(?:part|volume|vol\\.|chapter|batch|leg)[ ]+(?:[2-9]|two|three|four|five|six|II|III|IV|V)" \
  "|(?:season[ ]+)?finale)"
  // The part opens the sentence or the clause ("Volume two, with ...,
  // arrives"; "the second half is out in May") ...
  static const RE2 kOpens("(?i)^\\W*(?:(?:the|its|their)[ ]+)?(?:" FACTLINT_LATER_PART
                          "|(?:second|back|latter)[ ]+half)\\b");
  // ... or names the work as what it is part of.
  static const RE2 kPartOf("(?i)\\b" FACTLINT_LATER_PART "[ ]+(?:of|from)[ ]");
  static const RE2 kPartOfName("(?i)\\b" FACTLINT_LATER_PART
                               "[ ]+(?:of|from)[ ]+(?:(?:the|its|their)[ ]+)?$");
  // ... or is what the event is for, right after it ("a November premiere
  // date for its final episodes").
  static const RE2 kForThePart(
      "(?i)^[^,;.]{0,40}?\\b(?:for|of)[ ]+(?:the|its|their)[ ]+" FACTLINT_LATER_PART "\\b");
#undef FACTLINT_LATER_PART
  const std::string before = ClauseBefore(env, span);
  if (captured) return RE2::PartialMatch(before, kPartOfName);
  const std::string_view opening = env.doc->Text(Span{env.sentence->span.begin, span.begin});
  const re2::StringPiece sentence(opening.data(), opening.size());
  return RE2::PartialMatch(before, kOpens) || RE2::PartialMatch(sentence, kOpens) ||
         RE2::PartialMatch(before, kPartOf) ||
         RE2::PartialMatch(env.Trail(span.end, 64), kForThePart);
}

// A pronoun of one gender never refers to a person the article calls by the
// other: "McDonnell will appeal his conviction ... She is to be sentenced on
// Feb. 20" is about his wife.
bool PronounMismatch(const SentenceEnv& env, const Span& span, const Subject& person) {
  if (person.kind != SubjectKind::kPerson) return false;
  const mentions::Gender said = ClausePronounGender(env, span);
  if (said == mentions::Gender::kUnknown) return false;
  const mentions::Gender known = env.mentions->GenderOf(person);
  return known != mentions::Gender::kUnknown && known != said;
}

// May the entity the article is about be the subject of this clause? Not
// when the clause names something else before the verb: "the former first
// lady died", "a son born in July", "the slate included shows slated for
// release". A pronoun refers to the salient entity ("she died", "it
// launches"); so does a definite description whose head says the kind
// ("the sequel", "the mission"); a determiner right before the match is
// its own ("the 46-year-old"). `described` gets that description when there
// is one, for DescribesSalient.
bool ClauseOpenForSalient(const SentenceEnv& env, const Span& span, SubjectKind kind,
                          std::string* described) {
  if (env.annotations == nullptr) return true;
  std::string before = ClauseBefore(env, span);
  if (AnotherSubjectIn(before)) return false;
  const bool person = kind == SubjectKind::kPerson;
  static const RE2 kPersonPronoun("(?i)\\b(?:he|she|his|her|him)\\b");
  static const RE2 kThingPronoun("(?i)\\b(?:it|its)\\b");
  // A relative clause's subject is its antecedent: in "His wife, Mary, who
  // he married in 1946, died in 2023" the clause before "died" has a "he",
  // but the sentence's subject is the wife. What she said is another clause.
  const std::string_view opening = env.doc->Text(Span{env.sentence->span.begin, span.begin});
  static const RE2 kReported("(?i)\\b(?:said|says|told|added|recalled|wrote|announced)\\b");
  if (RelativeOpensClause(opening) &&
      !RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kReported))
    return false;
  // "He is the father of eight, with the eighth born in 2016", "a son born
  // in July": a child or one of a count right before the verb is its subject,
  // whoever the pronoun before it is.
  static const RE2 kOffspringBefore(
      "(?i)\\b(?:the|a|an|one|his|her|their)[ ]+(?:youngest|eldest|oldest|first|second|third|"
      "fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|other|son|daughter|child|baby|"
      "boy|girl|twins?)[ ]*$");
  if (person && RE2::PartialMatch(before, kOffspringBefore)) return false;
  // "Prince Arno, whom Lena married in 1950, died": a name the linker does
  // not know, introduced by a relative clause, is the sentence's subject.
  static const RE2 kIntroduced(
      "^\\W*((?-i:\\p{Lu}[\\p{L}'’.-]*)(?:[ ]+(?-i:\\p{Lu}[\\p{L}'’.-]*)){0,2}),[ ]+"
      "(?:who|whom|whose)\\b");
  re2::StringPiece introduced;
  if (RE2::PartialMatch(re2::StringPiece(opening.data(), opening.size()), kIntroduced,
                        &introduced)) {
    const auto at =
        static_cast<uint32_t>(env.sentence->span.begin + (introduced.data() - opening.data()));
    const Span name{at, at + static_cast<uint32_t>(introduced.size())};
    bool known = false;
    for (const mentions::Mention& m : env.mentions->Around(name))
      known |= m.span.begin < name.end && name.begin < m.span.end;
    if (!known && !mentions::IsNameStopword(std::string_view(introduced.data(), introduced.size())))
      return false;
  }
  if (person && OpensWithUnknownName(env, opening)) return false;
  if (kind == SubjectKind::kEvent && OpensWithAnotherName(env, span, before)) return false;
  if (RE2::PartialMatch(before, person ? kPersonPronoun : kThingPronoun)) return true;
  if (person && NameOnly(before)) return false;
  static const RE2 kOwnDeterminer("(?i)\\b(?:the|a|an)\\s*$");
  RE2::Replace(&before, kOwnDeterminer, "");
  static const RE2 kNounPhrase(
      "^.*\\b(?i:the|a|an|this|that|these|those|his|her|their|our|one|two|three|four|five|six|"
      "seven|eight|nine|ten|other|another|some|many|several|both|most|fellow)"
      "[ ]+((?:[" FACTLINT_LETTERS "\\d'’-]+[ ]+){0,2}[" FACTLINT_LETTERS "\\d'’-]+)");

  // Heads that name the kind: "the highly anticipated sequel", "the crewed mission".
  static const RE2 kKindHead(
      "(?i)\\b(?:film|movie|sequel|prequel|show|series|season|special|documentary|game|album|"
      "book|novel|title|"
      "installment|instalment|episode|volume|franchise|drama|comedy|thriller|project|mission|"
      "flight|launch|trial|strike|walkout|storm|fire|wildfire|blaze|search|rescue|operation|"
      "collapse|"
      "crash|hearing|case|investigation|rocket|spacecraft|capsule|tour|report|inquiry|"
      // What collapses, sinks or implodes is the disaster's subject too.
      "submersible|sub|vessel|ship|ferry|boat|plane|aircraft|jet|helicopter|train|bridge|dam|"
      "tunnel|building|tower|mine)s?\\b");
  // The noun phrase nearest the verb is most likely its subject: in "the
  // pilot of the submersible that imploded" it is the one after the last
  // determiner, "submersible that", not "pilot of the".
  std::string last;
  if (!RE2::PartialMatch(before, kNounPhrase, &last)) return true;
  if (described != nullptr) *described = last;
  // "A handful of titles ... were all delayed": several works are not the
  // one the article is about.
  static const RE2 kSeveral(
      "(?i)\\b(?:films|movies|sequels|shows|specials|documentaries|games|albums|books|novels|"
      "titles|dramas|comedies|projects|missions|flights|launches|trials|tours)$");
  if (RE2::PartialMatch(last, kSeveral)) return false;
  // Who acts on a work is not the work: "the streamer didn't confirm a fall
  // release" is about the article's show.
  static const RE2 kAgentHead(
      "(?i)\\b(?:streamer|network|studio|publisher|developer|broadcaster|distributor|"
      "company|label|platform|service)s?$");
  return !person && (RE2::PartialMatch(last, kKindHead) || RE2::PartialMatch(last, kAgentHead));
}

// A person or an organization: never what "the trial" or "the strike" a
// rule captured as its `described` group names (in a court report the most
// salient entity is the defendant, not the trial).
bool IsAgent(const Subject& subject) {
  return subject.kind == SubjectKind::kPerson || subject.kind == SubjectKind::kOrganization;
}

// May the description a clause opens with ("his appeal hearing", "the
// mission") be the salient entity named `name`? Not when both say what
// kind of event they are and the kinds differ: in an article about a strike,
// "the hearing is set for Oct. 2" is about a hearing. Kinds that name one
// another ("the blaze" for "the Marsh Fire", "the movie" for a film) agree;
// a name that says no kind ("Artemis II") agrees with any.
bool DescribesSalient(std::string_view description, std::string_view name) {
  static const RE2 kEventKind(
      "(?i)\\b(film|movie|sequel|prequel|show|series|season|mission|flight|launch|trial|strike|"
      "walkout|storm|hurricane|fire|wildfire|blaze|search|rescue|collapse|crash|hearing|"
      "investigation|inquiry|tour|election|summit|festival|ceremony|funeral|game|match|"
      "lockout|shutdown|boycott|war|ceasefire|negotiation|talk|filibuster|siege|standoff|"
      "blockade|occupation|residency|expedition|outbreak|lockdown|blackout|evacuation)e?s?\\b");
  // Kinds that refer to one another.
  auto group = [](std::string word) -> std::string {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word == "movie" || word == "sequel" || word == "prequel") return "film";
    if (word == "series" || word == "season") return "show";
    if (word == "wildfire" || word == "blaze") return "fire";
    if (word == "walkout") return "strike";
    if (word == "rescue") return "search";
    if (word == "flight" || word == "launch") return "mission";
    if (word == "hurricane") return "storm";
    return word;
  };
  auto kinds = [&](std::string_view text) {
    std::vector<std::string> out;
    re2::StringPiece input(text.data(), text.size());
    std::string word;
    while (RE2::FindAndConsume(&input, kEventKind, &word)) out.push_back(group(word));
    return out;
  };
  const std::vector<std::string> said = kinds(description), named = kinds(name);
  if (said.empty() || named.empty()) return true;
  for (const std::string& kind : said)
    if (std::find(named.begin(), named.end(), kind) != named.end()) return true;
  return false;
}

}  // namespace factlint::rules
