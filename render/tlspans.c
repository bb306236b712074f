/* tlspans: a timeline's span bars in lanes; see tlspans.h. */
#include "tlspans.h"
#include "page.h"
#include "place.h"

enum { MAX_LANES = 10 };
static const double BAR = 4;         /* thickness of a bar */
static const double LANE_STEP = 7;   /* between vertical lanes */

/* A bar, filled, or hatched in a tint when either end is uncertain. */
static SceneItem *draw_bar(TlLayout *L, const Event *e, double x, double y, double w,
                           double h)
{
	Color c = tlcolor_of(&L->colors, e->group);
	gboolean vague = e->date.qual || e->end.qual;
	SceneItem *it = scene_rect(L->scene, "span", x, y, w, h,
	                           vague ? color_tint(c, 0.55) : c, vague ? c : COLOR_NONE,
	                           vague ? 0.6 : 0);
	it->row = e->line;
	return it;
}

double tlspans_lane_height(double label_h)
{
	return label_h + 1.5 + BAR + 5;
}

void tlspans_bar_extent(const TlLayout *L, const TlBlock *b, double *x0, double *x1)
{
	*x0 = tlscale_pos(&L->scale, b->t0);
	*x1 = MAX(tlscale_pos(&L->scale, b->t1), *x0 + 2);
}

double tlspans_draw_rows(TlLayout *L, double y, const double *lane_h, int nlanes)
{
	double *lane_y = g_new(double, (gsize)MAX(nlanes, 1));
	for (int l = 0; l < nlanes; l++) {
		lane_y[l] = y;
		y += tlspans_lane_height(lane_h[l]);
	}
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->state != TLBLOCK_LABEL || b->row < 0 || b->row >= nlanes)
			continue;
		const Event *e = tllayout_event(L, b->first);
		double x0, x1;
		tlspans_bar_extent(L, b, &x0, &x1);
		double ty = lane_y[b->row] + lane_h[b->row] - b->h;
		tlblock_draw(b, L->scene, b->left, ty, TEXT_LEFT);
		SceneItem *it = draw_bar(L, e, x0, ty + b->h + 1.5, x1 - x0, BAR);
		if (e->date.qual || e->end.qual)
			it->dash = 1.5;
	}
	g_free(lane_y);
	return y;
}

double tlspans_assign_lanes(TlLayout *L)
{
	/* By days: the scale keeps their order, and is not built yet. */
	PlaceLanes *lanes = place_lanes_new(MAX_LANES, 1e-9);
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		b->row = place_lanes_add(lanes, b->t0, b->t1);
	}
	double width = place_lanes_used(lanes) * LANE_STEP;
	place_lanes_free(lanes);
	return width;
}

void tlspans_draw_column(TlLayout *L, double axis_x)
{
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->row < 0)
			continue;
		const Event *e = tllayout_event(L, b->first);
		double y0 = tlscale_pos(&L->scale, b->t0), y1 = tlscale_pos(&L->scale, b->t1);
		if (y1 - y0 < 2)
			y1 = y0 + 2;
		double bx = axis_x - 3 - (b->row + 1) * LANE_STEP;
		draw_bar(L, e, bx, y0, BAR, y1 - y0);
		/* Only a labelled span needs tying to its leader at the axis. */
		if (b->state == TLBLOCK_LABEL)
			scene_line(L->scene, "span-tie", bx + BAR, y0, axis_x, y0, 0.5,
			           color_rgb(PAGE_STEM));
	}
}
