#pragma once
// Setting all of an article's blocks (shaping and line breaking each
// paragraph) before pagination. Blocks are independent of each other until
// they are poured into frames, so two threads can share the work: a third of
// a render's single-thread time for an article.
#include <functional>
#include <string>
#include <vector>

#include "layout/block_source.h"
#include "layout/set_block.h"

namespace paiban::layout {

struct BlockJob {
  const BlockSource* source = nullptr;
  const BlockStyle* style = nullptr;
  double width = 0;
};

// Sets jobs[i] as set_block(…, i, …) would, in order of i in the result and
// in `warnings`; with `threads`, on this thread and one helper. `check` runs
// before each block (a deadline); what it or set_block throws stops both
// threads and is rethrown here.
std::vector<SetBlock> set_blocks(const std::vector<BlockJob>& jobs, const text::FontCatalog& fonts,
                                 const std::string& language, bool threads, const std::function<void()>& check,
                                 std::vector<std::string>& warnings);

}  // namespace paiban::layout
