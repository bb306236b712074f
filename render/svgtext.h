/* svgtext: a scene text item in SVG, from the lines and glyphs pango lays out
 * for it (as draw.c draws it): live <text>, a line per <tspan> at pango's
 * baseline and start, or glyph outlines placed glyph by glyph. */
#ifndef RENDER_SVGTEXT_H
#define RENDER_SVGTEXT_H

#include <glib.h>
#include "fonts.h"
#include "scene.h"
#include "svgfont.h"

typedef enum {
	SVGTEXT_OUTLINES,   /* <use> of glyph paths: looks the same everywhere */
	SVGTEXT_LIVE,       /* <text>: editable, searchable, read aloud */
} SvgTextMode;

/* Appends it (a SCENE_TEXT) to out, noting in faces the characters or
 * glyphs it needs. */
void svgtext_write(GString *out, const SceneItem *it, Fonts *fonts, SvgFonts *faces,
                   SvgTextMode mode);

#endif
