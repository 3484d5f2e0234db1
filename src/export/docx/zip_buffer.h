#pragma once
// A zip archive built in memory with minizip: entries in the order they are
// added, deflated, each with the same fixed timestamp, so that the same
// entries always give the same bytes. Owns the minizip handle it uses.
#include <memory>
#include <string>

namespace paiban::export_docx {

struct MemoryFile;

class ZipBuffer {
 public:
  ZipBuffer();
  ~ZipBuffer();
  ZipBuffer(const ZipBuffer&) = delete;
  ZipBuffer& operator=(const ZipBuffer&) = delete;

  // Throws paiban::Error(internal) naming the entry when minizip refuses it.
  void add(const std::string& name, std::string bytes);
  // Writes the central directory and returns the archive; once only.
  std::string finish();

 private:
  struct Closer {
    void operator()(void* archive) const;  // zipClose; minizip's zipFile is a void*
  };
  // Declared before archive_ so that it outlives it: closing writes into it.
  std::unique_ptr<MemoryFile> file_;
  std::unique_ptr<void, Closer> archive_;
};

}  // namespace paiban::export_docx
