#include "checker/report/location_json.h"

namespace factlint::report {

nlohmann::ordered_json LocationJson(const Location& location) {
  nlohmann::ordered_json out;
  out["path"] = location.path;
  out["line"] = location.line;
  out["column"] = location.column;
  out["end_line"] = location.end_line;
  out["end_column"] = location.end_column;
  out["text"] = location.text;
  return out;
}

}  // namespace factlint::report
