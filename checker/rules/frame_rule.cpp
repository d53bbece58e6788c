#include "checker/rules/frame_rule.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "checker/annotate/annotate.h"

namespace factlint::rules {

const RuleKind FrameRule::kKind = {
    "frame", &CommonKeys,
    "within side held_on generic value_not_after value_not_before value_reject",
    &ParseAs<FrameRule>};

Status FrameRule::ParseOwnKeys(const YamlFile& file, const YAML::Node& node) {
  node_ = node;
  if (const YAML::Node within = node["within"]) {
    int words = -1;
    if (within.IsScalar()) {
      try {
        words = within.as<int>();
      } catch (const YAML::Exception&) {
        words = -1;
      }
    }
    if (words < 0 || words > 30)
      return file.ErrorAt(within, "'within' must be a number of words from 0 to 30");
    within_ = words;
  }
  Result<std::string> side = file.OptionalString(node, "side");
  if (!side.ok()) return side.error();
  if (*side == "after") {
    side_ = Side::kAfter;
  } else if (*side == "before") {
    side_ = Side::kBefore;
  } else if (*side == "over") {
    side_ = Side::kOver;
  } else if (!side->empty() && *side != "either") {
    return file.ErrorAt(node["side"], "unknown side '" + *side +
                                          "'; expected one of: after, before, either or over");
  }
  for (auto [key, slot] : {std::pair{"value_not_after", &value_not_after_node_},
                           std::pair{"value_not_before", &value_not_before_node_},
                           std::pair{"value_reject", &value_reject_node_}}) {
    if (const YAML::Node regex = node[key]) {
      if (!regex.IsScalar())
        return file.ErrorAt(regex, "'" + std::string(key) + "' must be a regex string");
      *slot = regex;
    }
  }
  if (const YAML::Node generic = node["generic"]) {
    if (!generic.IsScalar() || (generic.Scalar() != "true" && generic.Scalar() != "false"))
      return file.ErrorAt(generic, "'generic' must be true or false");
    generic_ = generic.Scalar() == "true";
  }
  Result<std::string> held_on = file.OptionalString(node, "held_on");
  if (!held_on.ok()) return held_on.error();
  if (*held_on == "clause-date") {
    held_on_clause_date_ = true;
  } else if (*held_on == "clause-date-or-publication") {
    held_on_clause_date_ = true;
    held_on_publication_ = true;
  } else if (*held_on == "birthday") {
    held_on_clause_date_ = true;
    held_on_birthday_ = true;
  } else if (!held_on->empty()) {
    return file.ErrorAt(node["held_on"], "unknown held_on '" + *held_on +
                                             "'; expected one of: clause-date, "
                                             "clause-date-or-publication, birthday");
  }
  return {};
}

Status FrameRule::Compile(const CompileEnv& env) {
  Status compiled = ClaimRule::Compile(env);
  if (!compiled.ok()) return compiled;
  for (size_t i = 0; i < PatternCount(); ++i) {
    if (Compiled(i).HasGroup("value")) {
      const YAML::Node patterns = node_["patterns"] ? node_["patterns"] : node_["pattern"];
      return env.file->ErrorAt(patterns,
                               "a frame's pattern is its trigger and has no (?P<value>...) group: "
                               "the value is whatever the sentence puts near the trigger (use "
                               "kind: claim to spell the value out)");
    }
  }
  if (held_on_clause_date_ && attribute_->type != DeclaredType::kAge) {
    return env.file->ErrorAt(node_["held_on"],
                             "'held_on: clause-date' is for attributes of type age; '" +
                                 attribute_->name + "' is a " +
                                 std::string(DeclaredTypeName(attribute_->type)));
  }
  for (auto [regex_node, regex] : {std::pair{&value_not_after_node_, &value_not_after_},
                                   std::pair{&value_not_before_node_, &value_not_before_},
                                   std::pair{&value_reject_node_, &value_reject_}}) {
    if (!*regex_node) continue;
    Status s = CompileRegexNode(env, *regex_node, *regex);
    if (!s.ok()) return s;
  }
  return Status();
}

bool FrameRule::PrecededByOf(const SentenceEnv& env, const Span& value) {
  const std::string_view lead = env.Lead(value.begin, 4);
  return lead == " of " || lead == " Of ";
}

bool FrameRule::DescribesANoun(const SentenceEnv& env, const Span& value) {
  const std::string_view text = env.doc->Text(value);
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return false;  // a bare year only: "the May 2022 vote" is rarer, and often the time
  const std::string_view lead = env.Lead(value.begin, 40);
  static const RE2 kDeterminer(
      "(?i)(?:^|[^\\p{L}])(?:(in|during|at|on|since|by|before|after|until|through|throughout|"
      "for|from|of|over|within)[ ]+)?(?:the|a|an|his|her|its|their|our|this|that)[ ]+$");
  std::string preposition;
  if (!RE2::PartialMatch(lead, kDeterminer, &preposition)) return false;
  if (!preposition.empty()) return false;  // "in the 2022 season": the clause's time
  // A noun follows: a lowercase word ("hit", "election").
  const std::string_view after = env.Trail(value.end, 2);
  return after.size() == 2 && after[0] == ' ' && std::islower(static_cast<unsigned char>(after[1]));
}

bool FrameRule::NamesTheEvent(const SentenceEnv& env, const Span& trigger, const Span& value) {
  if (trigger.begin != value.end + 1) return false;
  static const RE2 kEventNoun(
      "(?i)^(?:release|premiere|launch|debut|opening|return|arrival|start|finale|trial|election|"
      "vote|sentencing|hearing|tour|season|ceremony|funeral|deadline)");
  const std::string_view text = env.doc->Text(trigger);
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kEventNoun);
}

bool FrameRule::DatesAnotherNoun(const SentenceEnv& env, const Span& trigger, const Span& value) {
  const std::string_view rest = env.Trail(value.end, 24);
  // The possessive mark, then the words up to the noun it dates.
  static const RE2 kPossessive("^(?:'|’)s[ ]+((?:[\\p{L}-]+[ ]+){0,2})[\\p{L}]");
  re2::StringPiece between;
  if (!RE2::PartialMatch(rest, kPossessive, &between)) return false;
  const size_t mark = rest.find(' ');
  const uint32_t noun_from = value.end + static_cast<uint32_t>(mark) + 1;
  const uint32_t noun_to = noun_from + static_cast<uint32_t>(between.size());
  return trigger.begin < noun_from || trigger.begin > noun_to;
}

bool FrameRule::InDateline(const SentenceEnv& env, const Span& value) {
  const Span sentence = env.sentence->span;
  if (value.begin > sentence.begin + 48) return false;
  const std::string_view lead = env.doc->Text(Span{sentence.begin, value.begin});
  static const RE2 kPlace(
      "^\\W*(?:\\p{Lu}[\\p{L}.'’-]*(?:[ ]+[\\p{L}.'’-]+){0,3}(?:[ ]*\\[[^\\]]{1,20}\\])?,[ ]*)?$");
  if (!RE2::FullMatch(lead, kPlace)) return false;
  static const RE2 kFiled(
      "^[ ]*(?:\\([^)]{1,30}\\)[ ]*)?(?::|--|-|\\xE2\\x80\\x94|\\xE2\\x80\\x93)");
  return RE2::PartialMatch(env.Trail(value.end, 40), kFiled);
}

bool FrameRule::ClosesARange(const SentenceEnv& env, const annotate::SentenceAnnotations& notes,
                             const Span& value) {
  const annotate::ValueSpan* end = notes.EndingAt(value.end);
  if (end == nullptr || end->span.begin != value.begin ||
      end->range_end != annotate::RangeEnd::kClosing)
    return false;
  // "pushed back the launch from February to March": a move, whose
  // closing end is the new date.
  static const RE2 kMovedFrom(
      "(?i)\\b(?:push|put|delay|postpon|mov|shift|bump|reschedul|chang|brought|bring)[a-z]*"
      "\\b[^.;!?]*\\bfrom[ ]+$");
  const annotate::ValueSpan* opening = notes.OtherEnd(*end);
  return opening != nullptr && !RE2::PartialMatch(env.Lead(opening->span.begin, 80), kMovedFrom);
}

bool FrameRule::DefiniteDescriptor(const SentenceEnv& env, const Span& value) {
  static const RE2 kAgeWord("(?i)[0-9]+-years?-old");
  const std::string_view text = env.doc->Text(value);
  if (!RE2::FullMatch(text, kAgeWord)) return false;
  static const RE2 kThe("(?i)(?:^|[^\\p{L}])the[ ]+$");
  if (!RE2::PartialMatch(env.Lead(value.begin, 8), kThe)) return false;
  // ... that speaks: "the 44-year-old said", "the 35-year-old told
  // reporters". Other verbs ("the 67-year-old actress was") may be about
  // anyone the article mentioned last.
  static const RE2 kSpeaks(
      "^[ ]+(?:also[ ]+|later[ ]+|then[ ]+)?(?:said|says|told|tells|added|adds|explained|wrote|"
      "posted|admitted|insisted|recalled)\\b");
  return RE2::PartialMatch(env.Trail(value.end, 12), kSpeaks);
}

bool FrameRule::BornBefore(const SentenceEnv& env, const Span& date) {
  // "Barker, born in December 1923, died ... shy of his 100th birthday":
  // a date of birth is not the day of a birthday.
  static const RE2 kBorn("(?i)\\bborn[ ]+(?:on[ ]+|in[ ]+)?$");
  return RE2::PartialMatch(env.Lead(date.begin, 12), kBorn);
}

bool FrameRule::BirthdayToCome(const SentenceEnv& env, const Span& value) {
  // "four months shy of his 100th birthday", "ahead of her 90th birthday":
  // the birthday is not the clause's date.
  static const RE2 kToCome(
      "(?i)\\b(?:shy|short|ahead|in[ ]+advance)[ ]+of[ ]+(?:\\w+[ ]+)?$|"
      "\\b(?:before|until|till|toward|towards|approaching|nearing|from)[ ]+(?:\\w+[ ]+)?$");
  return RE2::PartialMatch(env.Lead(value.begin, 32), kToCome);
}

bool FrameRule::Fits(normalize::Kind kind) const {
  switch (attribute_->type) {
    case DeclaredType::kDate:
    case DeclaredType::kInterval:
      return kind == normalize::Kind::kDate || kind == normalize::Kind::kInterval;
    case DeclaredType::kDuration: return kind == normalize::Kind::kDuration;
    case DeclaredType::kAge:
      return kind == normalize::Kind::kAge ||
             (held_on_birthday_ && kind == normalize::Kind::kOrdinal);
    // An ordinal counts too ("his 23rd season", "a second delay"), but only
    // where the claim is never compared: whether "the second trial" counts
    // trials depends on more than the noun.
    case DeclaredType::kNumber:
      return kind == normalize::Kind::kNumber ||
             (kind == normalize::Kind::kOrdinal && attribute_->per_mention);
    case DeclaredType::kCount:  // a capture's type, never an attribute's
    case DeclaredType::kStatus:
    case DeclaredType::kRelation: return false;
  }
  return false;
}

std::vector<Span> FrameRule::ValueWindows(const annotate::SentenceAnnotations& notes) const {
  std::vector<Span> windows;
  const uint32_t reach = static_cast<uint32_t>(within_ + 2) * 16 + 48;
  for (const annotate::ValueSpan& value : notes.values()) {
    if (!Fits(value.kind)) continue;
    // A trigger that is the value's own words starts inside it (and may run
    // on a little, to a name: "the 46-year-old Dana Price").
    constexpr uint32_t kOverReach = 48;
    Span window =
        side_ == Side::kOver
            ? Span{value.span.begin, value.span.end + kOverReach}
            : Span{value.span.begin > reach ? value.span.begin - reach : 0, value.span.end + reach};
    if (!windows.empty() && window.begin <= windows.back().end) {
      windows.back().end = std::max(windows.back().end, window.end);
    } else {
      windows.push_back(window);
    }
  }
  return windows;
}

bool FrameRule::ValueOfTrigger(const SentenceEnv& env, const annotate::SentenceAnnotations& notes,
                               const Span& trigger, const annotate::ValueSpan& value) const {
  if (!Fits(value.kind)) return false;
  const bool after = value.span.begin >= trigger.end;
  const bool before = value.span.end <= trigger.begin;
  // "over": the trigger is part of the value's own words ("years old").
  if ((side_ == Side::kOver) == (after || before)) return false;
  if ((side_ == Side::kAfter && !after) || (side_ == Side::kBefore && !before)) return false;
  if (notes.WordsBetween(trigger, value.span) > within_) return false;
  // "the Titanic ship of 1912 imploded": a date after "of" describes
  // a noun before it, not when the trigger's event happened. (A count
  // after "of" is still counted: "guilty of four counts".)
  const bool dated =
      value.kind == normalize::Kind::kDate || value.kind == normalize::Kind::kInterval;
  // ... and neither does a year that describes a noun before the trigger
  // ("the sequel to the 2022 hit will open"), unless that noun is the
  // trigger ("a 2026 release date").
  if (before && dated &&
      (PrecededByOf(env, value.span) ||
       (DescribesANoun(env, value.span) && !NamesTheEvent(env, trigger, value.span))))
    return false;
  if (notes.ClauseBreakBetween(trigger, value.span) || notes.PredicateBetween(trigger, value.span))
    return false;
  if (dated && side_ != Side::kOver && DatesAnotherNoun(env, trigger, value.span)) return false;
  // "NARA, Jan. 21 (Kito Press) --", "LONDON, Aug 24:": a dateline's date
  // is when the story was filed, nobody's event.
  if (dated && side_ != Side::kOver && InDateline(env, value.span)) return false;
  // "scheduled for July 24-August 9": the closing end of a range is no
  // start, premiere or release; only an attribute declared `bound: end`
  // ("end", "filming-end") or a generic frame (which takes both ends) may be dated by it.
  const bool an_end = attribute_ != nullptr && attribute_->bound == AttributeDecl::Bound::kEnd;
  if (dated && !generic_ && !an_end && ClosesARange(env, notes, value.span)) return false;
  // "a premiere on October 27 instead of November 10": the date given up.
  static const RE2 kGivenUp(
      "(?i)\\b(?:instead[ ]+of|rather[ ]+than|in[ ]+place[ ]+of)[ ]+(?:the[ ]+)?$");
  if (dated && side_ != Side::kOver && RE2::PartialMatch(env.Lead(value.span.begin, 24), kGivenUp))
    return false;
  // "said on Thursday they would release": the date is the saying's.
  // ... or "said in a news release on Wednesday", "told reporters on Monday".
  static const RE2 kSaidOn(
      "(?i)\\b(?:said|says|announced|announces|told|confirmed|revealed|reported|added|"
      "stated|disclosed|tweeted|posted|wrote)(?:[ ]+(?:reporters|journalists|the[ ]+press)|[ ]+"
      "in[ ]+(?:an?|the|its|his|her|their)[ ]+(?:[a-z-]+[ ]+){0,2}(?:statement|release|"
      "interview|post|letter|filing|email|note|video|memo|briefing|conference|speech|"
      "announcement))?[ ]+(?:on[ ]+|late[ ]+|early[ ]+)?$");
  if (before && dated && RE2::PartialMatch(env.Lead(value.span.begin, 72), kSaidOn)) return false;
  // "their first album since 2003": a date after "since" is when
  // something began, so it dates only a `bound: start` attribute (a
  // strike's start, a term in office), not what happened on it.
  static const RE2 kSince("(?i)\\bsince[ ]+$");
  if (dated && attribute_ != nullptr && !AboutItsOwnWords() &&
      attribute_->bound != AttributeDecl::Bound::kStart &&
      RE2::PartialMatch(env.Lead(value.span.begin, 8), kSince))
    return false;
  // "the first singer since Madonna (1993)", "the 1999 film The Matrix
  // (1999)": a year in brackets right after a name is that name's.
  static const RE2 kBracketAfterName("[\\p{Lu}][\\p{L}'’.-]*[ ]*\\($");
  if (dated && !AboutItsOwnWords() && env.Trail(value.span.end, 1) == ")" &&
      RE2::PartialMatch(env.Lead(value.span.begin, 40), kBracketAfterName))
    return false;
  // "was first elected in 1974 and will retire": a value right before a
  // coordinated predicate ends the one before it.
  static const RE2 kCoordinated("^[ ]*,?[ ]*(?:and|but|or|then)[ ]+$");
  if (before && RE2::FullMatch(env.doc->Text(Span{value.span.end, trigger.begin}), kCoordinated))
    return false;
  return true;
}

bool FrameRule::ValueAfterExcludedWord(const SentenceEnv& env, const Span& value) const {
  if (!value_not_after_) return false;
  // The word right before: a short look back, not the whole sentence again
  // for every value.
  static const RE2 kLastWord("([\\p{L}]+)[ ]*$");
  re2::StringPiece word;
  if (!RE2::PartialMatch(env.Lead(value.begin, 64), kLastWord, &word)) return false;
  return RE2::FullMatch(word, value_not_after_->Get());
}

bool FrameRule::ValueBeforeExcludedWord(const SentenceEnv& env, const Span& value) const {
  if (!value_not_before_) return false;
  constexpr uint32_t kReach = 32;
  static const RE2 kFirstWord("^[ ]*([\\p{L}]+)");
  re2::StringPiece word;
  if (!RE2::PartialMatch(env.Trail(value.end, kReach), kFirstWord, &word)) return false;
  if (!RE2::FullMatch(word, value_not_before_->Get())) return false;
  // "worked there for 18 years before he moved on": after "for" the value
  // is a length whatever follows it.
  static const RE2 kForLength("(?i)\\bfor\\b[^,;.]{0,24}$");
  return !RE2::PartialMatch(env.Lead(value.begin, kReach), kForLength);
}

bool FrameRule::AnchorOnClauseDate(const SentenceEnv& env,
                                   const annotate::SentenceAnnotations& notes, const Span& trigger,
                                   const Span& value, Match& frame) const {
  // The date nearest the age in its clause is the day it held.
  const annotate::ValueSpan* when = nullptr;
  // Any date of the clause a few words away: "retired at the age of
  // 87 in June 2007", "in June 2007, at 87, he retired".
  constexpr int kHeldOnWords = 8;
  // A birthday's date may open its clause ("In September, the couple
  // visited the festival on his 99th birthday").
  int best = held_on_birthday_ ? std::numeric_limits<int>::max() : kHeldOnWords + 1;
  for (const annotate::ValueSpan& other : notes.values()) {
    if (other.kind != normalize::Kind::kDate && other.kind != normalize::Kind::kInterval) continue;
    if (held_on_birthday_ && BornBefore(env, other.span)) continue;
    if (notes.ClauseBreakBetween(other.span, value) ||
        notes.ClauseBreakBetween(other.span, trigger))
      continue;
    // "He joined the club aged 16 and played his first game in 1969": a
    // coordinated predicate between them has a date of its own.
    static const RE2 kAnotherPredicate(
        "(?i)\\b(?:and|but|then)[ ]+(?:later[ ]+|then[ ]+|also[ ]+|eventually[ ]+|finally[ ]+)?"
        "(?:[a-z]{2,}ed|made|won|became|went|took|got|gave|left|came|ran|led|broke|began|fell|"
        "rose|wrote|sold|spent|kept|met|held|found|built|fought)\\b");
    const Span& first = other.span.begin < value.begin ? other.span : value;
    const Span& second = other.span.begin < value.begin ? value : other.span;
    if (first.end < second.begin &&
        RE2::PartialMatch(env.doc->Text(Span{first.end, second.begin}), kAnotherPredicate))
      continue;
    const int words = notes.WordsBetween(other.span, value);
    if (words < best) {
      best = words;
      when = &other;
    }
  }
  if (when != nullptr) {
    frame.groups["when"] = when->span;
  } else if (held_on_birthday_) {
    return false;
  } else if (!held_on_publication_ && EffectiveTense(frame, env) == Tense::kPast &&
             !DefiniteDescriptor(env, value)) {
    return false;  // an age in the past with no date: nothing to anchor it on
  } else if (!held_on_publication_) {
    // "at age 31" tells the age at some event ("her accession to the throne
    // at age 31", "will retire at 65"), not today's, whatever the tense of
    // the clause around it ("the anniversary, which is ..., of her accession
    // at age 31").
    static const RE2 kAtAnEvent("(?i)^at\\b");
    const std::string_view text = env.doc->Text(value);
    if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kAtAnEvent)) return false;
  }
  return true;
}

void FrameRule::Extract(size_t pattern_index, const SentenceEnv& env,
                        std::vector<Claim>& out) const {
  env.CheckComplete();
  const annotate::SentenceAnnotations& notes = env.annotations->Get();
  // Values first: a sentence with no value of the attribute's kind needs
  // no trigger search, and a trigger is only looked for near a value
  // (within a few words, so a few dozen bytes either side).
  const std::vector<Span> windows = ValueWindows(notes);
  if (windows.empty()) return;
  std::vector<Match> triggers;
  for (const Span& window : windows)
    for (Match& m : Matches(pattern_index, env, window)) {
      const bool seen = std::any_of(triggers.begin(), triggers.end(),
                                    [&](const Match& t) { return t.span == m.span; });
      if (!seen) triggers.push_back(std::move(m));
    }
  if (triggers.empty()) return;
  for (const Match& trigger : triggers) {
    // Values a comma sets apart from the trigger ("who was convicted in
    // June, is scheduled to be sentenced on Oct. 3"; "will arrive on March
    // 1, 2024, two weeks earlier than scheduled") are the trigger's only
    // when no value within its own phrase made a claim.
    std::vector<std::pair<int, Match>> candidates;  // (1 when set apart by a comma, the frame)
    for (const annotate::ValueSpan& value : notes.values()) {
      if (!ValueOfTrigger(env, notes, trigger.span, value)) continue;
      Match frame = trigger;
      frame.tense.reset();
      // The trigger is the verb that gives the claim its tense, unless it
      // is the value's own words ("years old", "Saturday"): then the clause
      // decides.
      if (frame.Group("verb") == nullptr && side_ != Side::kOver)
        frame.groups["verb"] = trigger.span;
      frame.groups["value"] = value.span;
      frame.span = Span{std::min(trigger.span.begin, value.span.begin),
                        std::max(trigger.span.end, value.span.end)};
      // A claim that is its own event is only its value ("in 2002"): the
      // verb that dates it names no event a reader could check.
      if (attribute_->per_mention) frame.span = value.span;
      if (held_on_birthday_ && BirthdayToCome(env, value.span)) continue;
      if (ValueAfterExcludedWord(env, value.span) || ValueBeforeExcludedWord(env, value.span))
        continue;
      if (value_reject_ &&
          RE2::FullMatch(re2::StringPiece(env.doc->Text(value.span).data(), value.span.size()),
                         value_reject_->Get()))
        continue;
      if (held_on_clause_date_ && !AnchorOnClauseDate(env, notes, trigger.span, value.span, frame))
        continue;
      const Span between =
          value.span.end <= trigger.span.begin
              ? Span{value.span.end, trigger.span.begin}
              : Span{trigger.span.end, std::max(trigger.span.end, value.span.begin)};
      const bool comma = env.doc->Text(between).find(',') != std::string_view::npos;
      candidates.emplace_back(comma ? 1 : 0, std::move(frame));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // "were delayed into 2023 this year": of two values side by side after
    // the trigger, the nearer is its; the farther says when the news was.
    // (A generic frame dates every value it reaches: each is a mention.)
    auto shadowed = [&](const Match& frame) {
      if (generic_) return false;
      const Span* value = frame.Group("value");
      for (const auto& other : candidates) {
        const Span* near = other.second.Group("value");
        if (value == nullptr || near == nullptr || near->end > value->begin ||
            near->begin < trigger.span.end)
          continue;
        const std::string_view gap = env.doc->Text(Span{near->end, value->begin});
        if (gap.find_first_not_of(' ') == std::string_view::npos) return true;
      }
      return false;
    };
    bool claimed = false;
    for (const auto& [set_apart, frame] : candidates) {
      if (set_apart && claimed) break;
      if (shadowed(frame)) continue;
      const size_t before = out.size();
      Build(frame, env, out);
      claimed = claimed || out.size() > before;
    }
  }
}

std::string FrameRule::Explain() const {
  std::string out = ClaimRule::Explain();
  out += "within: " + std::to_string(within_) + " words, side: " +
         (side_ == Side::kAfter    ? "after"
          : side_ == Side::kBefore ? "before"
          : side_ == Side::kOver   ? "over"
                                   : "either") +
         "\n";
  if (held_on_clause_date_) out += "held on: the date in the age's clause\n";
  return out;
}

}  // namespace factlint::rules
