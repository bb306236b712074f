/* svgxml: the few ways the SVG writer puts values into XML: numbers without
 * locale, escaped text, colours; shared by svg.c, svgtext.c and svgfont.c. */
#ifndef RENDER_SVGXML_H
#define RENDER_SVGXML_H

#include <glib.h>
#include "color.h"

/* v rounded to `decimals` places, without locale or trailing zeros; -0 as 0. */
void svgxml_num(GString *out, double v, int decimals);

/* ` name="v"`, v in points rounded to 0.001. */
void svgxml_attr(GString *out, const char *name, double v);

/* Text as XML character data (never an attribute value): & < > escaped, word
 * joiners (U+2060, which only steer line breaks) and characters XML cannot
 * hold (C0 controls but tab and newline) left out. len < 0: up to the NUL. */
void svgxml_text(GString *out, const char *s, gssize len);

/* ` name="#rrggbb"`, plus ` name-opacity="a"` when c is translucent;
 * ` name="none"` when c.a == 0. */
void svgxml_color(GString *out, const char *name, Color c);

#endif
