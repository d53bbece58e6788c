#include "tests/report/fixture.h"

#include <cstdio>
#include <cstdlib>

namespace factlint::report::testing {
namespace {

Date D(const char* iso) {
  return ParseIsoDate(iso).value();
}

DateRange Range(const char* from, const char* to) {
  return {D(from), D(to)};
}

std::shared_ptr<const SourceText> Source(std::string path, std::string text) {
  return std::make_shared<const SourceText>(std::move(path), std::move(text));
}

// The fixture's articles are written for these tests; the dates and ages
// follow the same arithmetic as real coverage.
constexpr const char* kDraftPath = "drafts/season two.md";
constexpr const char* kDraftText =
    "---\n"
    "date: 2026-11-20\n"
    "title: Season two, reviewed\n"
    "---\n"
    "At the caf\xC3\xA9 on Main Street, \xC3\x93lafur Darri \xC3\x93lafsson and Adam Scott, 50, "
    "talked about the new season.\n"
    "\tThe eight new cast members are Ana, Bo, Cy, Di, Ed, Flo, Gus, Hal and Ivy.\n"
    "Season two premieres on January 17, the studio said.\n";

constexpr const char* kArchivePath = "archive/scott-interview.txt";
constexpr const char* kArchiveText =
    "date 2024-01-29\n"
    "Adam Scott, 50, said the wait had been long \xE2\x80\x94 longer than anyone planned.\n"
    "A release date for season two has not been announced yet.\n";

}  // namespace

Location Locate(const SourceText& source, std::string_view needle, std::string_view after) {
  const std::string& bytes = source.bytes();
  size_t from = 0;
  if (!after.empty()) {
    from = bytes.find(after);
    if (from == std::string::npos) from = 0;
  }
  const size_t begin = bytes.find(needle, from);
  if (begin == std::string::npos) {
    std::fprintf(stderr, "fixture: '%.*s' is not in %s\n", static_cast<int>(needle.size()),
                 needle.data(), source.path().c_str());
    std::abort();
  }
  const Position start = source.PositionOf(begin);
  const Position end = source.PositionOf(begin + needle.size());
  Location location;
  location.path = source.path();
  location.line = start.line;
  location.column = start.column;
  location.end_line = end.line;
  location.end_column = end.column;
  location.text = std::string(needle);
  return location;
}

RunReport GoldenRunReport() {
  RunReport run;
  run.tool_version = "0.1.0";
  run.as_of = D("2026-11-23");
  const auto draft = Source(kDraftPath, kDraftText);
  const auto archive = Source(kArchivePath, kArchiveText);
  run.sources = {draft, archive};
  run.documents = {
      {kDraftPath, "", "Season two, reviewed", D("2026-11-20"), Role::kDraft, 4},
      {kArchivePath, "", "", D("2024-01-29"), Role::kArchive, 2},
  };
  run.rules = {
      {"age-contradiction", "two ages for one person that cannot both hold",
       "Ages stated on different dates imply birth dates; when those ranges do not overlap, at "
       "least one age is wrong.",
       "https://example.org/factlint/rules/age-contradiction", Severity::kError},
      {"stale-unknown-date", "a date called unknown that was later announced",
       "An article said a date was not yet known; a later article or the fact base gives it.", "",
       Severity::kWarning},
      {"count-mismatch", "a stated count that differs from the items listed", "", "",
       Severity::kInfo},
  };

  const Location draft_age = Locate(*draft, "Adam Scott, 50");
  const Location archive_age = Locate(*archive, "Adam Scott, 50");
  const Location unknown = Locate(*archive, "A release date for season two has not been announced");
  const Location premiere = Locate(*draft, "premieres on January 17");
  const Location count = Locate(*draft, "eight new cast members");
  const Location names = Locate(*draft, "Ana, Bo, Cy, Di, Ed, Flo, Gus, Hal and Ivy");

  Finding age;
  age.rule = "age-contradiction";
  age.kind = "contradiction";
  age.severity = Severity::kError;
  age.subject = "Adam Scott";
  age.attribute = "age";
  age.message = "age 50 on 2026-11-20 contradicts age 50 on 2024-01-29";
  age.location = draft_age;
  age.related = {
      {archive_age,
       "age 50 on 2024-01-29: born 1973-01-30\xE2\x80\xA6"
       "1974-01-29"},
      {Location{}, "fact base: born 1973-04-03"},
  };
  age.timeline = {
      {"age 50 on 2026-11-20", Range("1975-11-21", "1976-11-20"), false, true,
       "drafts/season two.md:5"},
      {"age 50 on 2024-01-29", Range("1973-01-30", "1974-01-29"), false, false,
       "archive/2024-01-29-severance.txt:3"},
      {"fact: born 1973-04-03", Range("1973-04-03", "1973-04-03"), true, false, "fact base"},
  };

  Finding stale;
  stale.rule = "stale-unknown-date";
  stale.kind = "stale";
  stale.severity = Severity::kWarning;
  stale.subject = "Season two";
  stale.attribute = "premiere";
  stale.message = "the premiere date was announced after this article: January 17, 2027";
  stale.location = unknown;
  stale.related = {{premiere, "premiere 2027-01-17, stated 2026-11-20"}};
  stale.timeline = {
      {"unknown as of 2024-01-29", Range("2024-01-29", "2024-01-29"), false, true,
       "archive/2024-01-29-severance.txt:7"},
      {"premiere 2027-01-17", Range("2027-01-17", "2027-01-17"), false, false,
       "drafts/season two.md:9", std::nullopt, true},
      {"made public 2026-11-20", Range("2026-11-20", "2026-11-20"), false, false,
       "drafts/season two.md:9", std::nullopt, true},
  };

  Finding cast;
  cast.rule = "count-mismatch";
  cast.kind = "internal";
  cast.severity = Severity::kInfo;
  cast.subject = "Season two";
  cast.attribute = "new cast members";
  cast.message = "the sentence says eight new cast members but names nine";
  cast.location = count;
  cast.related = {{names, "nine names listed"}};

  run.findings = {age, stale, cast};

  run.claims = {
      {draft_age, "Adam Scott", "age", "age", "50",
       "born 1975-11-21\xE2\x80\xA6"
       "1976-11-20",
       Range("1975-11-21", "1976-11-20"), D("2026-11-20"), false},
      {archive_age, "Adam Scott", "age", "age", "50",
       "born 1973-01-30\xE2\x80\xA6"
       "1974-01-29",
       Range("1973-01-30", "1974-01-29"), D("2024-01-29"), false},
      {premiere, "Season two", "premiere", "premiere-date", "January 17", "2027-01-17",
       Range("2027-01-17", "2027-01-17"), D("2026-11-20"), false},
      {unknown, "Season two", "premiere", "date-unknown", "has not been announced",
       "unknown as of 2024-01-29", std::nullopt, D("2024-01-29"), false},
      {count, "Season two", "new cast members", "count", "eight", "8 count", std::nullopt,
       D("2026-11-20"), false},
  };
  return run;
}

RunReport HostileRunReport() {
  // Every string a reporter shows tries to escape its context: HTML text and
  // attributes, the JSON data block (</script>, U+2028), XML, workflow
  // commands. If any of it ran, it would set the page title to PWNED or add
  // an element with an id starting "pwned".
  const std::string script = "<script>document.title='PWNED'</script>";
  const std::string close = "</script><script>document.title='PWNED'</script>";
  const std::string image = "\"><img id=pwned-img src=x onerror=\"document.title='PWNED'\">";
  const std::string path = "drafts/<script>alert(1)</script> \"x\".md";
  const std::string text =
      "date 2026-11-20\n"
      "Pat Doe, 40, wrote " +
      script +
      " in a post.\n"
      "She added " +
      close + " and " + image +
      " too.\n"
      "Line\xE2\x80\xA8separator and <!-- comment --> and {{findings}} and ]]> end.\n";
  RunReport run;
  run.tool_version = "0.1.0<b id=pwned-version>";
  run.as_of = D("2026-11-23");
  const auto source = Source(path, text);
  run.sources = {source};
  run.documents = {{path, "", script + image, D("2026-11-20"), Role::kDraft, 1}};
  run.rules = {{"age-contradiction", script, close, "", Severity::kError}};

  const Location age = Locate(*source, "Pat Doe, 40");
  const Location tag = Locate(*source, script);
  const Location breakout = Locate(*source, close);
  const Location img = Locate(*source, image);

  Finding finding;
  finding.rule = "age-contradiction";
  finding.kind = "contradiction\"><b id=pwned-kind>";
  finding.severity = Severity::kError;
  finding.subject = "</script><svg id=pwned-subject onload=\"document.title='PWNED'\">";
  finding.attribute = "age";
  finding.message =
      "age 40 contradicts " + image + " %0A::error::injected, with: colons {{findings}}";
  finding.location = age;
  finding.related = {{tag, "note " + script},
                     {breakout, "note " + close},
                     {img, "note " + image + "\xE2\x80\xA9"}};
  finding.timeline = {
      {script, Range("1985-11-21", "1986-11-20"), false, true, close},
      {image, Range("1980-01-01", "1980-12-31"), true, false, script},
  };
  Finding second = finding;
  second.severity = Severity::kWarning;
  second.rule = "x\"><script>document.title='PWNED'</script>";
  second.kind = "stale";
  run.findings = {finding, second};
  run.claims = {{age, finding.subject, "age", "age", image, close,
                 Range("1986-01-01", "1986-06-30"), D("2026-11-20"), false}};
  return run;
}

}  // namespace factlint::report::testing
