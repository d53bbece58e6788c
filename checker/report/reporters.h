// One factory per format, each defined in its own <format>_reporter.cpp and
// registered once in report.cpp's table. Internal to factlint_report.
#pragma once

#include <memory>

#include "checker/report/report.h"

namespace factlint::report {

std::unique_ptr<Reporter> MakeTextReporter();
std::unique_ptr<Reporter> MakeJsonReporter();
std::unique_ptr<Reporter> MakeSarifReporter();
std::unique_ptr<Reporter> MakeGithubReporter();
std::unique_ptr<Reporter> MakeJunitReporter();
std::unique_ptr<Reporter> MakeHtmlReporter();

}  // namespace factlint::report
