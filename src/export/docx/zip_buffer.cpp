#include "export/docx/zip_buffer.h"

#include <ctime>

#include <zip.h>

#include "model/error.h"

namespace paiban::export_docx {

namespace {

[[noreturn]] void fail(const std::string& what, const char* detail) {
  throw Error(ExitCode::internal, "docx zip: " + what + ": " + (detail ? detail : "unknown error"));
}

// Word itself stamps every entry 1980-01-01 00:00, the DOS epoch. libzip turns
// a time_t into DOS fields with localtime(), so hand it the local time that
// has exactly those fields: the bytes then do not depend on the time zone.
time_t dos_epoch_as_local_time() {
  std::tm tm{};
  tm.tm_year = 80;
  tm.tm_mon = 0;
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

}  // namespace

ZipBuffer::ZipBuffer() {
  zip_error_t error;
  zip_error_init(&error);
  buffer_ = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer_) fail("buffer", zip_error_strerror(&error));
  archive_ = zip_open_from_source(buffer_, ZIP_TRUNCATE, &error);
  if (!archive_) {
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    zip_source_free(buffer_);
    fail("open", message.c_str());
  }
  zip_error_fini(&error);
  zip_source_keep(buffer_);  // survives zip_close so that finish() can read it
}

ZipBuffer::~ZipBuffer() {
  if (archive_) zip_discard(archive_);
  if (buffer_) zip_source_free(buffer_);
}

void ZipBuffer::add(const std::string& name, std::string bytes) {
  if (!archive_) fail(name, "archive already finished");
  const std::string& kept = contents_.emplace_back(std::move(bytes));
  zip_source_t* source = zip_source_buffer(archive_, kept.data(), kept.size(), 0);
  if (!source) fail(name, zip_strerror(archive_));
  zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    fail(name, zip_strerror(archive_));
  }
  zip_uint64_t i = static_cast<zip_uint64_t>(index);
  if (zip_set_file_compression(archive_, i, ZIP_CM_DEFLATE, 6) != 0 ||
      zip_file_set_mtime(archive_, i, dos_epoch_as_local_time(), 0) != 0)
    fail(name, zip_strerror(archive_));
}

std::string ZipBuffer::finish() {
  if (!archive_) fail("finish", "archive already finished");
  if (zip_close(archive_) != 0) fail("close", zip_strerror(archive_));
  archive_ = nullptr;
  contents_.clear();

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer_, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
    fail("stat", zip_error_strerror(zip_source_error(buffer_)));
  if (zip_source_open(buffer_) != 0) fail("read", zip_error_strerror(zip_source_error(buffer_)));
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  zip_int64_t got = zip_source_read(buffer_, out.data(), out.size());
  zip_source_close(buffer_);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size)
    fail("read", zip_error_strerror(zip_source_error(buffer_)));
  return out;
}

}  // namespace paiban::export_docx
