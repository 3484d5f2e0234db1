#pragma once
// Text of a scraped periodical article -> the article model.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/article.h"

namespace paiban::parse {

struct ParseOptions {
  std::size_t max_bytes = 32u << 20;  // larger inputs are refused (exit 65)
};

// Reads and decodes FILE (UTF-8 with or without BOM, UTF-16 with BOM,
// GB18030/GBK by content; any line ends) and parses it. Throws
// paiban::Error: no_input when the file cannot be read, data when the bytes are
// not a decodable article; messages name the file (and line where it helps).
model::Article parse_file(const std::string& path, const ParseOptions& options = {});

// The same for bytes already in memory; `name` is used in messages.
model::Article parse_bytes(std::string_view bytes, const std::string& name,
                           const ParseOptions& options = {});

}  // namespace paiban::parse
