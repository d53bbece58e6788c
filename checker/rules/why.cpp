#include "checker/rules/why.h"

#include <re2/re2.h>

#include <map>
#include <sstream>

#include "checker/core/value_text.h"
#include "checker/normalize/normalize.h"
#include "checker/rules/examples.h"
#include "checker/rules/frame_rule.h"
#include "checker/rules/pattern_rule.h"
#include "checker/rules/tense.h"

namespace factlint::rules {
namespace {

std::string ValueText(const normalize::Value& v) {
  using normalize::Kind;
  if (v.kind == Kind::kDate || v.kind == Kind::kInterval) return FormatRange(v.range);
  return FormatNumbers(v.amount.min, v.amount.max,
                       v.amount.unit == Unit::kCount ? "" : UnitName(v.amount.unit));
}

// What the trace asks the normalizer to read for a value of `type`.
normalize::Kind KindOfCapture(DeclaredType type) {
  switch (type) {
    case DeclaredType::kDate:
    case DeclaredType::kInterval: return normalize::Kind::kInterval;
    case DeclaredType::kDuration: return normalize::Kind::kDuration;
    case DeclaredType::kAge: return normalize::Kind::kAge;
    case DeclaredType::kNumber:
    case DeclaredType::kCount:
    case DeclaredType::kStatus:
    case DeclaredType::kRelation: return normalize::Kind::kNumber;
  }
  return normalize::Kind::kNumber;
}

bool Inside(const Span& span, const Span& sentence) {
  return span.begin >= sentence.begin && span.end <= sentence.end;
}

// Why a match made no claim, as near as the trace can tell from outside the
// rule: the clause hedges it, its value does not read, its subject is not
// found; else the rule's own checks.
std::string WhyNoClaim(const PatternRule& rule, const RE2& re, const re2::StringPiece* groups,
                       std::string_view sentence, const Span& where,
                       const mentions::DocumentMentions& mentions, const Date& judged) {
  const size_t begin = static_cast<size_t>(groups[0].data() - sentence.data());
  std::optional<TextRange> verb;
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    const re2::StringPiece& g = groups[index];
    if (g.data() == nullptr) continue;
    const size_t at = static_cast<size_t>(g.data() - sentence.data());
    if (name == "verb") verb = TextRange{at, at + g.size()};
  }
  if (!rule.always_asserted() &&
      IsUnasserted(sentence, TextRange{begin, begin + groups[0].size()}, verb))
    return "the clause hedges or negates it (if, could, not, a plan that was replaced)";
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    const re2::StringPiece& g = groups[index];
    if (g.data() == nullptr) continue;
    const std::string text(g.data(), g.size());
    const uint32_t at = where.begin + static_cast<uint32_t>(g.data() - sentence.data());
    const std::optional<DeclaredType> type = rule.ValueTypeOf(name);
    if (name == "value" && type) {
      normalize::Context context;
      context.ref = judged;
      if (!normalize::Parse(text, KindOfCapture(*type), context))
        return "'" + text + "' does not read as " + (*type == DeclaredType::kAge ? "an " : "a ") +
               std::string(DeclaredTypeName(*type));
    }
    // A next-season or upcoming capture is not looked up: the rule takes a
    // work for the season it returns with, which this trace does not redo.
    const SubjectCapture capture = rule.SubjectCaptureOf(name);
    if ((name == "subject" || name == "to_subject") && capture.kind != SubjectKind::kNone &&
        (!capture.IsOneKind() ||
         !mentions.Resolve(Span{at, at + static_cast<uint32_t>(g.size())}, capture.kind)))
      return "'" + text + "' is no " + std::string(SubjectCaptureName(capture)) +
             " the linker knows here (and no fallback found one)";
  }
  return "the rule's own checks refused it (reject, require, tense or its kind's conditions)";
}

// What normalize reads in a sentence: "'March 2' date 2026-03-02; ...".
std::string ValuesIn(std::string_view sentence, const Date& judged) {
  normalize::Context context;
  context.ref = judged;
  std::string values;
  for (const normalize::Value& v : normalize::FindAll(sentence, context))
    values += (values.empty() ? "" : "; ") + ("'" + v.text + "' ") + normalize::KindName(v.kind) +
              " " + ValueText(v);
  return values;
}

// The names the linker found in a sentence, each with its subject and how it
// was found.
std::string NamesIn(const Document& doc, const mentions::DocumentMentions& mentions,
                    const Span& where) {
  std::string names;
  for (const mentions::Mention& m : mentions.mentions())
    if (Inside(m.span, where))
      names += (names.empty() ? "" : "; ") + ("'" + std::string(doc.Text(m.span)) + "' ") +
               m.subject.id + " (" + std::string(mentions::MentionSourceName(m.how)) +
               (m.is_character ? ", a character" : "") + ")";
  return names;
}

// One trace, sentence by sentence. Each rule's claims over the whole document
// are computed once, when a sentence first needs them.
class RuleTracer {
 public:
  RuleTracer(const RuleSet& set, const Document& doc, const mentions::DocumentMentions& mentions,
             const Date& judged)
      : set_(set), doc_(doc), mentions_(mentions), judged_(judged) {
    options_.set_log_errors(false);
    options_.set_max_mem(int64_t{64} << 20);
  }

  std::string Run() {
    const std::vector<Claim> kept = set_.Extract(doc_, 0, judged_, mentions_);
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Span where = doc_.sentences[s].span;
      const std::string_view sentence = doc_.Text(where);
      out_ << "sentence " << s + 1 << ": " << sentence << "\n";
      const std::string values = ValuesIn(sentence, judged_);
      out_ << "  values: " << (values.empty() ? "none" : values) << "\n";
      const std::string names = NamesIn(doc_, mentions_, where);
      out_ << "  names: " << (names.empty() ? "none" : names) << "\n";

      // The rules the prefilter names, what their patterns matched, and what
      // each made of it.
      for (const std::string& id : set_.Candidates(sentence)) {
        const auto* rule = dynamic_cast<const PatternRule*>(set_.FindRule(id));
        if (rule != nullptr) TracePatternRule(id, *rule, where, sentence);
      }
      TraceFrames(where, sentence);
      std::string final_claims;
      for (const Claim& c : kept)
        if (Inside(c.span, where)) final_claims += "    " + DescribeClaim(c) + "\n";
      out_ << "  kept:" << (final_claims.empty() ? " none\n" : "\n" + final_claims);
    }
    return out_.str();
  }

 private:
  const std::vector<Claim>& ClaimsOf(const std::string& id) {
    auto it = by_rule_.find(id);
    if (it == by_rule_.end())
      it = by_rule_.emplace(id, set_.ExtractWithRule(doc_, 0, judged_, mentions_, id, &dropped_))
               .first;
    return it->second;
  }

  // Every match of a pattern rule in the sentence, its named groups, and the
  // claims it made there or why it made none.
  void TracePatternRule(const std::string& id, const PatternRule& rule, const Span& where,
                        std::string_view sentence) {
    std::vector<const Claim*> made;
    for (const Claim& c : ClaimsOf(id))
      if (Inside(c.span, where)) made.push_back(&c);
    for (const std::string& pattern : rule.Patterns()) {
      const RE2 re(pattern, options_);
      if (!re.ok()) continue;
      std::vector<re2::StringPiece> groups(static_cast<size_t>(re.NumberOfCapturingGroups() + 1));
      const re2::StringPiece text(sentence.data(), sentence.size());
      size_t pos = 0;
      while (pos <= sentence.size() && re.Match(text, pos, sentence.size(), RE2::UNANCHORED,
                                                groups.data(), static_cast<int>(groups.size()))) {
        out_ << "  " << id << " (" << rule.info().kind << "): '" << groups[0] << "'";
        for (const auto& [name, index] : re.NamedCapturingGroups())
          if (groups[static_cast<size_t>(index)].data() != nullptr)
            out_ << " " << name << "='" << groups[static_cast<size_t>(index)] << "'";
        out_ << "\n";
        const uint32_t begin =
            where.begin + static_cast<uint32_t>(groups[0].data() - sentence.data());
        const Span matched{begin, begin + static_cast<uint32_t>(groups[0].size())};
        bool any = false;
        for (const Claim* c : made)
          if (c->span.begin < matched.end && matched.begin < c->span.end) {
            out_ << "    claim: " << DescribeClaim(*c) << "\n";
            any = true;
          }
        if (!any)
          out_ << "    no claim: "
               << WhyNoClaim(rule, re, groups.data(), sentence, where, mentions_, judged_) << "\n";
        const size_t end =
            static_cast<size_t>(groups[0].data() - sentence.data()) + groups[0].size();
        pos = end > pos ? end : pos + 1;
      }
    }
  }

  // Frames: triggers near values (frame_rule.h). Those that claimed, and
  // the specific ones whose trigger is here but claimed nothing (a generic
  // frame's trigger, any verb, is in nearly every sentence).
  void TraceFrames(const Span& where, std::string_view sentence) {
    for (const Rule* rule : set_.AllRules()) {
      if (rule->info().kind != FrameRule::kKind.name) continue;
      const auto* frame = static_cast<const FrameRule*>(rule);
      bool claimed = false;
      for (const Claim& c : ClaimsOf(rule->info().id))
        if (Inside(c.span, where)) {
          out_ << "  " << rule->info().id << " (frame): claim: " << DescribeClaim(c) << "\n";
          claimed = true;
        }
      for (const Claim& c : dropped_)
        if (c.rule == rule->info().id && Inside(c.span, where)) {
          out_ << "  " << rule->info().id << " (frame): dropped: " << DescribeClaim(c)
               << " (a guessed subject, to whom the article gives an age that cannot hold with "
                  "it)\n";
          claimed = true;
        }
      if (claimed || frame->generic()) continue;
      for (const std::string& pattern : rule->Patterns()) {
        const RE2 re("(" + pattern + ")", options_);  // group 1: the whole trigger
        re2::StringPiece trigger;
        if (!re.ok() ||
            !RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), re, &trigger))
          continue;
        const size_t at = static_cast<size_t>(trigger.data() - sentence.data());
        const TextRange range{at, at + trigger.size()};
        out_ << "  " << rule->info().id << " (frame): trigger '" << trigger << "'; no claim: "
             << (IsUnasserted(sentence, range, range)
                     ? "the clause hedges or negates it (if, could, not, a plan that was replaced)"
                     : "no value of its kind near it, or no subject for it")
             << "\n";
        break;
      }
    }
  }

  const RuleSet& set_;
  const Document& doc_;
  const mentions::DocumentMentions& mentions_;
  const Date& judged_;
  RE2::Options options_;
  std::map<std::string, std::vector<Claim>> by_rule_;
  // Claims whose guessed subject the article contradicts (guesses.h).
  std::vector<Claim> dropped_;
  std::ostringstream out_;
};

}  // namespace

std::string TraceRules(const RuleSet& set, const Document& doc,
                       const mentions::DocumentMentions& mentions, const Date& judged) {
  return RuleTracer(set, doc, mentions, judged).Run();
}

}  // namespace factlint::rules
