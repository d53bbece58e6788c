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

normalize::Kind KindOfCapture(const std::string& type) {
  if (type == "date" || type == "interval") return normalize::Kind::kInterval;
  if (type == "duration") return normalize::Kind::kDuration;
  if (type == "age") return normalize::Kind::kAge;
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
  std::string value_type;
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
    const std::string type = rule.CaptureType(name);
    const std::string text(g.data(), g.size());
    const uint32_t at = where.begin + static_cast<uint32_t>(g.data() - sentence.data());
    if (name == "value" && !type.empty()) {
      normalize::Context context;
      context.ref = judged;
      if (!normalize::Parse(text, KindOfCapture(type), context))
        return "'" + text + "' does not read as " + (type == "age" ? "an " : "a ") + type;
    }
    // A next-season or upcoming capture is not looked up: the rule takes a
    // work for the season it returns with, which this trace does not redo.
    const SubjectCapture capture = rule.SubjectCaptureOf(name);
    if ((name == "subject" || name == "to_subject") && !type.empty() &&
        capture.kind != SubjectKind::kNone &&
        (!capture.IsOneKind() ||
         !mentions.Resolve(Span{at, at + static_cast<uint32_t>(g.size())}, capture.kind)))
      return "'" + text + "' is no " + type + " the linker knows here (and no fallback found one)";
  }
  return "the rule's own checks refused it (reject, require, tense or its kind's conditions)";
}

}  // namespace

std::string TraceRules(const RuleSet& set, const Document& doc,
                       const mentions::DocumentMentions& mentions, const Date& judged) {
  std::ostringstream out;
  // Each rule's claims over the whole document, computed once.
  std::map<std::string, std::vector<Claim>> by_rule;
  auto claims_of = [&](const std::string& id) -> const std::vector<Claim>& {
    auto it = by_rule.find(id);
    if (it == by_rule.end())
      it = by_rule.emplace(id, set.ExtractWithRule(doc, 0, judged, mentions, id)).first;
    return it->second;
  };
  const std::vector<Claim> kept = set.Extract(doc, 0, judged, mentions);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{64} << 20);

  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Span where = doc.sentences[s].span;
    const std::string_view sentence = doc.Text(where);
    out << "sentence " << s + 1 << ": " << sentence << "\n";

    normalize::Context context;
    context.ref = judged;
    std::string values;
    for (const normalize::Value& v : normalize::FindAll(sentence, context))
      values += (values.empty() ? "" : "; ") + ("'" + v.text + "' ") + normalize::KindName(v.kind) +
                " " + ValueText(v);
    out << "  values: " << (values.empty() ? "none" : values) << "\n";
    std::string names;
    for (const mentions::Mention& m : mentions.mentions())
      if (Inside(m.span, where))
        names += (names.empty() ? "" : "; ") + ("'" + std::string(doc.Text(m.span)) + "' ") +
                 m.subject.id + " (" + std::string(mentions::MentionSourceName(m.how)) +
                 (m.is_character ? ", a character" : "") + ")";
    out << "  names: " << (names.empty() ? "none" : names) << "\n";

    // The rules the prefilter names, what their patterns matched, and what
    // each made of it.
    for (const std::string& id : set.Candidates(sentence)) {
      const auto* rule = dynamic_cast<const PatternRule*>(set.FindRule(id));
      if (rule == nullptr) continue;
      std::vector<const Claim*> made;
      for (const Claim& c : claims_of(id))
        if (Inside(c.span, where)) made.push_back(&c);
      for (const std::string& pattern : rule->Patterns()) {
        const RE2 re(pattern, options);
        if (!re.ok()) continue;
        std::vector<re2::StringPiece> groups(static_cast<size_t>(re.NumberOfCapturingGroups() + 1));
        const re2::StringPiece text(sentence.data(), sentence.size());
        size_t pos = 0;
        while (pos <= sentence.size() && re.Match(text, pos, sentence.size(), RE2::UNANCHORED,
                                                  groups.data(), static_cast<int>(groups.size()))) {
          out << "  " << id << " (" << rule->info().kind << "): '" << groups[0] << "'";
          for (const auto& [name, index] : re.NamedCapturingGroups())
            if (groups[static_cast<size_t>(index)].data() != nullptr)
              out << " " << name << "='" << groups[static_cast<size_t>(index)] << "'";
          out << "\n";
          const uint32_t begin =
              where.begin + static_cast<uint32_t>(groups[0].data() - sentence.data());
          const Span matched{begin, begin + static_cast<uint32_t>(groups[0].size())};
          bool any = false;
          for (const Claim* c : made)
            if (c->span.begin < matched.end && matched.begin < c->span.end) {
              out << "    claim: " << DescribeClaim(*c) << "\n";
              any = true;
            }
          if (!any)
            out << "    no claim: "
                << WhyNoClaim(*rule, re, groups.data(), sentence, where, mentions, judged) << "\n";
          const size_t end =
              static_cast<size_t>(groups[0].data() - sentence.data()) + groups[0].size();
          pos = end > pos ? end : pos + 1;
        }
      }
    }
    // Frames: triggers near values (frame_rule.h). Those that claimed, and
    // the specific ones whose trigger is here but claimed nothing (a generic
    // frame's trigger, any verb, is in nearly every sentence).
    for (const Rule* rule : set.AllRules()) {
      if (rule->info().kind != FrameRule::Kind()) continue;
      const auto* frame = static_cast<const FrameRule*>(rule);
      bool claimed = false;
      for (const Claim& c : claims_of(rule->info().id))
        if (Inside(c.span, where)) {
          out << "  " << rule->info().id << " (frame): claim: " << DescribeClaim(c) << "\n";
          claimed = true;
        }
      if (claimed || frame->generic()) continue;
      for (const std::string& pattern : rule->Patterns()) {
        const RE2 re("(" + pattern + ")", options);  // group 1: the whole trigger
        re2::StringPiece trigger;
        if (!re.ok() ||
            !RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), re, &trigger))
          continue;
        const size_t at = static_cast<size_t>(trigger.data() - sentence.data());
        const TextRange range{at, at + trigger.size()};
        out << "  " << rule->info().id << " (frame): trigger '" << trigger << "'; no claim: "
            << (IsUnasserted(sentence, range, range)
                    ? "the clause hedges or negates it (if, could, not, a plan that was replaced)"
                    : "no value of its kind near it, or no subject for it")
            << "\n";
        break;
      }
    }
    std::string final_claims;
    for (const Claim& c : kept)
      if (Inside(c.span, where)) final_claims += "    " + DescribeClaim(c) + "\n";
    out << "  kept:" << (final_claims.empty() ? " none\n" : "\n" + final_claims);
  }
  return out.str();
}

}  // namespace factlint::rules
