#pragma once
// The source lines under a title: `2014-08-15 00:51于君博` and
// `支部建设 2014年10期`.
#include <optional>
#include <string>
#include <string_view>

namespace paiban::parse {

struct DateLine {
  std::string date;       // ISO YYYY-MM-DD
  std::string time;       // HH:MM or HH:MM:SS, empty when absent
  std::string_view rest;  // text glued after it (an author or role), trimmed
};

// `2014-08-15`, `2014/8/15`, `2014.08.15`, `2014年8月15日`, each with an
// optional time; the line must start with the date.
std::optional<DateLine> match_date_line(std::string_view line);

struct JournalIssue {
  std::string journal;  // `支部建设`, without 《》; may be empty
  std::string issue;    // `2014年10期` as printed, spaces removed
};

// `<journal> <YYYY年N期>` (also `YYYY年第N期`); the line must end with the issue.
std::optional<JournalIssue> match_journal_issue(std::string_view line);

}  // namespace paiban::parse
