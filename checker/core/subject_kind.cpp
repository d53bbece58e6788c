#include "checker/core/subject_kind.h"

#include "checker/core/name_table.h"

namespace factlint {
namespace {

// In the enum's order, kNone's "" first.
constexpr NameTable<SubjectKind::kMention> kNames{"",       "person", "character",    "work",
                                                  "season", "event",  "organization", "award",
                                                  "place",  "mention"};

}  // namespace

std::string_view SubjectKindName(SubjectKind kind) {
  return kNames.Name(kind);
}

std::optional<SubjectKind> ParseSubjectKind(std::string_view name) {
  return kNames.Parse(name);
}

std::vector<std::string_view> SubjectKindNames() {
  return kNames.NamesFrom(SubjectKind::kPerson);
}

}  // namespace factlint
