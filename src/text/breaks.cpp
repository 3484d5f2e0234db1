#include "text/breaks.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <memory>
#include <mutex>

#include "model/error.h"
#include "text/paragraph.h"

namespace paiban::text {
namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// The first line iterator of a process opens ICU's data (the zh bundle and
// its line_cj rules), a tenth of a millisecond or more; creating one more
// looks the rules up again. Each thread clones this prototype instead, one
// at a time: ICU promises nothing for concurrent calls on one iterator.
std::mutex prototype_mutex;

const icu::BreakIterator& prototype() {
  static const std::unique_ptr<const icu::BreakIterator> made = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<const icu::BreakIterator> it(icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !it)
      throw Error(ExitCode::internal, std::string("ICU line break iterator: ") + u_errorName(status));
    return it;
  }();
  return *made;
}

icu::BreakIterator& line_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator;
  if (!iterator) {
    const icu::BreakIterator& from = prototype();
    std::lock_guard<std::mutex> lock(prototype_mutex);
    iterator.reset(from.clone());
    if (!iterator) throw Error(ExitCode::internal, "ICU line break iterator: clone failed");
  }
  return *iterator;
}

// Byte offsets where UAX #14 allows a line break.
std::vector<bool> uax14_breaks(const std::string& text) {
  std::vector<bool> allowed(text.size() + 1, false);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  if (U_FAILURE(status)) throw Error(ExitCode::internal, std::string("ICU UText: ") + u_errorName(status));
  icu::BreakIterator& it = line_iterator();
  it.setText(ut.get(), status);
  if (U_FAILURE(status)) throw Error(ExitCode::internal, std::string("ICU setText: ") + u_errorName(status));
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next())
    if (b >= 0 && static_cast<size_t>(b) <= text.size()) allowed[static_cast<size_t>(b)] = true;
  it.setText(icu::UnicodeString());  // drop the reference to `ut` before it closes
  return allowed;
}

bool glued_to_previous(char32_t c) {
  int8_t type = static_cast<int8_t>(u_charType(static_cast<UChar32>(c)));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK ||
         u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// clreq rules that UAX #14 does not know (or knows differently).
bool clreq_forbids(const Prepared& p, size_t i) {
  const Cluster& a = p.clusters[i];
  const Cluster& b = p.clusters[i + 1];
  if (not_at_line_start(b.first) || not_at_line_end(a.last)) return true;
  if (unbreakable_pair(a.last, b.first)) return true;
  if (is_digit(a.last) && unit_after_number(b.first)) return true;
  // A digit group separated by a space (33 939) is one number.
  return a.cls == CharClass::space && i > 0 && is_digit(p.clusters[i - 1].last) && is_digit(b.first);
}

}  // namespace

void prepare_line_breaking() { prototype(); }

void assign_breaks(Prepared& p) {
  if (p.clusters.size() < 2) return;
  std::vector<bool> allowed = uax14_breaks(p.text);
  for (size_t i = 0; i + 1 < p.clusters.size(); ++i) {
    const Cluster& a = p.clusters[i];
    const Cluster& b = p.clusters[i + 1];
    Gap& gap = p.gaps[i];
    if (a.forced_break) gap.penalty = 0;
    else if (glued_to_previous(b.first) || a.last == 0x200D) gap.penalty = kNoBreak;
    else if (!allowed[b.start]) gap.penalty = kEmergencyBreak;
    else gap.penalty = clreq_forbids(p, i) ? kClreqBreak : 0;
  }
}

}  // namespace paiban::text
