#pragma once
// A zip archive built in memory with libzip: entries in the order they are
// added, deflated, each with the same fixed timestamp, so that the same
// entries always give the same bytes. Owns every libzip handle it uses.
#include <deque>
#include <string>

struct zip;
struct zip_source;

namespace paiban::export_docx {

class ZipBuffer {
 public:
  ZipBuffer();
  ~ZipBuffer();
  ZipBuffer(const ZipBuffer&) = delete;
  ZipBuffer& operator=(const ZipBuffer&) = delete;

  // Throws paiban::Error(internal) naming the entry when libzip refuses it.
  void add(const std::string& name, std::string bytes);
  // Writes the central directory and returns the archive; once only.
  std::string finish();

 private:
  zip_source* buffer_ = nullptr;  // the in-memory archive file
  zip* archive_ = nullptr;
  std::deque<std::string> contents_;  // libzip reads entries at finish()
};

}  // namespace paiban::export_docx
