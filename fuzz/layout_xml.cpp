// libFuzzer: text -> layout definition.
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  paiban::fuzz::layout_xml_one({reinterpret_cast<const char*>(data), size});
  return 0;
}
