#pragma once
// RAII owners for the HarfBuzz objects the text engine keeps. Every hb_*
// reference taken by paiban lives in one of these.
#include <hb.h>

#include <memory>

namespace paiban::text {

struct HbBlobDeleter { void operator()(hb_blob_t* p) const { hb_blob_destroy(p); } };
struct HbFaceDeleter { void operator()(hb_face_t* p) const { hb_face_destroy(p); } };
struct HbFontDeleter { void operator()(hb_font_t* p) const { hb_font_destroy(p); } };
struct HbBufferDeleter { void operator()(hb_buffer_t* p) const { hb_buffer_destroy(p); } };

using HbBlob = std::unique_ptr<hb_blob_t, HbBlobDeleter>;
using HbFace = std::unique_ptr<hb_face_t, HbFaceDeleter>;
using HbFont = std::unique_ptr<hb_font_t, HbFontDeleter>;
using HbBuffer = std::unique_ptr<hb_buffer_t, HbBufferDeleter>;

}  // namespace paiban::text
