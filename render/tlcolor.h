/* tlcolor: the colour of each event group on a timeline: a palette colour
 * each while they last, else the largest keep one and the rest share grey. */
#ifndef RENDER_TLCOLOR_H
#define RENDER_TLCOLOR_H

#include <glib.h>
#include "color.h"
#include "events.h"

#define TLCOLOR_OTHER 0x9a9a9a   /* the groups beyond the palette, together */

typedef struct TlColors {
	int *slot;     /* owned: group -> palette slot, -1 for "other" */
	int ngroups;
	int others;    /* groups drawn in the "other" grey */
} TlColors;

/* Gives ev's groups their colours; free with tlcolor_clear. */
void tlcolor_assign(TlColors *c, const Events *ev);
void tlcolor_clear(TlColors *c);

/* The colour of a group's markers and bars (group -1: the first palette
 * colour); a colour too light for a dot on white is drawn darker. */
Color tlcolor_of(const TlColors *c, int group);
/* Whether the group is drawn in the "other" grey. */
gboolean tlcolor_is_other(const TlColors *c, int group);

#endif
