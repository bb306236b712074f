/* palette: the colours a report keeps for its groups and parties: a palette
 * file shared by every figure, else colours chosen from each name's hash. */
#ifndef RENDER_PALETTE_H
#define RENDER_PALETTE_H

#include <glib.h>
#include "color.h"

/* Colours chosen from names, each 3:1 or more against white (a mark must
 * read on paper); neighbours differ in hue and lightness. */
enum { PALETTE_NAMED = 8 };

typedef struct Palette Palette;

/* Reads a palette file: a CSV with a column name (or group, or party) and a
 * column color ("#rgb" or "#rrggbb"), one row per name. On error NULL with
 * *err set (DIAG_DATA at the cell, DIAG_IO when unreadable). The caller
 * frees the palette with palette_free. */
Palette *palette_load(const char *path, GError **err);
void palette_free(Palette *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Palette, palette_free)
/* The colour the file gives name, if it lists it (p may be NULL). */
gboolean palette_lookup(const Palette *p, const char *name, Color *out);
/* The row of the file that lists name, 0 for the first, -1 when it does
 * not (p may be NULL): a timeline group's mark shape follows it. */
int palette_row(const Palette *p, const char *name);

/* The i-th colour to choose from (0 .. PALETTE_NAMED - 1). */
Color palette_named(int i);
/* The named colour a name prefers: a stable hash of its bytes, so the name
 * gets the same colour in every figure that does not also hold a name
 * preferring the same one. */
int palette_preferred(const char *name);

/* Gives n names colours. A name with fixed[i] (alpha > 0) keeps that
 * colour; the others take a named colour, avoiding those close to a fixed
 * one. Names are visited in byte order, each taking its preferred colour
 * or the next free one, so the result depends on the set of names, not on
 * their order. With more names than free colours the heaviest (weight[],
 * ties by name) get them and the rest get COLOR_NONE. out[] has n
 * entries. */
void palette_assign(const char *const *names, const double *weight, const Color *fixed,
                    int n, Color *out);

/* Contrast ratio of c against white (1 .. 21, WCAG). */
double palette_contrast(Color c);
/* c darkened, if need be, until it reaches `ratio` contrast against white. */
Color palette_readable(Color c, double ratio);

#endif
