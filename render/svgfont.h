/* svgfont: the font faces an SVG's text uses, written once into the file:
 * as subsets of the bundled fonts in @font-face rules (live text), or as one
 * outline path per glyph drawn (text as outlines). */
#ifndef RENDER_SVGFONT_H
#define RENDER_SVGFONT_H

#include <glib.h>
#include <pango/pango.h>

/* Glyph outlines are written in thousandths of an em, whatever the font's
 * own units, so a glyph drawn at size S pt is scaled by S / SVGFONT_EM. */
#define SVGFONT_EM 1000.0

typedef struct SvgFonts SvgFonts;

/* The caller owns the result: svgfont_free. */
SvgFonts *svgfont_new(void);
void svgfont_free(SvgFonts *f);

/* The number (0..) of font's face, in order of first use. */
int svgfont_face(SvgFonts *f, PangoFont *font);
/* What CSS calls the face: family (borrowed), weight (400, 700), italic. */
void svgfont_describe(const SvgFonts *f, int face, const char **family, int *weight,
                      gboolean *italic);

/* Notes that code point c is written in face (live text). */
void svgfont_use_char(SvgFonts *f, int face, gunichar c);
/* Notes that glyph of face is drawn as an outline; FALSE if it has no
 * outline (a space), so it needs no <use>. The id of its path is
 * "glyph-FACE-GLYPH". */
gboolean svgfont_use_glyph(SvgFonts *f, int face, guint glyph);

/* A <style> element with one @font-face rule per face that wrote
 * characters, each face subset to those characters (hb-subset) and
 * embedded as TrueType data; nothing if no face did. FALSE with *err
 * (DIAG_IO) if harfbuzz cannot subset a face. */
gboolean svgfont_write_faces(SvgFonts *f, GString *out, GError **err);
/* One <path id="glyph-FACE-GLYPH"> per glyph drawn, y up, in SVGFONT_EM
 * units. */
void svgfont_write_glyphs(SvgFonts *f, GString *out);

#endif
