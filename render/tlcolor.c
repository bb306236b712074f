/* tlcolor: the colours of a timeline's groups; see tlcolor.h. */
#include "tlcolor.h"

#include <string.h>

/* Marks are small: every colour is darkened, if need be, to 3:1 on white. */
static const double MARK_CONTRAST = 3;

Color tlcolor_of(const TlColors *c, int group)
{
	if (group < 0)
		return c->ngroups == 0 ? palette_named(0) : color_rgb(TLCOLOR_NONE);
	return c->color[group];
}

gboolean tlcolor_is_other(const TlColors *c, int group)
{
	return group >= 0 && c->other[group];
}

int tlcolor_shape(const TlColors *c, int group)
{
	return group >= 0 ? c->shape[group] : 0;
}

/* A group in the order shapes are handed out: listed in the palette file
 * (by row), then the others by name. */
typedef struct Named {
	const char *name;
	int row;     /* in the palette file, -1 not listed */
	int group;
} Named;

static int cmp_named(const void *pa, const void *pb)
{
	const Named *a = pa, *b = pb;
	if ((a->row < 0) != (b->row < 0))
		return a->row < 0 ? 1 : -1;
	if (a->row != b->row)
		return a->row < b->row ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Shapes as colours: from the palette file or the name, never from the
 * group's place among this figure's groups. A group the file lists
 * prefers the shape of its row, any other the shape its name hashes to;
 * in the order above, each takes its preferred shape or the next free one
 * (all taken: its own). "Other" groups share the circle with their grey. */
static void assign_shapes(TlColors *c, const Events *ev, const Palette *pal)
{
	Named *order = g_new(Named, MAX(c->ngroups, 1));
	gboolean taken[PALETTE_NAMED] = {FALSE};
	int n = 0;
	for (int g = 0; g < c->ngroups; g++) {
		const char *name = g_ptr_array_index(ev->groups, g);
		if (!c->other[g])
			order[n++] = (Named){name, palette_row(pal, name), g};
	}
	qsort(order, (size_t)n, sizeof(Named), cmp_named);
	for (int k = 0; k < n; k++) {
		int want = order[k].row >= 0 ? order[k].row % PALETTE_NAMED
		                             : palette_preferred(order[k].name);
		int got = want;
		for (int step = 0; step < PALETTE_NAMED; step++)
			if (!taken[(want + step) % PALETTE_NAMED]) {
				got = (want + step) % PALETTE_NAMED;
				break;
			}
		taken[got] = TRUE;
		c->shape[order[k].group] = got;
	}
	g_free(order);
}

void tlcolor_assign(TlColors *c, const Events *ev, const Palette *pal)
{
	int ng = (int)ev->groups->len;
	*c = (TlColors){.ngroups = ng};
	c->color = g_new(Color, MAX(ng, 1));
	c->shape = g_new0(int, MAX(ng, 1));
	c->other = g_new0(gboolean, MAX(ng, 1));
	double *count = g_new0(double, MAX(ng, 1));
	Color *fixed = g_new(Color, MAX(ng, 1));
	for (guint i = 0; i < ev->items->len; i++) {
		int g = g_array_index(ev->items, Event, i).group;
		if (g >= 0)
			count[g]++;
	}
	for (int g = 0; g < ng; g++) {
		const char *name = g_ptr_array_index(ev->groups, g);
		fixed[g] = ev->group_colors ? g_array_index(ev->group_colors, Color, g) : COLOR_NONE;
		palette_lookup(pal, name, &fixed[g]);
	}
	palette_assign((const char *const *)ev->groups->pdata, count, fixed, ng, c->color);
	for (int g = 0; g < ng; g++) {
		if (c->color[g].a > 0) {
			c->color[g] = palette_readable(c->color[g], MARK_CONTRAST);
		} else {
			c->color[g] = color_rgb(TLCOLOR_OTHER);
			c->other[g] = TRUE;
			c->others++;
		}
	}
	assign_shapes(c, ev, pal);
	g_free(count);
	g_free(fixed);
}

void tlcolor_clear(TlColors *c)
{
	g_free(c->color);
	g_free(c->shape);
	g_free(c->other);
	*c = (TlColors){0};
}
