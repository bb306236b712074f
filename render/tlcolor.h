/* tlcolor: the colour of each event group on a timeline: from the palette
 * file, else the color column, else chosen from the group's name; beyond
 * the colours the largest groups keep one and the rest share grey. */
#ifndef RENDER_TLCOLOR_H
#define RENDER_TLCOLOR_H

#include <glib.h>
#include "color.h"
#include "events.h"
#include "palette.h"

#define TLCOLOR_OTHER 0x858585   /* the groups beyond the colours, together */
#define TLCOLOR_NONE 0x5c5c5c    /* events without a group beside grouped ones */

/* With more groups than this, marks differ in shape as well as colour, so
 * a grey print keeps the groups apart. */
enum { TLCOLOR_FEW = 3 };

typedef struct TlColors {
	Color *color;    /* owned: group -> colour of its marks, 3:1 on white */
	int *shape;      /* owned: group -> its shape when c->shapes: its rank by name */
	gboolean *other; /* owned: group -> drawn in the "other" grey */
	int ngroups;
	int others;      /* groups drawn in the "other" grey */
	gboolean shapes; /* more than TLCOLOR_FEW coloured groups: shapes too */
} TlColors;

/* Gives ev's groups their colours (pal may be NULL); free with
 * tlcolor_clear. */
void tlcolor_assign(TlColors *c, const Events *ev, const Palette *pal);
void tlcolor_clear(TlColors *c);

/* The colour of a group's marks and bars; group -1 (no group) is the first
 * named colour when no event has a group, else a dark grey. */
Color tlcolor_of(const TlColors *c, int group);
/* Whether the group is drawn in the "other" grey. */
gboolean tlcolor_is_other(const TlColors *c, int group);
/* The group's mark shape, 0 .. PALETTE_NAMED - 1 (0 a dot). With shapes,
 * the coloured groups in byte order of their names take the most distinct
 * shapes first (they keep groups apart within a figure; colours keep them
 * across figures); else, and for "other" groups, 0. */
int tlcolor_shape(const TlColors *c, int group);

#endif
