#pragma once
// A seekable file held in a std::string, behind minizip's I/O callbacks: the
// DOCX archive is written (and, in the tests, read back) without a disk file.
#include <cstdint>
#include <string>

#include <minizip/ioapi.h>

namespace paiban::export_docx {

struct MemoryFile {
  std::string bytes;
  std::uint64_t at = 0;  // the position the next read or write starts at
};

// Callbacks that read, write and seek `file`, which must outlive every
// zipFile or unzFile opened with them. Opening keeps the bytes already there
// (the reader needs them) and puts the position at the start.
zlib_filefunc64_def memory_file_functions(MemoryFile& file);

}  // namespace paiban::export_docx
