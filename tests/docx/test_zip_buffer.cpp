// The zip container on its own: fixed bytes whatever the time zone, and what
// an independent reader (Python's zipfile) sees in every entry's header.
#include <cstdlib>
#include <ctime>

#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "export/docx/zip_buffer.h"
#include "model/error.h"

using namespace docx_test;
using paiban::export_docx::ZipBuffer;

namespace {

std::string sample_zip() {
  ZipBuffer zip;
  zip.add("[Content_Types].xml", std::string(2000, 'x') + "<Types/>");
  zip.add("说明.txt", "a name that is not ASCII");  // Word never writes one, but the flag must be right
  zip.add("empty.xml", "");
  return zip.finish();
}

// Sets TZ for the lifetime of the object, then puts the old value back.
class TimeZone {
 public:
  explicit TimeZone(const char* zone) {
    const char* old = std::getenv("TZ");
    had_ = old != nullptr;
    if (had_) saved_ = old;
    setenv("TZ", zone, 1);
    tzset();
  }
  ~TimeZone() {
    if (had_) setenv("TZ", saved_.c_str(), 1); else unsetenv("TZ");
    tzset();
  }
  TimeZone(const TimeZone&) = delete;
  TimeZone& operator=(const TimeZone&) = delete;

 private:
  bool had_ = false;
  std::string saved_;
};

// One line per entry: name, date and time, method, flags, extra field length,
// host system; zipfile checks every CRC first.
constexpr const char* list_entries = R"(import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for i in z.infolist():
    print(i.filename, i.date_time, i.compress_type, hex(i.flag_bits), len(i.extra), i.create_system)
)";

}  // namespace

TEST_CASE("zip: two writes give the same bytes, stamped 1980-01-01 00:00 in any time zone") {
  const std::string first = sample_zip();
  CHECK(sample_zip() == first);
  TempDir dir;
  for (const char* zone : {"Asia/Shanghai", "America/New_York"}) {
    INFO(zone);
    TimeZone tz(zone);
    std::string zip = sample_zip();
    CHECK(zip == first);
    write_file(dir.path() / "sample.zip", zip);
    CommandResult r = run("/usr/bin/python3 -c " + shell_quoted(list_entries) + " " +
                          shell_quoted((dir.path() / "sample.zip").string()));
    REQUIRE(r.status == 0);
    // Deflated (8), no zip64 or other extra field, made on MS-DOS (0);
    // only the non-ASCII name carries the UTF-8 flag (bit 11).
    CHECK(r.output ==
          "[Content_Types].xml (1980, 1, 1, 0, 0, 0) 8 0x0 0 0\n"
          "说明.txt (1980, 1, 1, 0, 0, 0) 8 0x800 0 0\n"
          "empty.xml (1980, 1, 1, 0, 0, 0) 8 0x0 0 0\n");
  }
}

TEST_CASE("zip: entries come back in the order they were added") {
  auto entries = unzip(sample_zip());
  REQUIRE(entries.size() == 3);
  CHECK(entries[0] == std::pair<std::string, std::string>{"[Content_Types].xml", std::string(2000, 'x') + "<Types/>"});
  CHECK(entries[1] == std::pair<std::string, std::string>{"说明.txt", "a name that is not ASCII"});
  CHECK(entries[2] == std::pair<std::string, std::string>{"empty.xml", ""});
}

TEST_CASE("zip: a finished archive takes nothing more") {
  ZipBuffer zip;
  zip.add("a.xml", "<a/>");
  CHECK(!zip.finish().empty());
  CHECK_THROWS_AS(zip.add("b.xml", "<b/>"), paiban::Error);
  CHECK_THROWS_AS(zip.finish(), paiban::Error);
}
