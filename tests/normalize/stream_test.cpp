// `factlint normalize`: one JSON object per line, and bad input rejected whole.
#include "checker/normalize/stream.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

namespace factlint::normalize {
namespace {

struct StreamRun {
  int code;
  std::string out, err;
};

StreamRun Normalize(const std::string& input, Prefer prefer = Prefer::kNearest) {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int code = NormalizeStream(in, out, err, Date(2013, 2, 12), prefer);
  return {code, out.str(), err.str()};
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream s(out);
  std::string line;
  while (std::getline(s, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(StreamTest, OneObjectPerLineInOrder) {
  const StreamRun run =
      Normalize("Oct. 31, 2022\n\nsome 15 months\nfourteen\n58-year-old\nhello\n");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.err, "");
  const auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0]["input"], "Oct. 31, 2022");
  EXPECT_EQ(lines[0]["text"], "Oct. 31, 2022");
  EXPECT_EQ(lines[0]["kind"], "date");
  EXPECT_EQ(lines[0]["value"], "2022-10-31");
  EXPECT_EQ(lines[0]["grain"], "day");
  EXPECT_EQ(lines[0]["from"], "2022-10-31");
  EXPECT_EQ(lines[0]["to"], "2022-10-31");
  EXPECT_EQ(lines[1]["kind"], "none");
  EXPECT_TRUE(lines[1]["text"].is_null());
  EXPECT_TRUE(lines[1]["value"].is_null());
  EXPECT_EQ(lines[2]["kind"], "duration");
  EXPECT_EQ(lines[2]["value"], 15);
  EXPECT_EQ(lines[2]["unit"], "month");
  EXPECT_TRUE(lines[2]["seconds"].is_null());
  EXPECT_EQ(lines[2]["approximation"], "some");
  EXPECT_EQ(lines[3]["kind"], "number");
  EXPECT_EQ(lines[3]["value"], 14);
  EXPECT_EQ(lines[4]["kind"], "age");
  EXPECT_EQ(lines[4]["value"], 58);
  EXPECT_EQ(lines[5]["kind"], "none");
}

TEST(StreamTest, KeysComeInTheContractOrder) {
  const StreamRun run = Normalize("2013-02-15");
  EXPECT_EQ(run.out,
            "{\"input\":\"2013-02-15\",\"text\":\"2013-02-15\",\"kind\":\"date\",\"value\":"
            "\"2013-02-15\",\"grain\":\"day\",\"from\":\"2013-02-15\",\"to\":\"2013-02-15\"}\n");
}

TEST(StreamTest, DurationsCarrySeconds) {
  const auto lines = Lines(Normalize("118 days\n").out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["seconds"], 118 * 86400);
  EXPECT_EQ(lines[0]["iso"], "P118D");
}

TEST(StreamTest, CarriageReturnsAndAMissingFinalNewline) {
  const auto lines = Lines(Normalize("yesterday\r\ntomorrow").out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["input"], "yesterday");
  EXPECT_EQ(lines[1]["value"], "2013-02-13");
}

TEST(StreamTest, PreferDecidesUndirectedExpressions) {
  EXPECT_EQ(Lines(Normalize("Aug 8", Prefer::kPast).out)[0]["value"], "2012-08-08");
  EXPECT_EQ(Lines(Normalize("Aug 8", Prefer::kFuture).out)[0]["value"], "2013-08-08");
}

TEST(StreamTest, WeekdayMismatchIsReported) {
  const auto lines = Lines(Normalize("Tuesday, January 3, 2024").out);
  EXPECT_EQ(lines[0]["value"], "2024-01-03");
  EXPECT_NE(lines[0]["inconsistency"].get<std::string>().find("Wednesday"), std::string::npos);
}

TEST(StreamTest, InvalidUtf8FailsWithNoOutput) {
  const StreamRun run = Normalize(
      "yesterday\nab\xff"
      "cd\ntomorrow\n");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err.rfind("<stdin>:2:3: error: invalid UTF-8", 0), 0u) << run.err;
}

TEST(StreamTest, OverLongLineFailsWithNoOutput) {
  const StreamRun run = Normalize("today\n" + std::string(kMaxLineBytes + 1, 'x') + "\n");
  EXPECT_EQ(run.code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(run.err.rfind("<stdin>:2:1: error: line is", 0), 0u) << run.err;
}

TEST(StreamTest, EmptyInputWritesNothing) {
  const StreamRun run = Normalize("");
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "");
}

TEST(StreamTest, ParseRef) {
  struct Case {
    const char* text;
    const char* expected;  // the date, or "error"
  };
  const std::vector<Case> table = {
      {"2013-02-12", "2013-02-12"},
      {"2013-02-12T04:30:00", "2013-02-12"},
      {"2024-02-29", "2024-02-29"},
      {"2023-02-29", "error"},
      {"2013-2-12", "error"},
      {"yesterday", "error"},
      {"2013-02-12T25:00:00", "error"},
      {"2013-02-12T04:30", "error"},
      {"", "error"},
      {"2013-02-12X04:30:00", "error"},
  };
  for (const Case& c : table) {
    const auto ref = ParseRef(c.text);
    EXPECT_EQ(ref.ok() ? FormatIsoDate(*ref) : "error", c.expected) << c.text;
    if (!ref.ok()) {
      EXPECT_NE(ref.error().message.find("--ref"), std::string::npos);
      EXPECT_NE(ref.error().message.find("YYYY-MM-DD"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace factlint::normalize
