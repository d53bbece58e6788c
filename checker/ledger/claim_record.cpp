#include "checker/ledger/claim_record.h"

namespace factlint::ledger {
namespace {

using nlohmann::json;

// Compact shapes: a span is [begin, end], a range ["from", "to"], a
// quantity [min, max, "unit"], a subject [id, name, kind] (and its aliases, if any); enums are
// their numbers (the ledger's schema version changes when an enum does), but for the unit and
// the subject's kind, which are their names (UnitName, SubjectKindName), as ledgers stored
// them before they were enums.
json SpanJson(const Span& s) {
  return json::array({s.begin, s.end});
}
json RangeJson(const DateRange& r) {
  return json::array({FormatIsoDate(r.from), FormatIsoDate(r.to)});
}
json QuantityJson(const Quantity& q) {
  return json::array({q.min, q.max, std::string(UnitName(q.unit))});
}
json SubjectJson(const Subject& s) {
  json out = json::array({s.id, s.name, std::string(SubjectKindName(s.kind))});
  if (!s.aliases.empty()) out.push_back(s.aliases);
  return out;
}
json EventJson(const EventRef& e) {
  json out = {{"s", SubjectJson(e.subject)}, {"e", e.event}, {"p", SpanJson(e.span)}};
  if (e.when) out["w"] = RangeJson(*e.when);
  return out;
}

Span SpanOf(const json& j) {
  return Span{j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()};
}
DateRange RangeOf(const json& j) {
  const auto from = ParseIsoDate(j.at(0).get<std::string>());
  const auto to = ParseIsoDate(j.at(1).get<std::string>());
  if (!from.ok() || !to.ok()) throw std::invalid_argument("a date of the record is not YYYY-MM-DD");
  return DateRange{*from, *to};
}
Quantity QuantityOf(const json& j) {
  const std::string name = j.at(2).get<std::string>();
  const std::optional<Unit> unit = ParseUnit(name);
  if (!unit)
    throw std::invalid_argument("a quantity of the record has an unknown unit '" + name + "'");
  return Quantity{j.at(0).get<double>(), j.at(1).get<double>(), *unit};
}
Subject SubjectOf(const json& j) {
  const std::string kind = j.at(2).get<std::string>();
  const std::optional<SubjectKind> parsed = ParseSubjectKind(kind);
  if (!parsed)
    throw std::invalid_argument("a subject of the record has an unknown kind '" + kind + "'");
  Subject s{j.at(0).get<std::string>(), j.at(1).get<std::string>(), *parsed};
  if (j.size() > 3) s.aliases = j.at(3).get<std::vector<std::string>>();
  return s;
}
EventRef EventOf(const json& j) {
  EventRef e;
  e.subject = SubjectOf(j.at("s"));
  e.event = j.at("e").get<std::string>();
  e.span = SpanOf(j.at("p"));
  if (j.contains("w")) e.when = RangeOf(j.at("w"));
  return e;
}

template <typename Enum>
Enum EnumOf(const json& j, int last) {
  const int n = j.get<int>();
  if (n < 0 || n > last) throw std::invalid_argument("an enum of the record is out of range");
  return static_cast<Enum>(n);
}

}  // namespace

json ClaimRecord(const Claim& c) {
  json out = {
      {"span", SpanJson(c.span)},
      {"rule", c.rule},
      {"kind", static_cast<int>(c.kind)},
      {"type", static_cast<int>(c.type)},
      {"subject", SubjectJson(c.subject)},
      {"subject_span", SpanJson(c.subject_span)},
      {"subject_text", c.subject_text},
      {"attribute", c.attribute},
      {"unknown", c.unknown},
      {"value_text", c.value_text},
      {"value_span", SpanJson(c.value_span)},
      {"grain", c.grain},
      {"approximation", c.approximation},
      {"published", FormatIsoDate(c.published)},
      {"quoted", c.quoted},
      {"tense", static_cast<int>(c.tense)},
      {"severity", c.severity},
      {"inconsistency", c.inconsistency},
  };
  if (c.date) out["date"] = RangeJson(*c.date);
  if (c.quantity) out["quantity"] = QuantityJson(*c.quantity);
  if (c.days) out["days"] = QuantityJson(*c.days);
  if (c.held_on) out["held_on"] = RangeJson(*c.held_on);
  if (c.relation)
    out["relation"] = {{"from", EventJson(c.relation->from)},
                       {"to", EventJson(c.relation->to)},
                       {"distance", QuantityJson(c.relation->distance)},
                       {"days", QuantityJson(c.relation->days)}};
  return out;
}

Result<Claim> ClaimFromRecord(const json& j) {
  try {
    Claim c;
    c.span = SpanOf(j.at("span"));
    c.rule = j.at("rule").get<std::string>();
    c.kind = EnumOf<ClaimKind>(j.at("kind"), static_cast<int>(ClaimKind::kRelation));
    c.type = EnumOf<ValueType>(j.at("type"), static_cast<int>(ValueType::kNone));
    c.subject = SubjectOf(j.at("subject"));
    c.subject_span = SpanOf(j.at("subject_span"));
    c.subject_text = j.at("subject_text").get<std::string>();
    c.attribute = j.at("attribute").get<std::string>();
    c.unknown = j.at("unknown").get<std::string>();
    c.value_text = j.at("value_text").get<std::string>();
    c.value_span = SpanOf(j.at("value_span"));
    c.grain = j.at("grain").get<std::string>();
    c.approximation = j.at("approximation").get<std::string>();
    const auto published = ParseIsoDate(j.at("published").get<std::string>());
    if (!published.ok()) throw std::invalid_argument("the record's publication date");
    c.published = *published;
    c.quoted = j.at("quoted").get<bool>();
    c.tense = EnumOf<Tense>(j.at("tense"), static_cast<int>(Tense::kFuture));
    c.severity = j.at("severity").get<std::string>();
    c.inconsistency = j.at("inconsistency").get<std::string>();
    if (j.contains("date")) c.date = RangeOf(j.at("date"));
    if (j.contains("quantity")) c.quantity = QuantityOf(j.at("quantity"));
    if (j.contains("days")) c.days = QuantityOf(j.at("days"));
    if (j.contains("held_on")) c.held_on = RangeOf(j.at("held_on"));
    if (j.contains("relation")) {
      const json& r = j.at("relation");
      c.relation = Relation{EventOf(r.at("from")), EventOf(r.at("to")),
                            QuantityOf(r.at("distance")), QuantityOf(r.at("days"))};
    }
    return c;
  } catch (const std::exception& e) {
    return Error{"", 0,
                 0,  std::string("a claim record cannot be read: ") + e.what(),
                 "", ErrorCategory::kLedger};
  }
}

}  // namespace factlint::ledger
