/* svg: the SVG format, written from the scene by hand rather than through
 * cairo's SVG surface (glyph paths and nothing else): a <title> and <desc>,
 * one <g> per event, party, legend entry and note, text live or outlined. */
#ifndef RENDER_SVG_H
#define RENDER_SVG_H

#include <glib.h>
#include "fonts.h"
#include "scene.h"
#include "svgtext.h"

/* Appends s as an SVG document to out, its text as mode says. FALSE with
 * *err (DIAG_IO) if a font cannot be embedded. */
gboolean svg_write(const Scene *s, Fonts *fonts, SvgTextMode mode, GByteArray *out,
                   GError **err);

#endif
