/* tlcolor: the colour and mark shape of each event group on a timeline: from
 * the palette file, else the color column (colour), else the group's name;
 * beyond the colours the largest groups keep one and the rest share grey. */
#ifndef RENDER_TLCOLOR_H
#define RENDER_TLCOLOR_H

#include <glib.h>
#include "color.h"
#include "events.h"
#include "palette.h"

#define TLCOLOR_OTHER 0x858585   /* the groups beyond the colours, together */
#define TLCOLOR_NONE 0x5c5c5c    /* events without a group beside grouped ones */

typedef struct TlColors {
	Color *color;    /* owned: group -> colour of its marks, 3:1 on white */
	int *shape;      /* owned: group -> its mark shape (tlcolor_shape) */
	gboolean *other; /* owned: group -> drawn in the "other" grey */
	int ngroups;
	int others;      /* groups drawn in the "other" grey */
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
/* The group's mark shape, 0 .. PALETTE_NAMED - 1 (0 a dot; the rest as
 * tlmarks draws them), so a grey print keeps groups apart, and kept in
 * every figure as the colour is: a group the palette file lists prefers
 * the shape of its row (the first row a dot, the second a square, ...),
 * any other the one its name hashes to; of two groups of one figure that
 * prefer one shape, the listed (else the first by name) keeps it and the
 * other takes the next free one. "Other" groups and no group: 0. */
int tlcolor_shape(const TlColors *c, int group);

#endif
