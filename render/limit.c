/* limit: the bounds of limit.h, as stated and as checked on a finished scene. */
#include "limit.h"
#include "diag.h"

#include <math.h>

const char *limit_help(void)
{
	/* G_STRINGIFY would give "(2 << 20)": the numbers are written out, and
	 * the unit test test_limit checks them against the macros. */
	return "Limits (more is refused, with the place and the limit):\n"
	       "  a CSV file: 4 MiB, 100000 data rows, 1000 fields a row, 2000 characters a field\n"
	       "  a seat chart: 400 elections, 10000 seats an election, 120000 seats in all\n"
	       "  --title, --subtitle, --caption: 1000 characters each\n"
	       "  a page, given or of automatic height: 36pt (0.5in) to 14400pt (200in) a side\n"
	       "  a PNG: 32767 pixels a side, 100 million pixels in all";
}

/* How far down the page an item reaches. */
static double item_bottom(const SceneItem *it)
{
	switch (it->kind) {
	case SCENE_TEXT:
	case SCENE_RECT:
		return it->y + it->h;
	case SCENE_LINE:
		return MAX(it->y1, it->y2);
	case SCENE_CIRCLE:
	case SCENE_SEAT:
		return it->cy + it->r;
	case SCENE_PATH: {
		double b = -INFINITY;
		for (int i = 0; i < it->npoints; i++)
			b = MAX(b, it->points[i].y);
		return b;
	}
	}
	return 0;
}

gboolean limit_page(const Scene *s, const char *path, GError **err)
{
	/* Half a point for rounding: a layout rounds its height up. */
	if (s->height <= LIMIT_PAGE_MAX_PT + 0.5 && s->width <= LIMIT_PAGE_MAX_PT + 0.5)
		return TRUE;
	int row = 0;
	for (guint i = 0; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->row > 0 && (row == 0 || it->row < row) &&
		    item_bottom(it) > LIMIT_PAGE_MAX_PT)
			row = it->row;
	}
	return diag_at(err, path, row, 1, "the figure would need a page %.0fpt tall%s, "
	               "more than the largest page (%.0fpt, 200in): draw fewer rows, or "
	               "give a wider --size", s->height,
	               row > 0 ? " (this row is the first beyond it)" : "",
	               LIMIT_PAGE_MAX_PT);
}

gboolean limit_png(double width, double height, double dpi, GError **err)
{
	double w = ceil(width * dpi / 72 - 1e-6), h = ceil(height * dpi / 72 - 1e-6);
	if (w <= LIMIT_PNG_SIDE && h <= LIMIT_PNG_SIDE && w * h <= LIMIT_PNG_PIXELS)
		return TRUE;
	return diag_fail(err, DIAG_USAGE, "a %.0f x %.0f pt page at %g dpi is %.0f x %.0f "
	                 "pixels, too large for a PNG (at most %d a side and %d million "
	                 "in all): lower --dpi or --size", width, height, dpi, w, h,
	                 LIMIT_PNG_SIDE, LIMIT_PNG_PIXELS / 1000000);
}
