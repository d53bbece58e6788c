// The YAML loader of the fact base: reads every file, checks each key and
// value where it stands, then checks what files refer to across each other
// (a fact's subject, a character's work and actor) once all are read.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "checker/core/sha256.h"
#include "checker/core/spelling.h"
#include "checker/core/utf8.h"
#include "checker/facts/fact_base.h"

namespace factlint::facts {

namespace {

// The kinds a fact file may give an entity; kPlace and kMention are made by
// the linker and the rules, never written.
constexpr SubjectKind kEntityKinds[] = {
    SubjectKind::kPerson, SubjectKind::kCharacter,    SubjectKind::kWork, SubjectKind::kSeason,
    SubjectKind::kEvent,  SubjectKind::kOrganization, SubjectKind::kAward};

std::string Join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

// "; did you mean 'x'?" when one candidate is close enough to be a typo.
std::string Suggest(std::string_view found, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  size_t best_distance = std::max<size_t>(2, found.size() / 4) + 1;
  for (std::string_view c : candidates) {
    const size_t d = EditDistance(found, c);
    if (d < best_distance) best = c, best_distance = d;
  }
  return best.empty() ? "" : "; did you mean '" + std::string(best) + "'?";
}

bool IsValidId(std::string_view id) {
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
  });
}

// A reference from one entity or fact to another, checked after all files.
struct Reference {
  std::string target;                          // the id referred to
  SubjectKind want_kind = SubjectKind::kNone;  // kNone for any
  std::string what;                            // "fact subject", "character's work", ...
  Error where;                                 // message filled in when it dangles
};

struct SeasonSpec {
  int number = 0;
  std::vector<std::string> aliases;
  Error where;
};

struct PendingWork {
  size_t entity;  // index into Loaded::entities
  std::vector<SeasonSpec> seasons;
};

struct Loaded {
  std::vector<Entity> entities;
  std::vector<Error> entity_where;  // where each entity's id is written
  std::vector<PendingWork> works;
  std::vector<Fact> facts;
  std::vector<Reference> references;
};

class FileParser {
 public:
  FileParser(const FactFile& file, Loaded& loaded) : file_(file), loaded_(loaded) {
    std::string line;
    std::istringstream in(file.text);
    while (std::getline(in, line)) lines_.push_back(line);
  }

  Status Parse() {
    YAML::Node root;
    try {
      root = YAML::Load(file_.text);
    } catch (const YAML::Exception& e) {
      return At(e.mark, "invalid YAML: " + e.msg);
    }
    if (root.IsNull()) return {};
    if (!root.IsMap())
      return At(root, "a fact file is a mapping with the keys `entities` and `facts`");
    if (Status s = CheckKeys(root, {"version", "entities", "facts"}, "a fact file"); !s.ok())
      return s;
    if (const YAML::Node v = root["version"]; v && !(v.IsScalar() && v.Scalar() == "1"))
      return At(v, "unsupported version; expected `version: 1`");
    if (const YAML::Node entities = root["entities"]) {
      if (!entities.IsSequence())
        return At(entities, "`entities` must be a list of entities (`- id: ...`)");
      for (const YAML::Node& e : entities)
        if (Status s = ParseEntity(e); !s.ok()) return s;
    }
    if (const YAML::Node facts = root["facts"]) {
      if (!facts.IsSequence())
        return At(facts, "`facts` must be a list of facts (`- subject: ...`)");
      for (const YAML::Node& f : facts)
        if (Status s = ParseFact(f); !s.ok()) return s;
    }
    return {};
  }

 private:
  Error At(const YAML::Mark& mark, std::string message) const {
    Error e;
    e.category = ErrorCategory::kFact;
    e.path = file_.path;
    e.message = std::move(message);
    if (mark.line < 0) return e;
    e.line = mark.line + 1;
    e.column = mark.column + 1;
    if (static_cast<size_t>(mark.line) < lines_.size()) {
      const std::string& text = lines_[static_cast<size_t>(mark.line)];
      // yaml-cpp counts bytes; columns count code points.
      const size_t byte_column = std::min(static_cast<size_t>(mark.column), text.size());
      e.column = static_cast<int>(utf8::CodePointCount(text.substr(0, byte_column))) + 1;
      const std::string number = std::to_string(e.line);
      e.context = " " + number + " | " + text + "\n " + std::string(number.size(), ' ') + " | " +
                  std::string(static_cast<size_t>(e.column - 1), ' ') + "^";
    }
    return e;
  }
  Error At(const YAML::Node& node, std::string message) const {
    return At(node.Mark(), std::move(message));
  }

  Location LocationOf(const YAML::Node& node) const {
    const Error e = At(node, "");
    Location loc;
    loc.path = e.path;
    loc.line = loc.end_line = e.line;
    loc.column = loc.end_column = e.column;
    return loc;
  }

  // Unknown and repeated keys are errors: a misspelt key would otherwise
  // silently drop what it holds.
  Status CheckKeys(const YAML::Node& map, std::vector<std::string_view> allowed,
                   std::string_view what) const {
    std::set<std::string> seen;
    for (const auto& pair : map) {
      const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : "";
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
        return At(pair.first, "unknown key '" + key + "' in " + std::string(what) +
                                  Suggest(key, allowed) + "; expected one of: " + Join(allowed));
      if (!seen.insert(key).second) return At(pair.first, "duplicate key '" + key + "'");
    }
    return {};
  }

  Result<std::string> RequiredString(const YAML::Node& map, const char* key,
                                     std::string_view what) const {
    const YAML::Node node = map[key];
    if (!node) return At(map, std::string(what) + " has no `" + key + "`");
    if (!node.IsScalar() || node.Scalar().empty())
      return At(node, "`" + std::string(key) + "` must be a non-empty text");
    return node.Scalar();
  }

  Result<std::vector<std::string>> StringList(const YAML::Node& node, const char* key) const {
    std::vector<std::string> out;
    if (!node) return out;
    if (!node.IsSequence())
      return At(node, "`" + std::string(key) + "` must be a list of texts, like [\"a\", \"b\"]");
    for (const YAML::Node& item : node) {
      if (!item.IsScalar() || item.Scalar().empty())
        return At(item, "each of `" + std::string(key) + "` must be a non-empty text");
      out.push_back(item.Scalar());
    }
    return out;
  }

  Result<int> PositiveInt(const YAML::Node& node, std::string_view what) const {
    if (node.IsScalar()) {
      const std::string& text = node.Scalar();
      char* end = nullptr;
      const long n = std::strtol(text.c_str(), &end, 10);
      if (!text.empty() && *end == '\0' && n > 0 && n < 1000) return static_cast<int>(n);
    }
    return At(node, std::string(what) + " must be a positive whole number, like 2");
  }

  // A work's `seasons`, kept as specs until every entity is read: each one
  // then becomes an entity of its own, next to its work (see Finish).
  Result<std::vector<SeasonSpec>> ParseSeasons(const YAML::Node& seasons) const {
    if (!seasons.IsSequence())
      return At(seasons,
                "`seasons` must be a list of season numbers or of "
                "{number, aliases} mappings, like [1, 2]");
    std::vector<SeasonSpec> specs;
    for (const YAML::Node& s : seasons) {
      auto spec = ParseSeason(s);
      if (!spec.ok()) return spec.error();
      specs.push_back(std::move(*spec));
    }
    return specs;
  }

  // One entry of `seasons`: a bare number (2) or a mapping {number, aliases}.
  Result<SeasonSpec> ParseSeason(const YAML::Node& s) const {
    SeasonSpec spec;
    spec.where = At(s, "");
    if (s.IsMap()) {
      if (Status st = CheckKeys(s, {"number", "aliases"}, "a season"); !st.ok()) return st.error();
      if (!s["number"]) return At(s, "this season has no `number`");
      auto number = PositiveInt(s["number"], "a season's `number`");
      if (!number.ok()) return number.error();
      spec.number = *number;
      auto season_aliases = StringList(s["aliases"], "aliases");
      if (!season_aliases.ok()) return season_aliases.error();
      spec.aliases = *season_aliases;
    } else {
      auto number = PositiveInt(s, "a season");
      if (!number.ok()) return number.error();
      spec.number = *number;
    }
    return spec;
  }

  Status ParseEntity(const YAML::Node& node) {
    if (!node.IsMap()) return At(node, "an entity is a mapping with `id`, `kind` and `name`");
    auto kind_name = RequiredString(node, "kind", "this entity");
    if (!kind_name.ok()) return kind_name.error();
    const std::optional<SubjectKind> parsed = ParseSubjectKind(*kind_name);
    if (!parsed || std::find(std::begin(kEntityKinds), std::end(kEntityKinds), *parsed) ==
                       std::end(kEntityKinds)) {
      std::vector<std::string_view> kinds;
      for (SubjectKind k : kEntityKinds) kinds.push_back(SubjectKindName(k));
      return At(node["kind"], "unknown kind '" + *kind_name + "'" + Suggest(*kind_name, kinds) +
                                  "; expected one of: " + Join(kinds));
    }
    const SubjectKind kind = *parsed;
    std::vector<std::string_view> allowed = {"id", "kind", "name", "aliases", "note"};
    if (kind == SubjectKind::kWork) allowed.push_back("seasons");
    if (kind == SubjectKind::kSeason) allowed.insert(allowed.end(), {"work", "number"});
    if (kind == SubjectKind::kCharacter) allowed.insert(allowed.end(), {"work", "played_by"});
    if (Status s = CheckKeys(node, allowed, "a " + *kind_name); !s.ok()) return s;

    Entity entity;
    entity.kind = kind;
    auto id = RequiredString(node, "id", "this entity");
    if (!id.ok()) return id.error();
    if (!IsValidId(*id))
      return At(node["id"], "invalid id '" + *id +
                                "'; ids are lowercase letters, digits, '.', '_' and '-', "
                                "like person.adam_scott");
    entity.id = *id;
    entity.location = LocationOf(node["id"]);
    if (node["name"] || kind != SubjectKind::kSeason) {
      auto name = RequiredString(node, "name", "entity '" + *id + "'");
      if (!name.ok()) return name.error();
      entity.name = *name;
    }
    auto aliases = StringList(node["aliases"], "aliases");
    if (!aliases.ok()) return aliases.error();
    entity.aliases = *aliases;

    if (kind == SubjectKind::kSeason || kind == SubjectKind::kCharacter) {
      auto work = RequiredString(node, "work", "the " + *kind_name + " '" + *id + "'");
      if (!work.ok()) return work.error();
      entity.work = *work;
      loaded_.references.push_back(
          {*work, SubjectKind::kWork, "the " + *kind_name + "'s work", At(node["work"], "")});
    }
    if (kind == SubjectKind::kSeason) {
      if (!node["number"]) return At(node, "the season '" + *id + "' has no `number`");
      auto number = PositiveInt(node["number"], "a season's `number`");
      if (!number.ok()) return number.error();
      entity.number = *number;
    }
    if (const YAML::Node actor = node["played_by"]) {
      if (!actor.IsScalar() || actor.Scalar().empty())
        return At(actor, "`played_by` must be a person's id, like person.adam_scott");
      entity.played_by = actor.Scalar();
      loaded_.references.push_back({entity.played_by, SubjectKind::kPerson,
                                    "the character's actor (`played_by`)", At(actor, "")});
    }

    PendingWork work{loaded_.entities.size(), {}};
    if (const YAML::Node seasons = node["seasons"]) {
      auto specs = ParseSeasons(seasons);
      if (!specs.ok()) return specs.error();
      work.seasons = std::move(*specs);
    }
    if (kind == SubjectKind::kWork) loaded_.works.push_back(std::move(work));
    loaded_.entity_where.push_back(At(node["id"], ""));
    loaded_.entities.push_back(std::move(entity));
    return {};
  }

  Status ParseDateValue(const YAML::Node& node, std::string_view attribute, Fact& fact) const {
    const std::string expected =
        "attribute '" + std::string(attribute) + "' takes a date (YYYY-MM-DD, YYYY-MM or YYYY)";
    if (!node.IsScalar()) return At(node, expected + ", not a list or mapping");
    const std::string& text = node.Scalar();
    auto digits = [&](size_t from, size_t n) {
      return std::all_of(text.begin() + static_cast<long>(from),
                         text.begin() + static_cast<long>(from + n),
                         [](char c) { return c >= '0' && c <= '9'; });
    };
    try {
      if (text.size() == 10) {
        auto day = ParseIsoDate(text);
        if (!day.ok()) return At(node, expected + ", found '" + text + "': " + day.error().message);
        fact.date = DateRange{*day, *day};
        fact.precision = "day";
        return {};
      }
      if (text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2)) {
        const int month = std::stoi(text.substr(5));
        if (month < 1 || month > 12)
          return At(node, expected + ", found '" + text + "': month " + std::to_string(month) +
                              " is out of range");
        const Date first(static_cast<unsigned short>(std::stoi(text.substr(0, 4))),
                         static_cast<unsigned short>(month), 1);
        fact.date = DateRange{first, first.end_of_month()};
        fact.precision = "month";
        return {};
      }
      if (text.size() == 4 && digits(0, 4)) {
        const auto year = static_cast<unsigned short>(std::stoi(text));
        fact.date = DateRange{Date(year, 1, 1), Date(year, 12, 31)};
        fact.precision = "year";
        return {};
      }
    } catch (const std::exception& e) {  // Boost rejects years outside 1400..9999
      return At(node, expected + ", found '" + text + "': " + e.what());
    }
    return At(node, expected + ", found '" + text + "'");
  }

  Status ParseNumberValue(const YAML::Node& node, std::string_view attribute, Unit unit,
                          Fact& fact) const {
    const std::string expected =
        "attribute '" + std::string(attribute) + "' takes a number (unit " +
        std::string(UnitName(unit)) +
        (unit == Unit::kCount ? ", a whole number like 14)" : ", like 118)");
    if (!node.IsScalar()) return At(node, expected + ", not a list or mapping");
    const std::string& text = node.Scalar();
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value < 0 ||
        (unit == Unit::kCount && value != std::floor(value)))
      return At(node, expected + ", found '" + text + "'");
    fact.number = Quantity{value, value, unit};
    fact.precision = "number";
    return {};
  }

  Result<Date> DayField(const YAML::Node& node, const char* key) const {
    if (!node.IsScalar()) return At(node, "`" + std::string(key) + "` takes a day, YYYY-MM-DD");
    auto day = ParseIsoDate(node.Scalar());
    if (!day.ok())
      return At(node, "`" + std::string(key) + "` takes a day, YYYY-MM-DD, found '" +
                          node.Scalar() + "': " + day.error().message);
    return *day;
  }

  Result<Source> ParseSource(const YAML::Node& node) const {
    if (!node.IsMap())
      return At(node, "a source is a mapping with `url` and `quote` (the source's own words)");
    if (Status s = CheckKeys(node, {"url", "quote"}, "a source"); !s.ok()) return s.error();
    Source source;
    auto url = RequiredString(node, "url", "this source");
    if (!url.ok()) return url.error();
    if (url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0)
      return At(node["url"], "a source's `url` must start with https:// or http://");
    auto quote = RequiredString(node, "quote", "this source");
    if (!quote.ok()) return quote.error();
    source.url = *url;
    source.quote = *quote;
    return source;
  }

  // A fact's optional days: `as_of` (when a count that changes held) and
  // `announced_on` (when it became known: a plan written before is stale).
  Status ParseFactDays(const YAML::Node& node, Fact& fact) const {
    if (const YAML::Node n = node["as_of"]) {
      auto day = DayField(n, "as_of");
      if (!day.ok()) return day.error();
      fact.as_of = *day;
    }
    if (const YAML::Node n = node["announced_on"]) {
      auto day = DayField(n, "announced_on");
      if (!day.ok()) return day.error();
      fact.announced_on = *day;
    }
    return {};
  }

  // A fact's `source` or `sources`: one of them, never both and never none,
  // because a fact nobody can check is not a reference.
  Status ParseFactSources(const YAML::Node& node, Fact& fact) const {
    if (node["source"] && node["sources"])
      return At(node["sources"], "give either `source` or `sources`, not both");
    if (const YAML::Node one = node["source"]) {
      auto source = ParseSource(one);
      if (!source.ok()) return source.error();
      fact.sources.push_back(*source);
    } else if (const YAML::Node many = node["sources"]) {
      if (!many.IsSequence() || many.size() == 0)
        return At(many, "`sources` must be a non-empty list of {url, quote} mappings");
      for (const YAML::Node& s : many) {
        auto source = ParseSource(s);
        if (!source.ok()) return source.error();
        fact.sources.push_back(*source);
      }
    } else {
      return At(node,
                "this fact has no `source`; every fact needs a source with `url` and "
                "`quote`");
    }
    return {};
  }

  Status ParseFact(const YAML::Node& node) {
    if (!node.IsMap())
      return At(node, "a fact is a mapping with `subject`, `attribute`, `value` and `source`");
    if (Status s = CheckKeys(node,
                             {"subject", "attribute", "value", "type", "unit", "as_of",
                              "announced_on", "source", "sources", "note"},
                             "a fact");
        !s.ok())
      return s;
    Fact fact;
    fact.location = LocationOf(node);
    auto subject = RequiredString(node, "subject", "this fact");
    if (!subject.ok()) return subject.error();
    fact.subject = *subject;
    loaded_.references.push_back(
        {*subject, SubjectKind::kNone, "the fact's subject", At(node["subject"], "")});
    auto attribute = RequiredString(node, "attribute", "this fact");
    if (!attribute.ok()) return attribute.error();
    fact.attribute = *attribute;

    // The value's type: the attribute's, or the fact's own `type`.
    const AttributeSpec* spec = FindAttribute(*attribute);
    AttributeType type = spec ? spec->type : AttributeType::kDate;
    Unit unit = spec ? spec->unit : Unit::kNone;
    if (const YAML::Node t = node["type"]) {
      const std::string text = t.IsScalar() ? t.Scalar() : "";
      if (text != "date" && text != "number")
        return At(t, "`type` is 'date' or 'number', found '" + text + "'");
      const AttributeType stated = text == "date" ? AttributeType::kDate : AttributeType::kNumber;
      if (spec && stated != spec->type)
        return At(t, "attribute '" + *attribute + "' always takes a " +
                         (spec->type == AttributeType::kDate ? "date" : "number"));
      type = stated;
    } else if (!spec) {
      std::vector<std::string_view> names;
      for (const AttributeSpec& a : KnownAttributes()) names.push_back(a.name);
      return At(node["attribute"], "unknown attribute '" + *attribute + "'" +
                                       Suggest(*attribute, names) + "; expected one of: " +
                                       Join(names) + " (or state `type: date` or `type: number`)");
    }
    if (const YAML::Node u = node["unit"]) {
      if (type != AttributeType::kNumber) return At(u, "`unit` is for numbers only");
      if (!u.IsScalar() || u.Scalar().empty()) return At(u, "`unit` must be a word, like day");
      const std::optional<Unit> parsed = ParseUnit(u.Scalar());
      if (!parsed)
        return At(u, "unknown unit '" + u.Scalar() + "'" + Suggest(u.Scalar(), UnitNames()) +
                         "; expected one of: " + Join(UnitNames()));
      unit = *parsed;
    }
    if (type == AttributeType::kNumber && unit == Unit::kNone) unit = Unit::kCount;

    const YAML::Node value = node["value"];
    if (!value) return At(node, "this fact has no `value`");
    Status parsed = type == AttributeType::kDate ? ParseDateValue(value, *attribute, fact)
                                                 : ParseNumberValue(value, *attribute, unit, fact);
    if (!parsed.ok()) return parsed;

    if (Status s = ParseFactDays(node, fact); !s.ok()) return s;
    if (Status s = ParseFactSources(node, fact); !s.ok()) return s;
    loaded_.facts.push_back(std::move(fact));
    return {};
  }

  const FactFile& file_;
  Loaded& loaded_;
  std::vector<std::string> lines_;
};

const char* kNumberWords[] = {"zero", "one",   "two",   "three", "four", "five",
                              "six",  "seven", "eight", "nine",  "ten"};
const char* kOrdinalWords[] = {"zeroth", "first",   "second", "third", "fourth", "fifth",
                               "sixth",  "seventh", "eighth", "ninth", "tenth"};

Entity MakeSeason(const Entity& work, int number) {
  Entity season;
  const std::string stem = work.id.rfind("work.", 0) == 0 ? work.id.substr(5) : work.id;
  season.id = "season." + stem + "." + std::to_string(number);
  season.kind = SubjectKind::kSeason;
  season.work = work.id;
  season.number = number;
  season.location = work.location;
  return season;
}

// "Severance season 2" and the other ways the season is named with its work.
void NameSeason(const Entity& work, Entity& season) {
  const std::string n = std::to_string(season.number);
  if (season.name.empty()) season.name = work.name + " season " + n;
  std::vector<std::string> generated = {work.name + " season " + n};
  if (season.number <= 10) {
    generated.push_back(work.name + " season " + kNumberWords[season.number]);
    generated.push_back(work.name + "'s " + kOrdinalWords[season.number] + " season");
    generated.push_back("the " + std::string(kOrdinalWords[season.number]) + " season of " +
                        work.name);
  }
  for (std::string& alias : generated)
    if (alias != season.name &&
        std::find(season.aliases.begin(), season.aliases.end(), alias) == season.aliases.end())
      season.aliases.push_back(std::move(alias));
}

Result<FactBase> Finish(Loaded loaded) {
  // Seasons listed under their work become entities of their own.
  std::vector<Entity> entities;
  std::vector<Error> where;
  for (size_t i = 0; i < loaded.entities.size(); ++i) {
    entities.push_back(loaded.entities[i]);
    where.push_back(loaded.entity_where[i]);
    for (const PendingWork& work : loaded.works) {
      if (work.entity != i) continue;
      for (const SeasonSpec& spec : work.seasons) {
        Entity season = MakeSeason(loaded.entities[i], spec.number);
        season.aliases = spec.aliases;
        season.location.line = spec.where.line;
        season.location.column = spec.where.column;
        entities.push_back(std::move(season));
        where.push_back(spec.where);
      }
    }
  }

  std::map<std::string, size_t, std::less<>> by_id;
  for (size_t i = 0; i < entities.size(); ++i) {
    auto [it, fresh] = by_id.emplace(entities[i].id, i);
    if (!fresh) {
      Error e = where[i];
      const Location& first = entities[it->second].location;
      e.message = "duplicate id '" + entities[i].id + "'; first defined at " + first.path + ":" +
                  std::to_string(first.line) + ":" + std::to_string(first.column);
      return e;
    }
  }
  std::vector<std::string_view> ids;
  for (const Entity& e : entities) ids.push_back(e.id);
  for (Reference& ref : loaded.references) {
    auto it = by_id.find(ref.target);
    if (it == by_id.end()) {
      ref.where.message = ref.what + " '" + ref.target + "' is not an entity of the fact base" +
                          Suggest(ref.target, ids);
      return ref.where;
    }
    const Entity& target = entities[it->second];
    if (ref.want_kind != SubjectKind::kNone && target.kind != ref.want_kind) {
      ref.where.message = ref.what + " '" + ref.target + "' is a " +
                          std::string(SubjectKindName(target.kind)) + "; expected a " +
                          std::string(SubjectKindName(ref.want_kind));
      return ref.where;
    }
  }
  // A season entity may be defined before its work is read: name it now.
  for (Entity& e : entities)
    if (e.kind == SubjectKind::kSeason) NameSeason(entities[by_id.find(e.work)->second], e);

  // An event dated by one day ("date: 2023-06-18", an implosion, a
  // recovery) began that day: its `date` is the `start` the rules claim
  // ("imploded on Thursday"), unless the event also has a `start` of its own.
  std::set<std::string, std::less<>> with_start;
  for (const Fact& f : loaded.facts)
    if (f.attribute == "start") with_start.insert(f.subject);
  for (Fact& f : loaded.facts) {
    auto it = by_id.find(f.subject);
    if (f.attribute == "date" && it != by_id.end() &&
        entities[it->second].kind == SubjectKind::kEvent && with_start.count(f.subject) == 0)
      f.attribute = "start";
  }

  FactBase base;
  for (Entity& e : entities) base.AddEntity(std::move(e));
  for (Fact& f : loaded.facts) base.AddFact(std::move(f));
  return base;
}

Result<std::vector<FactFile>> ReadFactFiles(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Error{dir, 0,
                 0,   "fact base directory not found; expected a folder of .yaml files",
                 "",  ErrorCategory::kFact};
  std::vector<fs::path> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string ext = it->path().extension().string();
    if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) paths.push_back(it->path());
  }
  if (ec)
    return Error{dir, 0,
                 0,   "cannot read the fact base directory: " + ec.message(),
                 "",  ErrorCategory::kFact};
  if (paths.empty())
    return Error{dir, 0, 0, "no .yaml files in the fact base directory", "", ErrorCategory::kFact};
  std::sort(paths.begin(), paths.end());
  std::vector<FactFile> files;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
      return Error{p.generic_string(),           0,  0,
                   "cannot read this fact file", "", ErrorCategory::kFact};
    files.push_back({p.generic_string(), text.str()});
  }
  return files;
}

}  // namespace

Result<FactBase> LoadFactBaseFromFiles(const std::vector<FactFile>& files) {
  Loaded loaded;
  for (const FactFile& file : files) {
    if (Status valid = utf8::ValidateText(file.path, file.text, "fact files"); !valid.ok())
      return Error(valid.error()).In(ErrorCategory::kFact);
    FileParser parser(file, loaded);
    if (Status s = parser.Parse(); !s.ok()) return s.error();
  }
  Result<FactBase> base = Finish(std::move(loaded));
  if (base.ok()) {
    std::vector<std::string_view> texts;
    for (const FactFile& file : files) texts.push_back(file.text);
    base->set_digest(DigestOf(texts));
  }
  return base;
}

Result<FactBase> LoadFactBase(const std::string& dir) {
  auto files = ReadFactFiles(dir);
  if (!files.ok()) return files.error();
  return LoadFactBaseFromFiles(*files);
}

Result<std::string> CheckFactBase(const std::string& dir) {
  auto files = ReadFactFiles(dir);
  if (!files.ok()) return files.error();
  auto base = LoadFactBaseFromFiles(*files);
  if (!base.ok()) return base.error();
  return dir + ": " + std::to_string(base->entities().size()) + " entities, " +
         std::to_string(base->facts().size()) + " facts in " + std::to_string(files->size()) +
         " files";
}

}  // namespace factlint::facts
