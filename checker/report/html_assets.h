// The HTML report's template, stylesheet and script (reports/report.html.in,
// reports/report.css, reports/report.js), compiled into the binary by
// embed_assets.cmake. Internal to factlint_report.
#pragma once

#include <string_view>

namespace factlint::report::assets {

std::string_view HtmlTemplate();
std::string_view HtmlStyle();
std::string_view HtmlScript();

}  // namespace factlint::report::assets
