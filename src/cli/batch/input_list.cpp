#include "cli/batch/input_list.h"

#include <fnmatch.h>

#include <algorithm>
#include <system_error>
#include <unordered_map>

#include "cli/batch/path_safety.h"
#include "model/error.h"

namespace paiban::cli::batch {

namespace fs = std::filesystem;

namespace {

bool matches(const std::string& glob, const fs::path& relative) {
  // FNM_PERIOD: like the shell, `*` does not pick up hidden files (our own
  // temporary files and stamps are hidden).
  if (glob.find('/') != std::string::npos)
    return fnmatch(glob.c_str(), relative.generic_string().c_str(), FNM_PATHNAME | FNM_PERIOD) == 0;
  return fnmatch(glob.c_str(), relative.filename().c_str(), FNM_PERIOD) == 0;
}

// A link found while walking: accepted only if it resolves to a regular file
// inside the walked folder.
std::string link_refusal(const fs::path& link, const fs::path& canonical_root) {
  std::error_code ec;
  fs::path target = fs::canonical(link, ec);
  if (ec) return "refused: dangling symbolic link";
  if (!is_within(canonical_root, target)) return "refused: symbolic link leads outside the input folder";
  return {};
}

fs::path canonical_or_throw(const fs::path& p, ExitCode code) {
  std::error_code ec;
  fs::path c = fs::canonical(p, ec);
  if (ec) throw Error(code, "cannot resolve " + p.string() + ": " + ec.message());
  return c;
}

}  // namespace

std::vector<InputEntry> list_folder(const fs::path& root, const std::string& glob,
                                    const fs::path& skip_dir) {
  fs::path canonical_root = canonical_or_throw(root, ExitCode::no_input);
  std::vector<InputEntry> entries;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(ExitCode::no_input, "cannot read folder " + root.string() + ": " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(ExitCode::no_input, "cannot walk " + root.string() + ": " + ec.message());
    const fs::directory_entry& entry = *it;
    std::error_code type_ec;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec)) {
      if (!skip_dir.empty() && fs::equivalent(entry.path(), skip_dir, type_ec))
        it.disable_recursion_pending();
      continue;
    }
    fs::path relative = entry.path().lexically_relative(root);
    if (!matches(glob, relative)) continue;
    InputEntry item{relative.generic_string(), entry.path(), {}};
    if (entry.is_symlink(type_ec)) {
      item.refusal = link_refusal(entry.path(), canonical_root);
      if (item.refusal.empty() && !entry.is_regular_file(type_ec)) continue;  // link to a folder
    } else if (!entry.is_regular_file(type_ec)) {
      continue;  // sockets, fifos, devices
    }
    entries.push_back(std::move(item));
  }
  return entries;
}

std::vector<InputEntry> list_lines(std::istream& lines, const fs::path& base) {
  fs::path canonical_base = canonical_or_throw(base, ExitCode::no_input);
  std::vector<InputEntry> entries;
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    InputEntry item{line, base / line, {}};
    if (std::optional<std::string> problem = relative_path_problem(line)) {
      item.refusal = "refused: " + *problem;
    } else {
      fs::path relative = fs::path(line).lexically_normal();
      item.relative = relative.generic_string();
      item.source = base / relative;
      std::error_code ec;
      fs::path resolved = fs::weakly_canonical(item.source, ec);
      if (!ec && !is_within(canonical_base, resolved))
        item.refusal = "refused: a symbolic link leads outside the current directory";
    }
    entries.push_back(std::move(item));
  }
  return entries;
}

void sort_and_refuse_collisions(std::vector<InputEntry>& entries) {
  std::sort(entries.begin(), entries.end(),
            [](const InputEntry& a, const InputEntry& b) { return a.relative < b.relative; });
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const InputEntry& a, const InputEntry& b) { return a.relative == b.relative; }),
                entries.end());
  std::unordered_map<std::string, const InputEntry*> by_stem;
  for (InputEntry& e : entries) {
    if (!e.refusal.empty()) continue;
    std::string stem = fs::path(e.relative).replace_extension().generic_string();
    auto [it, fresh] = by_stem.emplace(stem, &e);
    if (!fresh) e.refusal = "refused: its outputs would overwrite those of " + it->second->relative;
  }
}

}  // namespace paiban::cli::batch
