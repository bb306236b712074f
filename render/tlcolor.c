/* tlcolor: the colours of a timeline's groups; see tlcolor.h. */
#include "tlcolor.h"

Color tlcolor_of(const TlColors *c, int group)
{
	if (group < 0)
		return color_palette(0);
	int slot = c->slot[group];
	if (slot < 0)
		return color_rgb(TLCOLOR_OTHER);
	/* Dots and thin bars on white: a colour as light as the palette's
	 * yellow would nearly vanish, so it is drawn darker (a mustard). */
	Color col = color_palette(slot);
	if (color_luminance(col) > 0.6) {
		col.r *= 0.72;
		col.g *= 0.72;
		col.b *= 0.72;
	}
	return col;
}

gboolean tlcolor_is_other(const TlColors *c, int group)
{
	return group >= 0 && c->slot[group] < 0;
}

/* Repeating colours would tie unrelated groups together, so beyond the
 * palette the np - 1 largest groups (ties: first seen) keep a colour, one
 * linear pick each, and the rest share grey. */
static void keep_largest(TlColors *c, const Events *ev, int np)
{
	int ng = c->ngroups;
	int *count = g_new0(int, ng);
	for (guint i = 0; i < ev->items->len; i++) {
		int g = g_array_index(ev->items, Event, i).group;
		if (g >= 0)
			count[g]++;
	}
	for (int g = 0; g < ng; g++)
		c->slot[g] = -1;
	for (int k = 0; k < np - 1; k++) {
		int best = -1;
		for (int g = 0; g < ng; g++)
			if (c->slot[g] < 0 && (best < 0 || count[g] > count[best]))
				best = g;
		c->slot[best] = 0;
	}
	/* Slots in order of first appearance, so the legend reads in time. */
	int slot = 0;
	for (int g = 0; g < ng; g++)
		c->slot[g] = c->slot[g] == 0 ? slot++ : -1;
	g_free(count);
}

void tlcolor_assign(TlColors *c, const Events *ev)
{
	int np = color_palette_size();
	c->ngroups = (int)ev->groups->len;
	c->slot = g_new(int, MAX(c->ngroups, 1));
	c->others = 0;
	if (c->ngroups <= np) {
		for (int g = 0; g < c->ngroups; g++)
			c->slot[g] = g;
		return;
	}
	keep_largest(c, ev, np);
	for (int g = 0; g < c->ngroups; g++)
		c->others += c->slot[g] < 0;
}

void tlcolor_clear(TlColors *c)
{
	g_free(c->slot);
	*c = (TlColors){0};
}
