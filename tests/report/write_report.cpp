// write_report FIXTURE FORMAT OUT: renders a test fixture (golden | hostile)
// in FORMAT to the file OUT. The SARIF schema test and the headless-Chromium
// test run it to get fresh output from the library.
#include <fstream>
#include <iostream>
#include <string>

#include "checker/report/report.h"
#include "tests/report/fixture.h"

int main(int argc, char** argv) {
  using namespace factlint::report;
  if (argc != 4) {
    std::cerr << "usage: write_report golden|hostile FORMAT OUT\n";
    return 2;
  }
  const std::string fixture = argv[1];
  if (fixture != "golden" && fixture != "hostile") {
    std::cerr << "write_report: unknown fixture '" << fixture << "'; expected golden or hostile\n";
    return 2;
  }
  auto reporter = MakeReporter(argv[2]);
  if (!reporter) {
    std::cerr << "write_report: unknown format '" << argv[2] << "'\n";
    return 2;
  }
  const RunReport run =
      fixture == "golden" ? testing::GoldenRunReport() : testing::HostileRunReport();
  std::ofstream out(argv[3], std::ios::binary);
  out << reporter->Render(run, RenderOptions{});
  if (!out) {
    std::cerr << "write_report: cannot write " << argv[3] << "\n";
    return 2;
  }
  return 0;
}
