/* svg: the SVG format, written from the scene by hand rather than through
 * cairo's SVG surface (glyph paths and nothing else): a <title> and <desc>,
 * one <g> per event, party, legend entry and note, text live or outlined. */
#ifndef RENDER_SVG_H
#define RENDER_SVG_H

#include <glib.h>
#include "fonts.h"
#include "scene.h"
#include "svgtext.h"

/* The attributes every SVG render writes on its root, after the size: how
 * a batch knows a file in its output folder is a figure render drew. */
#define SVG_ROOT_MARK "role=\"img\" aria-labelledby=\"figure-title figure-desc\""

/* Appends s as an SVG document to out, its text as mode says. FALSE with
 * *err (DIAG_IO) if a font cannot be embedded. */
gboolean svg_write(const Scene *s, Fonts *fonts, SvgTextMode mode, GByteArray *out,
                   GError **err);

#endif
