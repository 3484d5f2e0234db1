#include "export/docx/memory_file.h"

#include <algorithm>
#include <cstdio>
#include <new>

namespace paiban::export_docx {

namespace {

MemoryFile& file_of(voidpf stream) { return *static_cast<MemoryFile*>(stream); }

voidpf open_file(voidpf opaque, const void* /*filename*/, int /*mode*/) {
  file_of(opaque).at = 0;
  return opaque;  // the stream minizip hands back to every other callback
}

uLong read_file(voidpf /*opaque*/, voidpf stream, void* buffer, uLong size) {
  MemoryFile& file = file_of(stream);
  if (file.at >= file.bytes.size()) return 0;
  uLong n = static_cast<uLong>(std::min<std::uint64_t>(size, file.bytes.size() - file.at));
  std::copy_n(file.bytes.data() + file.at, n, static_cast<char*>(buffer));
  file.at += n;
  return n;
}

// minizip writes the local header first and seeks back to fill in the CRC and
// sizes, so a write may overwrite bytes as well as append them.
uLong write_file(voidpf /*opaque*/, voidpf stream, const void* buffer, uLong size) {
  MemoryFile& file = file_of(stream);
  const char* from = static_cast<const char*>(buffer);
  try {
    if (file.bytes.size() < file.at + size) file.bytes.resize(file.at + size);
  } catch (const std::bad_alloc&) {
    return 0;  // a short write: minizip reports ZIP_ERRNO; no exception may cross its C frames
  }
  std::copy_n(from, size, file.bytes.data() + file.at);
  file.at += size;
  return size;
}

ZPOS64_T tell_file(voidpf /*opaque*/, voidpf stream) { return file_of(stream).at; }

long seek_file(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
  MemoryFile& file = file_of(stream);
  std::uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = file.at; break;
    case ZLIB_FILEFUNC_SEEK_END: base = file.bytes.size(); break;
    default: return -1;
  }
  if (base + offset > file.bytes.size()) return -1;  // no holes: nothing we write needs them
  file.at = base + offset;
  return 0;
}

int close_file(voidpf /*opaque*/, voidpf /*stream*/) { return 0; }  // the bytes stay with the caller
int error_file(voidpf /*opaque*/, voidpf /*stream*/) { return 0; }

}  // namespace

zlib_filefunc64_def memory_file_functions(MemoryFile& file) {
  zlib_filefunc64_def functions{};
  functions.zopen64_file = open_file;
  functions.zread_file = read_file;
  functions.zwrite_file = write_file;
  functions.ztell64_file = tell_file;
  functions.zseek64_file = seek_file;
  functions.zclose_file = close_file;
  functions.zerror_file = error_file;
  functions.opaque = &file;
  return functions;
}

}  // namespace paiban::export_docx
