// libFuzzer: bytes that claim to be a font (truncated, corrupt, or not a font).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  paiban::fuzz::font_one({reinterpret_cast<const char*>(data), size});
  return 0;
}
