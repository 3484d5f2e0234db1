#pragma once
// Bytes of a text file -> UTF-8 with LF line ends. Detects BOMs, UTF-16,
// GB18030/GBK/Big5 (by content), repairs what it can and refuses what is
// not text at all.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"

namespace paiban::parse {

struct Decoded {
  std::string text;      // valid UTF-8, `\n` line ends, no BOM
  std::string encoding;  // what the bytes were read as: `UTF-8`, `UTF-16LE`, `GB18030`…
  std::vector<model::Diagnostic> diagnostics;  // truncation, dropped invalid bytes
};

// Throws paiban::Error(data) naming `name` for an empty file, an oversized
// one, binary data, or bytes no supported encoding reads.
Decoded decode_text(std::string_view bytes, const std::string& name, std::size_t max_bytes);

}  // namespace paiban::parse
