#include "cli/batch/stale_temporaries.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>

namespace paiban::cli::batch {

namespace fs = std::filesystem;

namespace {

// write_file_atomically names its temporary `.NAME.tmp-XXXXXX` (mkstemp):
// returns NAME, or nothing for any other file.
std::optional<std::string> final_name_of_temporary(const std::string& file) {
  constexpr std::string_view kMarker = ".tmp-";
  constexpr std::size_t kRandom = 6;
  if (file.size() < 1 + kMarker.size() + kRandom + 1 || file[0] != '.') return std::nullopt;
  std::size_t marker = file.size() - kRandom - kMarker.size();
  if (file.compare(marker, kMarker.size(), kMarker) != 0) return std::nullopt;
  return file.substr(1, marker - 1);
}

// The input a final output name belongs to: `art.pdf` -> stem `art`;
// the stamp `.art.txt.paiban-stamp` -> input file name `art.txt`.
bool belongs_to(const std::string& final_name, const std::set<std::string>& stems,
                const std::set<std::string>& names) {
  constexpr std::string_view kStamp = ".paiban-stamp";
  if (final_name.size() > kStamp.size() + 1 && final_name[0] == '.' &&
      final_name.ends_with(kStamp))
    return names.count(final_name.substr(1, final_name.size() - 1 - kStamp.size())) > 0;
  return stems.count(fs::path(final_name).stem().string()) > 0;
}

struct DirItems {
  std::set<std::string> stems, names;
};

}  // namespace

std::size_t remove_stale_temporaries(const OutputRoot& root, const std::vector<InputEntry>& items) {
  std::map<fs::path, DirItems> by_dir;
  for (const InputEntry& e : items) {
    if (!e.refusal.empty()) continue;
    fs::path rel(e.relative);
    DirItems& d = by_dir[rel.parent_path()];
    d.stems.insert(rel.stem().string());
    d.names.insert(rel.filename().string());
  }
  std::size_t removed = 0;
  for (const auto& [rel_dir, d] : by_dir) {
    fs::path dir = root.given / rel_dir;
    std::error_code ec;
    fs::path resolved = fs::canonical(dir, ec);
    if (ec || !is_within(root.canonical, resolved)) continue;  // absent, or refused later
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::optional<std::string> final_name = final_name_of_temporary(it->path().filename().string());
      std::error_code type_ec;
      if (final_name && it->is_regular_file(type_ec) && belongs_to(*final_name, d.stems, d.names) &&
          fs::remove(it->path(), type_ec))
        ++removed;
    }
  }
  return removed;
}

}  // namespace paiban::cli::batch
