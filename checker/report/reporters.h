// One render function per format, each defined in its own <format>_reporter.cpp
// and registered once in report.cpp's table, which makes it a Reporter.
// Internal to factlint_report. Every reporter is stateless, so a function is
// all a format needs.
#pragma once

#include <string>

#include "checker/report/report.h"

namespace factlint::report {

std::string RenderText(const RunReport& run, const RenderOptions& options);
std::string RenderJson(const RunReport& run, const RenderOptions& options);
std::string RenderSarif(const RunReport& run, const RenderOptions& options);
std::string RenderGithub(const RunReport& run, const RenderOptions& options);
std::string RenderJunit(const RunReport& run, const RenderOptions& options);
std::string RenderHtml(const RunReport& run, const RenderOptions& options);

}  // namespace factlint::report
