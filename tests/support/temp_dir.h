#pragma once
// An RAII temporary directory for tests: made fresh under the system's
// temporary directory, removed with its contents at scope end (unless
// PAIBAN_KEEP_TEST_FILES is set, to look at the files by hand).
#include <filesystem>
#include <string>

namespace paiban::test {

class TempDir {
 public:
  // PREFIX names the folder, e.g. "paiban-docx" -> /tmp/paiban-docx-XXXXXX.
  explicit TempDir(const std::string& prefix = "paiban-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  // Writes BYTES to the file NAME in the directory; returns its path.
  std::string write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

}  // namespace paiban::test
