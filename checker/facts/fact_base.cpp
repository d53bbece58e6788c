#include "checker/facts/fact_base.h"

#include <algorithm>

#include "checker/facts/name_key.h"

namespace factlint::facts {

namespace {
// Sorted by name; see facts/README.md for what each means.
const std::vector<AttributeSpec> kAttributes = {
    {"announcement", AttributeType::kDate, Unit::kNone, "any"},
    {"birth", AttributeType::kDate, Unit::kNone, "person"},
    {"cancellation", AttributeType::kDate, Unit::kNone, "work"},
    {"date", AttributeType::kDate, Unit::kNone, "event"},
    {"death", AttributeType::kDate, Unit::kNone, "person"},
    {"duration", AttributeType::kNumber, Unit::kDay, "event"},
    {"emmy-nominations", AttributeType::kNumber, Unit::kCount, "work, season"},
    {"emmy-wins", AttributeType::kNumber, Unit::kCount, "work, season"},
    {"end", AttributeType::kDate, Unit::kNone, "event"},
    {"episodes", AttributeType::kNumber, Unit::kCount, "season"},
    {"filming-end", AttributeType::kDate, Unit::kNone, "work, season"},
    {"filming-start", AttributeType::kDate, Unit::kNone, "work, season"},
    {"finale", AttributeType::kDate, Unit::kNone, "work, season"},
    {"new-cast-members", AttributeType::kNumber, Unit::kCount, "season"},
    {"nominations", AttributeType::kNumber, Unit::kCount, "any"},
    {"premiere", AttributeType::kDate, Unit::kNone, "work, season"},
    {"release", AttributeType::kDate, Unit::kNone, "work"},
    {"renewal", AttributeType::kDate, Unit::kNone, "work, season"},
    {"seasons", AttributeType::kNumber, Unit::kCount, "work"},
    {"start", AttributeType::kDate, Unit::kNone, "event"},
    {"wins", AttributeType::kNumber, Unit::kCount, "any"},
};
}  // namespace

const std::vector<AttributeSpec>& KnownAttributes() {
  return kAttributes;
}

const AttributeSpec* FindAttribute(std::string_view name) {
  for (const AttributeSpec& spec : kAttributes)
    if (spec.name == name) return &spec;
  return nullptr;
}

const Entity* FactBase::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

const Entity* FactBase::FindByShortName(const std::string& key) const {
  auto it = by_short_name_.find(key);
  if (it == by_short_name_.end() || it->second == kAmbiguous) return nullptr;
  return &entities_[it->second];
}

const Entity* FactBase::FindByName(std::string_view name) const {
  const std::string key = NameKey(name);
  auto it = by_name_.find(key);
  return it == by_name_.end() ? FindByShortName(key) : &entities_[it->second];
}

std::vector<const Entity*> FactBase::FindAllByName(std::string_view name) const {
  const std::string key = NameKey(name);
  std::vector<const Entity*> out;
  for (const Entity& e : entities_) {
    bool hit = NameKey(e.name) == key;
    for (size_t i = 0; !hit && i < e.aliases.size(); ++i) hit = NameKey(e.aliases[i]) == key;
    if (hit) out.push_back(&e);
  }
  if (out.empty())
    if (const Entity* shortened = FindByShortName(key)) out.push_back(shortened);
  return out;
}

std::vector<const Fact*> FactBase::FactsAbout(std::string_view subject,
                                              std::string_view attribute) const {
  std::vector<const Fact*> out;
  for (const Fact& f : facts_)
    if (f.subject == subject && f.attribute == attribute) out.push_back(&f);
  return out;
}

std::vector<const Entity*> FactBase::PartsOf(std::string_view work_id, SubjectKind kind) const {
  std::vector<const Entity*> out;
  for (const Entity& e : entities_)
    if (e.work == work_id && e.kind == kind) out.push_back(&e);
  if (kind == SubjectKind::kSeason)
    std::stable_sort(out.begin(), out.end(),
                     [](const Entity* a, const Entity* b) { return a->number < b->number; });
  return out;
}

const Entity* FactBase::FindSeason(std::string_view work_id, int number) const {
  for (const Entity& e : entities_)
    if (e.kind == SubjectKind::kSeason && e.work == work_id && e.number == number) return &e;
  return nullptr;
}

void FactBase::AddEntity(Entity entity) {
  const size_t index = entities_.size();
  by_id_.emplace(entity.id, index);
  // The first entity to claim a name keeps it; FindAllByName sees all.
  by_name_.emplace(NameKey(entity.name), index);
  for (const std::string& alias : entity.aliases) by_name_.emplace(NameKey(alias), index);
  auto add_short = [&](const std::string& name) {
    const std::string shorter_name = NameWithoutSuffix(name);
    if (shorter_name.empty()) return;
    const std::string shorter = NameKey(shorter_name);
    auto [it, inserted] = by_short_name_.emplace(shorter, index);
    if (!inserted && it->second != index) it->second = kAmbiguous;
  };
  add_short(entity.name);
  for (const std::string& alias : entity.aliases) add_short(alias);
  entities_.push_back(std::move(entity));
}

void FactBase::AddFact(Fact fact) {
  facts_.push_back(std::move(fact));
}

}  // namespace factlint::facts
