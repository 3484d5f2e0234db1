#pragma once
// libharu 2.3.0 gives libpng an error handler that returns, so libpng aborts
// the process on a corrupt PNG. Files are checked here first, well enough that
// libpng's fatal errors (bad chunk, CRC, header, deflate stream, row filter)
// become an Error(data) naming the file instead.
#include <string>

namespace paiban::export_pdf {

// Throws Error(data) naming PATH when the PNG is not sound.
void check_png(const std::string& path, const std::string& bytes);

}  // namespace paiban::export_pdf
