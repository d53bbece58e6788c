#include "checker/core/subject_kind.h"

#include <cstddef>

namespace factlint {
namespace {

struct KindSpelling {
  SubjectKind kind;
  std::string_view name;
};

// One row per kind, in the enum's order.
constexpr KindSpelling kSpellings[] = {
    {SubjectKind::kNone, ""},
    {SubjectKind::kPerson, "person"},
    {SubjectKind::kCharacter, "character"},
    {SubjectKind::kWork, "work"},
    {SubjectKind::kSeason, "season"},
    {SubjectKind::kEvent, "event"},
    {SubjectKind::kOrganization, "organization"},
    {SubjectKind::kAward, "award"},
    {SubjectKind::kPlace, "place"},
    {SubjectKind::kMention, "mention"},
};

// A kind added to the enum needs its row here, in its place.
constexpr bool EveryKindInOrder() {
  size_t i = 0;
  for (const KindSpelling& s : kSpellings)
    if (static_cast<size_t>(s.kind) != i++) return false;
  return i == static_cast<size_t>(SubjectKind::kMention) + 1;
}
static_assert(EveryKindInOrder(), "kSpellings has one row per SubjectKind, in the enum's order");

}  // namespace

std::string_view SubjectKindName(SubjectKind kind) {
  return kSpellings[static_cast<size_t>(kind)].name;
}

std::optional<SubjectKind> ParseSubjectKind(std::string_view name) {
  for (const KindSpelling& s : kSpellings)
    if (name == s.name) return s.kind;
  return std::nullopt;
}

std::vector<std::string_view> SubjectKindNames() {
  std::vector<std::string_view> names;
  for (const KindSpelling& s : kSpellings)
    if (s.kind != SubjectKind::kNone) names.push_back(s.name);
  return names;
}

}  // namespace factlint
