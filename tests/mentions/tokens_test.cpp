#include "checker/mentions/tokens.h"

#include <gtest/gtest.h>

namespace factlint::mentions {
namespace {

TEST(Tokenize, NamesInitialsAndPossessives) {
  const std::string text = "Scott\xE2\x80\x99s Mark S. (Adam Scott), SAG-AFTRA Things' 58-year-old";
  const std::vector<Word> words = Tokenize(text);
  ASSERT_EQ(words.size(), 8u);
  EXPECT_TRUE(words[0].possessive);
  EXPECT_EQ(text.substr(words[0].begin, words[0].name_end - words[0].begin), "Scott");
  EXPECT_TRUE(words[2].initial);
  EXPECT_EQ(text.substr(words[2].begin, words[2].end - words[2].begin), "S.");
  EXPECT_TRUE(words[5].all_caps);
  EXPECT_EQ(text.substr(words[5].begin, words[5].end - words[5].begin), "SAG-AFTRA");
  EXPECT_TRUE(words[6].possessive);
  EXPECT_EQ(text.substr(words[6].begin, words[6].name_end - words[6].begin), "Things");
  EXPECT_TRUE(words[7].numeric);
}

// "New" opens sentences and headlines ("New trailer ..."), so it is no
// name word; the places it begins are one word.
TEST(Tokenize, APlaceNamedNewIsOneWord) {
  const std::string text = "New Jersey Gov. Ana Ruiz's New York trip: New trailer";
  const std::vector<Word> words = Tokenize(text);
  std::vector<std::string> got;
  for (const Word& w : words) got.push_back(text.substr(w.begin, w.name_end - w.begin));
  EXPECT_EQ(got, (std::vector<std::string>{"New Jersey", "Gov", "Ana", "Ruiz", "New York", "trip",
                                           "New", "trailer"}));
}

TEST(FoldName, LowercasesAndFoldsDiacritics) {
  EXPECT_EQ(FoldName("\xC3\x93lafur Darri  \xC3\x93lafsson"), "olafur darri olafsson");
  EXPECT_EQ(FoldName("O\xE2\x80\x99"
                     "Brien"),
            "o'brien");
}

}  // namespace
}  // namespace factlint::mentions
