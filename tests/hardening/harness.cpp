#include "hardening/harness.h"

#include <algorithm>

namespace hardening {

std::string example_article() {
  return read_bytes(fs::path(PAIBAN_SOURCE_DIR) / "examples" / "zhibu-2014-10-tianzhen.txt");
}

Run run_cli(const std::vector<std::string>& args, const Limits& limits) {
  paiban::test::ProgramOptions options;
  options.env = limits.env;
  options.max_file_bytes = limits.max_file_bytes;
  return paiban::test::run_cli(args, options);
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace hardening
