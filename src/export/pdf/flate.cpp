#include "export/pdf/flate.h"

#include <memory>
#include <string>

#include <libdeflate.h>

#include "model/error.h"

namespace paiban::export_pdf {

namespace {

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

// A compressor holds a few hundred KB of match-finder tables; each thread keeps
// one per level (a compressor is not thread-safe) instead of allocating one per
// stream. Font programs and pages use different levels, one after the other.
libdeflate_compressor* compressor(int level) {
  if (level < 0 || level > 12) throw Error(ExitCode::internal, "PDF export: no deflate level " + std::to_string(level));
  thread_local Compressor kept[13];
  Compressor& c = kept[level];
  if (!c) c.reset(libdeflate_alloc_compressor(level));
  if (!c) throw Error(ExitCode::internal, "PDF export: libdeflate cannot allocate a compressor");
  return c.get();
}

}  // namespace

std::string flate(std::string_view bytes, int level) {
  libdeflate_compressor* c = compressor(level);
  std::string out(libdeflate_zlib_compress_bound(c, bytes.size()), '\0');
  std::size_t size = libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size());
  // The bound is an upper limit for any input, so 0 (did not fit) cannot happen.
  if (size == 0) throw Error(ExitCode::internal, "PDF export: libdeflate output exceeded its bound");
  out.resize(size);
  return out;
}

}  // namespace paiban::export_pdf
