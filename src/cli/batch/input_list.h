#pragma once
// What a batch run converts: every file under a folder matching a glob, or
// the paths listed one per line in a file or on standard input.
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace paiban::cli::batch {

struct InputEntry {
  std::string relative;             // '/'-separated; mirrored under OUTDIR and used for sharding
  std::filesystem::path source;     // where to read it
  std::string refusal;              // non-empty: not converted, reported as failed for this reason
};

// Regular files under `root` whose name matches `glob` (fnmatch; a pattern
// with '/' matches the relative path instead). Directory links are not
// followed; file links that resolve outside `root` are refused. `skip_dir`
// (the output folder, when it lies inside `root`) is not descended into.
std::vector<InputEntry> list_folder(const std::filesystem::path& root, const std::string& glob,
                                    const std::filesystem::path& skip_dir);

// One path per line, relative to `base` (the current directory); blank lines
// ignored. Absolute paths, `..` and links leading outside `base` are refused.
std::vector<InputEntry> list_lines(std::istream& lines, const std::filesystem::path& base);

// Sorts by relative path, drops repeats, and refuses inputs whose outputs
// would overwrite an earlier one's (`a.txt` and `a.md` both give `a.pdf`).
void sort_and_refuse_collisions(std::vector<InputEntry>& entries);

}  // namespace paiban::cli::batch
