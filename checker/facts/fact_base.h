// The reference fact base: entities (people, works, seasons, events, ...)
// with their aliases, and dated facts about them, each with a source.
//
// Loaded from the YAML files of a directory (see facts/README.md and
// facts/schema.json):
//
//   auto base = facts::LoadFactBase("facts");
//   if (!base.ok()) { std::cerr << base.error().ToString(); return 2; }
//   const facts::Entity* e = base->FindByName("Adam Scott");   // aliases too
//   for (const facts::Fact* f : base->FactsAbout(e->id, "birth")) ...
//
// A work's seasons are entities of kind "season" with `work` and `number`
// ("season.severance.2", named "Severance season 2"), whether the YAML lists
// them under the work (`seasons: [1, 2]`) or as entities of their own.
//
// Every attribute has a value type (KnownAttributes(): "birth" is a date,
// "duration" a number of days, "emmy-nominations" a count); a fact whose
// value does not fit is a load error that names the file, line and column:
//
//   facts/people.yaml:12:12: error: attribute 'birth' takes a date
//   (YYYY-MM-DD, YYYY-MM or YYYY), found '1973-13-03': month 13 is out of range
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/date.h"
#include "checker/core/document.h"
#include "checker/core/result.h"

namespace factlint::facts {

struct Source {
  std::string url;
  std::string quote;  // the sentence of the source that states the fact
};

struct Entity {
  std::string id;  // "person.adam_scott", "work.severance", "season.severance.2"
  SubjectKind kind = SubjectKind::kNone;  // kPerson to kAward (subject_kind.h)
  std::string name;                       // display name
  std::vector<std::string> aliases;       // other names it is called by
  std::string work;       // season, character: the work it belongs to (an entity id)
  int number = 0;         // season: its number
  std::string played_by;  // character: the person entity id
  Location location;      // where it is defined (file:line:col)
};

struct Fact {
  std::string subject;  // entity id
  std::string
      attribute;  // "birth", "premiere", "start", "end", "duration", "emmy-nominations", ...
  std::optional<DateRange> date;     // a day, month or year precise value, as a range
  std::string precision;             // "day" | "month" | "year" | "number"
  std::optional<Quantity> number;    // a count or an amount (unit kCount, kDay, ...)
  std::optional<Date> as_of;         // when the value held (counts that change)
  std::optional<Date> announced_on;  // when it became publicly known
  std::vector<Source> sources;
  Location location;  // where it is defined (file:line:col)
};

class FactBase {
 public:
  const std::vector<Entity>& entities() const { return entities_; }
  // SHA-256 (hex) of the fact files' texts in load order: what a claim
  // ledger stamps its claims with (empty for a base built in code).
  const std::string& digest() const { return digest_; }
  void set_digest(std::string digest) { digest_ = std::move(digest); }
  const std::vector<Fact>& facts() const { return facts_; }
  const Entity* Find(std::string_view id) const;
  // By name or alias, case-insensitively, exact phrase; else by the name
  // without its regnal or generational suffix ("Queen Elizabeth" for
  // "Queen Elizabeth II", "Martin Luther King" for "... Jr.") when only one
  // entity is called that. nullptr when unknown.
  const Entity* FindByName(std::string_view name) const;
  // The facts about `subject` (an entity id) with `attribute`.
  std::vector<const Fact*> FactsAbout(std::string_view subject, std::string_view attribute) const;
  // Seasons of a work, characters of a work.
  std::vector<const Entity*> PartsOf(std::string_view work_id, SubjectKind kind) const;
  // Every entity called `name` (name or alias, case-insensitively; a leading
  // "the " is optional), in load order: "the writers' strike" may be several.
  // Without an exact hit, the one entity whose name is `name` plus a
  // suffix, as FindByName.
  std::vector<const Entity*> FindAllByName(std::string_view name) const;
  // The season `number` of `work_id`, or nullptr.
  const Entity* FindSeason(std::string_view work_id, int number) const;

  // Building (used by the loader and by tests).
  void AddEntity(Entity entity);
  void AddFact(Fact fact);

 private:
  std::string digest_;
  std::vector<Entity> entities_;
  std::vector<Fact> facts_;
  std::map<std::string, size_t, std::less<>> by_id_;
  std::map<std::string, size_t, std::less<>> by_name_;  // lowercased name/alias -> entity
  // Name keys without a trailing " ii", " iii", " jr." ...: the entity, or
  // kAmbiguous when two entities share the shortened name.
  static constexpr size_t kAmbiguous = static_cast<size_t>(-1);
  std::map<std::string, size_t, std::less<>> by_short_name_;
  const Entity* FindByShortName(const std::string& key) const;
};

// What a fact's value is, per attribute.
enum class AttributeType { kDate, kNumber };

struct AttributeSpec {
  std::string_view name;   // "premiere"
  AttributeType type;      // kDate
  Unit unit;               // numbers: kDay | kCount; dates: kNone
  std::string_view about;  // for documentation: "work, season"
};
// The attributes the rules and the fact base share, sorted by name. A fact
// may use another attribute only by stating `type: date` or `type: number`.
const std::vector<AttributeSpec>& KnownAttributes();
const AttributeSpec* FindAttribute(std::string_view name);

// Loads every *.yaml / *.yml file under `dir` (recursively, in path order)
// and checks references. Errors name the file, line and column.
Result<FactBase> LoadFactBase(const std::string& dir);

// The same from texts in memory (tests, and tools that embed facts): each
// file's `path` is used in error messages only.
struct FactFile {
  std::string path;
  std::string text;
};
Result<FactBase> LoadFactBaseFromFiles(const std::vector<FactFile>& files);

// For `factlint facts check [DIR]`: loads `dir` and says what it holds
// ("facts: 31 entities, 14 facts in 4 files"), or the first error.
Result<std::string> CheckFactBase(const std::string& dir);

}  // namespace factlint::facts
