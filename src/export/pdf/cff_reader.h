#pragma once
// Bounds-checked reading of the parts of a CFF table (Adobe TN 5176) that the
// charset reader and the subsetter share: INDEX structures and DICT entries.
// Every read past the end marks the reader failed instead of reading memory.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace paiban::export_pdf::cff {

struct Reader {
  std::string_view data;
  bool failed = false;

  // Big-endian unsigned value of 1 to 4 bytes at pos.
  uint32_t read(std::size_t pos, int bytes);
};

struct Index {
  std::size_t count = 0;
  std::size_t begin = 0;       // first byte of the INDEX
  std::size_t end = 0;         // first byte after it
  int off_size = 0;
  std::size_t offsets_at = 0;
  std::size_t data_start = 0;  // offsets count from data_start - 1
};

Index read_index(Reader& r, std::size_t pos);

// The bytes of element i of an INDEX.
std::string_view index_item(Reader& r, const Index& ix, std::size_t i);

// One DICT entry: its operator (12 x is 1200 + x), its operands as integers
// (reals count as 0: no entry read through this is a real) and its bytes.
struct DictEntry {
  int op = 0;
  std::vector<long> operands;
  std::string_view bytes;  // operands and operator, as in the source
};

// nullopt when the DICT is malformed.
std::optional<std::vector<DictEntry>> read_dict(std::string_view dict);

// The last operand of the first entry with operator op, if any.
std::optional<long> dict_value(const std::vector<DictEntry>& dict, int op);

// DICT operators (TN 5176 tables 9, 23, 24).
namespace op {
constexpr int charset = 15;
constexpr int encoding = 16;
constexpr int charstrings = 17;
constexpr int private_dict = 18;
constexpr int subrs = 19;
constexpr int ros = 1230;
constexpr int fd_array = 1236;
constexpr int fd_select = 1237;
}  // namespace op

}  // namespace paiban::export_pdf::cff
