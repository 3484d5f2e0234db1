#pragma once
// The article model: plain values that every later stage reads.
// No I/O here; the parser fills it, layout and export consume it.
#include <string>
#include <utility>
#include <vector>

namespace paiban::model {

enum class Severity { note, warning, error };

struct Diagnostic {
  Diagnostic() = default;
  Diagnostic(int line, Severity severity, std::string message, int end_line = 0, std::string omitted = {})
      : line(line), severity(severity), message(std::move(message)), end_line(end_line),
        omitted(std::move(omitted)) {}

  int line = 0;  // 1-based line of the input; 0 when not tied to a line
  Severity severity = Severity::warning;
  std::string message;
  int end_line = 0;      // last line when the diagnostic covers a range, else 0
  std::string omitted;   // text the parser left out of the model (dropped lines,
                         // fragments), empty when nothing was dropped
};

// A stretch of inline text with one set of attributes. A footnote reference
// is its own run whose text is the marker as printed (`[1]`, `①`).
struct Run {
  std::string text;
  bool emphasis = false;       // run-in point headings, set bold by layouts
  bool footnote_ref = false;   // text is a footnote marker
};

enum class BlockType { heading, paragraph, point, footnote };

struct Block {
  BlockType type = BlockType::paragraph;
  int level = 0;          // 1 or 2 for headings and for points that are run-in
                          // headings (`(一)加强领导。…`), 0 otherwise
  std::string label;      // points: `一是`; footnotes: the marker `[1]`, `①`
  std::vector<Run> runs;  // the text as printed, label included
  int line = 0;           // 1-based input line the block starts on

  std::string text() const;  // runs concatenated
};

struct Author {
  std::string name;                // without display spacing: `姜荣`
  std::string role;                // `中共天镇县委常委、组织部长`, may be empty
  std::vector<std::string> marks;  // affiliation digits or stars: `1`, `2`, `*`
};

struct Article {
  std::string title;
  std::string subtitle;
  std::string date;     // ISO YYYY-MM-DD, empty when unknown
  std::string time;     // HH:MM or HH:MM:SS, empty when unknown
  std::string journal;  // `支部建设`
  std::string issue;    // `2014年10期`
  std::vector<std::string> keywords;
  std::string keywords_raw;  // the keyword text as found, label stripped
  std::vector<Author> authors;
  std::vector<std::string> affiliations;
  std::string abstract;
  std::string abstract_en;            // an English abstract after the Chinese one
  std::vector<std::string> keywords_en;
  std::string lead;
  std::vector<Block> blocks;
  std::string editor;
  std::vector<std::string> related;
  std::string language = "zh-Hans";  // or zh-Hant for traditional articles
  std::vector<Diagnostic> diagnostics;
};

const char* to_string(Severity);
const char* to_string(BlockType);

}  // namespace paiban::model
