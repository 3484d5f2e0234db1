#pragma once
// Break opportunities: ICU's line breaking (UAX #14, current Unicode) for the
// base, the clreq rules of clreq.h on top. Sets Gap::penalty of every gap.
#include "text/prepared.h"

namespace paiban::text {

void assign_breaks(Prepared& p);

}  // namespace paiban::text
