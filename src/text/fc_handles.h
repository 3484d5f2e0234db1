#pragma once
// RAII owners for fontconfig objects used while resolving font roles.
#include <fontconfig/fontconfig.h>

#include <memory>

namespace paiban::text {

struct FcConfigDeleter { void operator()(FcConfig* p) const { FcConfigDestroy(p); } };
struct FcPatternDeleter { void operator()(FcPattern* p) const { FcPatternDestroy(p); } };

using FcConfigPtr = std::unique_ptr<FcConfig, FcConfigDeleter>;
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;

}  // namespace paiban::text
