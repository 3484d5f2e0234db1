#pragma once
// An issue of a journal (期刊): its identity and its articles, parsed, in
// order and grouped into sections (栏目). Plain values: the CLI fills it from
// a manifest, assemble_issue() turns it into pages.
#include <string>
#include <vector>

#include "model/article.h"

namespace paiban::layout::issue {

struct IssueArticle {
  model::Article article;
  std::string source;  // file it was parsed from, for messages
};

// A section with an empty name holds articles listed outside any section: it
// gets no heading in the contents and no bookmark of its own.
struct IssueSection {
  std::string name;
  std::vector<IssueArticle> articles;
};

struct Issue {
  std::string journal;      // 支部建设
  std::string number;       // 2014年10期
  std::string date;         // as the manifest gives it
  std::string editor_note;  // 编者按, may be empty
  std::string cover_image;  // PNG/JPEG path, may be empty
  std::vector<IssueSection> sections;

  std::size_t article_count() const;
};

}  // namespace paiban::layout::issue
