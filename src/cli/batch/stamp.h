#pragma once
// The up-to-date record written beside an input's outputs once all of them
// are complete: `OUTDIR/dir/.NAME.paiban-stamp`, a small JSON file. A rerun
// skips the input when the input's content hash, the options and the paiban
// version are the same and every output still has its recorded size.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace paiban::cli::batch {

struct OutputRecord {
  std::string file;    // file name, in the stamp's folder
  std::string format;  // pdf | docx | xml | json
  long long bytes = 0;
  int pages = 0;
};

struct Stamp {
  std::string input_sha256;
  std::string options;  // canonical text of the options that shape the outputs
  std::string version;  // paiban version
  int diagnostics = 0;
  std::vector<OutputRecord> outputs;
};

// `OUTDIR/a/b.txt` -> `OUTDIR/a/.b.txt.paiban-stamp`.
std::filesystem::path stamp_path(const std::filesystem::path& out_root, const std::string& relative);

// Nothing when missing or unreadable (then the input is simply redone).
std::optional<Stamp> read_stamp(const std::filesystem::path& path);

// Atomically, after the outputs. Throws Error(cant_create).
void write_stamp(const std::filesystem::path& path, const Stamp& stamp);

// Same hash, options and version, and every output present with its size.
bool is_up_to_date(const Stamp& recorded, const Stamp& wanted, const std::filesystem::path& dir);

}  // namespace paiban::cli::batch
