// Result<T> and Error: how every stage reports input a user can break.
//
// factlint never throws across a stage boundary. A function that reads user
// input (an article, a rule file, a fact file, a command-line value) returns a
// Result<T>: either a value, or an Error that names the file, the 1-based line
// and column (0 when there is none), and what would have been right.
//
//   Result<Date> d = ParseIsoDate("2024-13-01");
//   if (!d.ok()) std::cerr << d.error().ToString() << "\n";
//   // -> "2024-13-01: error: month 13 is out of range; expected YYYY-MM-DD"
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace factlint {

// What kind of input an Error is about, so the command line can map it to an
// exit code (cli/commands.h) and a caller can tell a rule author's mistake
// from an article's. The stage that makes an Error sets it; a shared helper
// in core/ (a date, UTF-8) leaves the default and its caller sets its own.
enum class ErrorCategory {
  kInput,     // an article or archive file: unreadable, not UTF-8, undated
  kUsage,     // a command-line value: an option, a date, a rule id
  kRule,      // a rule file
  kFact,      // a fact file
  kConfig,    // .factlint.yaml or a baseline
  kLedger,    // the claim ledger: another version's, unreadable, unreachable
  kOutput,    // an -o file that cannot be written
  kInternal,  // a bug in factlint, never the user's input
};
const char* ErrorCategoryName(ErrorCategory category);  // "input" | "usage" | ...

struct Error {
  std::string path;     // file the problem is in; empty for a command-line value
  int line = 0;         // 1-based; 0 when the problem has no position
  int column = 0;       // 1-based, in Unicode code points; 0 when unknown
  std::string message;  // lowercase, says what was found and what would be right
  std::string context;  // optional: the offending source lines, already formatted
  ErrorCategory category = ErrorCategory::kInput;

  // "path:line:col: error: message" (omitting the parts that are unknown),
  // followed by `context` on the next lines when present.
  std::string ToString() const;

  // The same error in `category`: a caller that knows what a shared helper's
  // input was (`ParseIsoDate(flag)` -> kUsage) says so.
  Error In(ErrorCategory as) && {
    category = as;
    return std::move(*this);
  }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  const Error& error() const { return std::get<1>(state_); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Error> state_;
};

// For functions that only succeed or fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design
  bool ok() const { return !error_.has_value(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace factlint
