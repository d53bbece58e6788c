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

struct Error {
  std::string path;     // file the problem is in; empty for a command-line value
  int line = 0;         // 1-based; 0 when the problem has no position
  int column = 0;       // 1-based, in Unicode code points; 0 when unknown
  std::string message;  // lowercase, says what was found and what would be right
  std::string context;  // optional: the offending source lines, already formatted

  // "path:line:col: error: message" (omitting the parts that are unknown),
  // followed by `context` on the next lines when present.
  std::string ToString() const;
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
