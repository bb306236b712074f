/* color: RGBA colours, their parsing from "#rgb", "#rrggbb" or a CSS colour
 * name, and the default palette, shared by every chart. */
#ifndef RENDER_COLOR_H
#define RENDER_COLOR_H

#include <glib.h>

typedef struct Color { double r, g, b, a; } Color;   /* 0..1; a == 0: none */

#define COLOR_NONE ((Color){0, 0, 0, 0})

Color color_rgb(unsigned rgb);           /* 0xRRGGBB, opaque */
/* Parses "#rgb", "#rrggbb" or one of the 148 CSS colour names ("steelblue";
 * case and spaces inside ignored: "Steel Blue"), with the values CSS gives
 * them (gray is #808080). FALSE, out untouched, for anything else. */
gboolean color_parse(const char *s, Color *out);
/* What a colour s that color_parse refused should be, for a message after
 * "color \"s\": ": the accepted forms, and the nearest name when s looks
 * like a misspelt one. The caller frees it. */
char *color_expected(const char *s);
/* The i-th colour of the default palette (colour-blind-safe, neighbours distinct). */
Color color_palette(int i);
int color_palette_size(void);
/* Relative luminance 0..1, to choose dark or light text on a fill. */
double color_luminance(Color c);
/* The contrast ratio of two colours as WCAG 2 defines it, 1 to 21. */
double color_contrast(Color a, Color b);
/* Black or white, whichever stands out more on fill: at least 4.58:1 on
 * any fill. */
Color color_text_on(Color fill);
/* c mixed toward white by t (0..1). */
Color color_tint(Color c, double t);

#endif
