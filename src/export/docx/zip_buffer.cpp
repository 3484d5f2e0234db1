#include "export/docx/zip_buffer.h"

#include <algorithm>

#include <minizip/zip.h>

#include "export/docx/memory_file.h"
#include "model/error.h"

namespace paiban::export_docx {

namespace {

// minizip returns its own codes, or zlib's when deflate fails.
std::string describe(int code) {
  switch (code) {
    case ZIP_ERRNO: return "writing to memory failed";
    case ZIP_PARAMERROR: return "bad parameter";
    case ZIP_BADZIPFILE: return "entry too large for a zip without zip64";
    case ZIP_INTERNALERROR: return "internal error";
    case Z_MEM_ERROR: return "out of memory";
    default: return "error " + std::to_string(code);
  }
}

[[noreturn]] void fail(const std::string& what, const std::string& detail) {
  throw Error(ExitCode::internal, "docx zip: " + what + ": " + detail);
}
[[noreturn]] void fail(const std::string& what, int code) { fail(what, describe(code)); }

// Word itself stamps every entry 1980-01-01 00:00, the DOS epoch. minizip
// packs these fields as they are (no localtime()), so the bytes do not
// depend on the time zone.
zip_fileinfo dos_epoch_info() {
  zip_fileinfo info{};
  info.tmz_date.tm_year = 1980;
  info.tmz_date.tm_mon = 0;
  info.tmz_date.tm_mday = 1;
  return info;
}

// General-purpose flag bit 11 says the name is UTF-8; minizip takes it as the
// flagBase of zipOpenNewFileInZip4_64. DOCX part names are ASCII, where the
// bit changes nothing, so it is set only for a name with a non-ASCII byte
// (as libzip did): the DOCX headers carry flags 0.
unsigned long name_flags(const std::string& name) {
  bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? 0 : 0x800;
}

// The zip64 extra field goes only into an entry that could reach 4 GiB once
// deflated; every DOCX part is far smaller, and plain zips are what Word and
// LibreOffice expect.
int needs_zip64(const std::string& bytes) { return compressBound(bytes.size()) >= 0xffffffffu ? 1 : 0; }

constexpr unsigned long made_by = 20;  // MS-DOS host, zip 2.0: no Unix mode bits to carry
constexpr int level = 6;               // zlib's default trade of size for speed

}  // namespace

void ZipBuffer::Closer::operator()(void* archive) const { zipClose(archive, nullptr); }

ZipBuffer::ZipBuffer() : file_(std::make_unique<MemoryFile>()) {
  zlib_filefunc64_def functions = memory_file_functions(*file_);
  archive_.reset(zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions));
  if (!archive_) fail("open", "cannot create the archive");
}

ZipBuffer::~ZipBuffer() = default;

void ZipBuffer::add(const std::string& name, std::string bytes) {
  if (!archive_) fail(name, "archive already finished");
  zip_fileinfo info = dos_epoch_info();
  int err = zipOpenNewFileInZip4_64(archive_.get(), name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                    Z_DEFLATED, level, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                    nullptr, 0, made_by, name_flags(name), needs_zip64(bytes));
  if (err != ZIP_OK) fail(name, err);
  // zipWriteInFileInZip takes an unsigned length: write a huge entry in pieces.
  for (std::size_t at = 0; at < bytes.size() && err == ZIP_OK;) {
    unsigned piece = static_cast<unsigned>(std::min<std::size_t>(bytes.size() - at, 1u << 30));
    err = zipWriteInFileInZip(archive_.get(), bytes.data() + at, piece);
    at += piece;
  }
  if (err != ZIP_OK) fail(name, err);
  if ((err = zipCloseFileInZip(archive_.get())) != ZIP_OK) fail(name, err);
}

std::string ZipBuffer::finish() {
  if (!archive_) fail("finish", "archive already finished");
  // zipClose frees the handle whatever it returns, so release it first.
  int err = zipClose(archive_.release(), nullptr);
  if (err != ZIP_OK) fail("close", err);
  return std::move(file_->bytes);
}

}  // namespace paiban::export_docx
