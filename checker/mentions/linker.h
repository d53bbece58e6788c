// Linking mentions to subjects: who "Scott" is, that "the actor, 37," is the
// person last named, that Mark Scout is a character and not Adam Scott, and
// that "season two" is Severance season 2 in an article about Severance.
//
//   mentions::Linker linker(&fact_base);          // or nullptr: no fact base
//   mentions::DocumentMentions m = linker.Index(doc);  // doc is segmented
//   std::optional<Subject> who = m.Resolve(span_of("Stiller"), "person");
//   // -> {id "person.ben_stiller", name "Ben Stiller", kind "person"}
//
// Unknown people become subjects by their normalized name
// ({id "person:zach cherry", name "Zach Cherry"}), so two articles about
// someone the fact base lacks are still compared. Pronouns are not guessed.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "checker/core/claim.h"
#include "checker/core/document.h"
#include "checker/facts/fact_base.h"

namespace factlint::mentions {

// One name found in a document, resolved or not.
struct Mention {
  Span span;
  Subject subject;      // the person/work/character/season/event it refers to
  bool is_character = false;
};

class DocumentMentions {
 public:
  // What the text at `span` (found by a rule as the subject of a claim)
  // refers to. `kind` is what the rule expects: "person", "work", "season",
  // "event" (or "" for any). The text may be a full name, a surname used
  // after the full name, an alias, a descriptor ("the actor", "The Parks and
  // Recreation alum") that refers to the person last named before `span`, or
  // a season phrase ("season two", "the new season"). nullopt when it refers
  // to nothing a claim may be about — a character, a pronoun, an unknown
  // descriptor.
  std::optional<Subject> Resolve(const Span& span, std::string_view kind) const;

  // The person last named before `offset`, skipping characters.
  std::optional<Subject> LastPerson(uint32_t offset) const;
  // The work the document is mostly about, at `offset` (for "season 2").
  std::optional<Subject> CurrentWork(uint32_t offset) const;

  const std::vector<Mention>& mentions() const { return mentions_; }

 private:
  friend class Linker;
  const Document* doc_ = nullptr;
  const facts::FactBase* base_ = nullptr;
  std::vector<Mention> mentions_;  // in text order
};

class Linker {
 public:
  explicit Linker(const facts::FactBase* base);  // base may be nullptr
  DocumentMentions Index(const Document& doc) const;

 private:
  const facts::FactBase* base_;
};

}  // namespace factlint::mentions
