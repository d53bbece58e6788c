// Guesses an article proves wrong (rules/guesses.h): an age whose subject a
// fallback guessed is dropped when the same article gives that subject an
// age that cannot hold with it; ages stated with a name stay, so a writer's
// own slip is still reported.
#include "checker/rules/guesses.h"

#include <gtest/gtest.h>

#include "shipped_claims.h"

namespace factlint::rules {
namespace {

Claim Age(const std::string& subject, unsigned short born_from, unsigned short born_to,
          bool guessed, int document = 0) {
  Claim c;
  c.document = document;
  c.kind = ClaimKind::kValue;
  c.type = ValueType::kAge;
  c.subject.id = "person:" + subject;
  c.subject.name = subject;
  c.attribute = "age";
  c.unknown = "birth";
  c.date = DateRange{Date(born_from, 1, 1), Date(born_to, 12, 31)};
  c.subject_guessed = guessed;
  c.value_text = std::to_string(born_from);
  return c;
}

std::vector<std::string> Kept(std::vector<Claim> claims) {
  DropGuessesTheArticleContradicts(claims);
  std::vector<std::string> out;
  for (const Claim& c : claims)
    out.push_back(c.subject.name + (c.subject_guessed ? "?" : "") + c.value_text);
  return out;
}

TEST(Guesses, AGuessTheArticleContradictsIsDropped) {
  // "Kip Dane, 47" then "the 29-year-old singer" guessed to be Kip Dane.
  EXPECT_EQ(Kept({Age("kip", 1975, 1975, false), Age("kip", 1993, 1993, true)}),
            (std::vector<std::string>{"kip1975"}));
  // Two guesses that cannot both hold: both go.
  EXPECT_TRUE(Kept({Age("kip", 1975, 1975, true), Age("kip", 1993, 1993, true)}).empty());
}

TEST(Guesses, NamedAgesAndAgreeingGuessesStay) {
  // The writer's own slip, both named: a finding, so both stay.
  EXPECT_EQ(Kept({Age("kip", 1975, 1975, false), Age("kip", 1993, 1993, false)}).size(), 2u);
  // A guess that agrees.
  EXPECT_EQ(Kept({Age("kip", 1975, 1976, false), Age("kip", 1976, 1976, true)}).size(), 2u);
  // Another person, another document.
  EXPECT_EQ(Kept({Age("kip", 1975, 1975, false), Age("ana", 1993, 1993, true)}).size(), 2u);
  EXPECT_EQ(Kept({Age("kip", 1975, 1975, false), Age("kip", 1993, 1993, true, 1)}).size(), 2u);
}

// With the shipped rules: two descriptors' ages bound to one salient person
// are dropped; an age a pronoun gives is no guess, so the article's
// contradiction with its own named age is kept for the checker to report.
TEST(Guesses, TheShippedRulesDropDescriptorsButNotPronouns) {
  auto ages = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Claim& c : testing::ClaimsOf(text, Date(2022, 11, 15)))
      if (c.attribute == "age" && c.subject.kind == SubjectKind::kPerson)
        out.push_back(c.subject.name + " " + c.value_text);
    return out;
  };
  EXPECT_TRUE(ages("Lena Ortiz led the nominations on Tuesday. The 44-year-old rapper has nine "
                   "trophies. For the first time, the 31-year-old singer is up for album of the "
                   "year.")
                  .empty());
  EXPECT_EQ(ages("Lena Ortiz, 44, led the nominations on Tuesday. She is 31 years old.").size(),
            2u);
}

}  // namespace
}  // namespace factlint::rules
