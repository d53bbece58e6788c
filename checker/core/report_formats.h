// The names of the report formats, in the order --help lists them: the one
// list the reporters' registry (report/report.cpp, one render function per
// name) and the configuration's `format:` key (config/config.cpp) both use.
// Adding a report format: its render function (report/<name>_reporter.cpp,
// declared in report/reporters.h), its name here, its row in report.cpp's
// table, and CMake.
#pragma once

namespace factlint {

inline constexpr const char* kReportFormatNames[] = {"text", "json",   "sarif",
                                                     "html", "github", "junit"};

}  // namespace factlint
