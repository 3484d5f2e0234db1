// libFuzzer: article bytes -> decoding and parsing.
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  paiban::fuzz::parse_one({reinterpret_cast<const char*>(data), size});
  return 0;
}
