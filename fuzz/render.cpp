// libFuzzer: article bytes -> parse -> PDF and DOCX in memory.
#include "render_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  paiban::fuzz::render_one({reinterpret_cast<const char*>(data), size});
  return 0;
}
