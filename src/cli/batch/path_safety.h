#pragma once
// Outputs mirror the inputs' relative paths under OUTDIR. These checks make
// sure no name can write outside OUTDIR or read outside INPUT: no `..`, no
// absolute paths, no symbolic link leading out.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace paiban::cli::batch {

// Why `relative` cannot be mirrored under OUTDIR (empty, absolute, has a `..`
// component), or nothing when it is fine.
std::optional<std::string> relative_path_problem(std::string_view relative);

// Both paths canonical (std::filesystem::canonical or weakly_canonical).
bool is_within(const std::filesystem::path& root, const std::filesystem::path& path);

struct OutputRoot {
  std::filesystem::path given;      // as on the command line, for messages and the report
  std::filesystem::path canonical;  // links resolved, for containment checks
};

// Creates OUTDIR/relative_dir and checks that, links resolved, it is still
// inside OUTDIR. Returns the directory under `root.given`. Throws Error(cant_create).
std::filesystem::path make_output_dir(const OutputRoot& root, const std::filesystem::path& relative_dir);

}  // namespace paiban::cli::batch
