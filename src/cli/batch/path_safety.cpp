#include "cli/batch/path_safety.h"

#include <system_error>

#include "model/error.h"

namespace paiban::cli::batch {

namespace fs = std::filesystem;

std::optional<std::string> relative_path_problem(std::string_view relative) {
  if (relative.empty()) return "empty path";
  if (relative.find('\0') != std::string_view::npos) return "path contains a NUL byte";
  fs::path p{std::string(relative)};
  if (p.is_absolute() || p.has_root_name() || p.has_root_directory())
    return "absolute path (list paths relative to the current directory)";
  for (const fs::path& part : p)
    if (part == "..") return "path contains '..' and would leave the output folder";
  return std::nullopt;
}

bool is_within(const fs::path& root, const fs::path& path) {
  auto r = root.begin(), p = path.begin();
  for (; r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // trailing separator of the root
    if (p == path.end() || *r != *p) return false;
  }
  return true;
}

fs::path make_output_dir(const OutputRoot& root, const fs::path& relative_dir) {
  fs::path dir = root.given / relative_dir;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(ExitCode::cant_create, "cannot create " + dir.string() + ": " + ec.message());
  fs::path resolved = fs::canonical(dir, ec);
  if (ec) throw Error(ExitCode::cant_create, "cannot resolve " + dir.string() + ": " + ec.message());
  if (!is_within(root.canonical, resolved))
    throw Error(ExitCode::cant_create,
                "refused: " + dir.string() + " leads outside the output folder through a symbolic link");
  return dir;
}

}  // namespace paiban::cli::batch
