// `factlint normalize --ref YYYY-MM-DD[THH:MM:SS] [--prefer past|future|nearest]`:
// one expression per input line, one JSON object per output line.
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/normalize/stream.h"

namespace factlint::cli {
namespace {

struct NormalizeFlags {
  std::string ref;
  std::string prefer = "nearest";
};

int Run(const NormalizeFlags& flags) {
  auto ref = normalize::ParseRef(flags.ref);
  if (!ref.ok()) {
    std::cerr << "factlint normalize: error: " << ref.error().message << "\n";
    return 2;
  }
  const normalize::Prefer prefer = flags.prefer == "past"     ? normalize::Prefer::kPast
                                   : flags.prefer == "future" ? normalize::Prefer::kFuture
                                                              : normalize::Prefer::kNearest;
  return normalize::NormalizeStream(std::cin, std::cout, std::cerr, *ref, prefer,
                                    normalize::RefMinute(flags.ref));
}

}  // namespace

Runner AddNormalizeCommand(CLI::App& app) {
  auto flags = std::make_shared<NormalizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "normalize", "Normalize one date/duration/number expression per line of standard input");
  cmd->add_option("--ref", flags->ref, "Reference date: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS")
      ->required();
  cmd->add_option("--prefer", flags->prefer,
                  "Where an undirected expression falls: past, future or nearest")
      ->check(CLI::IsMember({"past", "future", "nearest"}));
  return [cmd, flags] { return cmd->parsed() ? Run(*flags) : -1; };
}

}  // namespace factlint::cli
