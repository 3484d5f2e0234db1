// Loading a layout definition from XML text: any input must give a layout
// or paiban::Error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "layout/layout_spec.h"
#include "model/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string xml(reinterpret_cast<const char*>(data), size);
  try {
    paiban::layout::parse_layout_xml(xml, "fuzz.xml");
  } catch (const paiban::Error&) {
  }
  return 0;
}
