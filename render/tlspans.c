/* tlspans: a timeline's span bars in lanes; see tlspans.h. */
#include "tlspans.h"
#include "labeltext.h"
#include "page.h"
#include "place.h"
#include "tlmarks.h"

enum { MAX_LANES = 10 };
static const double BAR = 4;         /* thickness of a bar */
static const double LANE_STEP = 7;   /* between vertical lanes */
static const double MIN_VAGUE = 3;   /* the hollow end of an approximate day */
static const double FAR_GAP_X = 9;   /* a far lane's label beside the labels below */

double tlspans_shortest(const Events *ev)
{
	/* 1.5 % of the range: about 6 pt on a 160 mm page, under 4 at 90 mm. */
	const Event *e = (const Event *)(const void *)ev->items->data;
	double t0 = ev->items->len ? e[0].t0 : 0, t1 = t0;
	for (guint i = 0; i < ev->items->len; i++)
		t1 = MAX(t1, e[i].t1);
	return 0.015 * (t1 - t0);
}

/* One part of a bar: from a to b along the axis, off to off + BAR across
 * it (x and y swapped on a vertical axis). */
static SceneItem *bar_part(TlLayout *L, const Event *e, const char *role, double a, double b,
                           double off, Color fill, Color stroke, double width)
{
	SceneItem *it = L->set->vertical
	              ? scene_rect(L->scene, role, off, a, BAR, b - a, fill, stroke, width)
	              : scene_rect(L->scene, role, a, off, b - a, BAR, fill, stroke, width);
	it->row = e->line;
	it->party = tlmarks_group_name(L, e->group);
	return it;
}

/* An end of a bar known only to its month or year: faded across that
 * period and outlined; approximate or uncertain, it is hollow, as a mark
 * is (dashed when uncertain). */
static void bar_end(TlLayout *L, const Event *e, const Date *d, double a, double b,
                    double off)
{
	Color c = tlcolor_of(&L->colors, e->group);
	Color fill = d->qual ? color_rgb(0xffffff) : color_tint(c, 0.6);
	SceneItem *it = bar_part(L, e, "span-end", a, b, off, fill, c, 0.5);
	if (d->qual & DATE_UNCERTAIN)
		it->dash = 1;
}

void tlspans_ends(const TlLayout *L, const Event *e, double *a0, double *z0, double *z1,
                  double *a1)
{
	const TlScale *s = &L->scale;
	*a0 = tlscale_pos(s, e->t0);
	*a1 = tlscale_pos(s, e->t1);
	double end_start = e->end.prec == DATE_DAY ? e->t1 : (double)date_first_day(&e->end);
	double start_end = e->date.prec == DATE_DAY ? e->t0 : (double)date_last_day(&e->date) + 1;
	*z0 = tlscale_pos(s, start_end);
	*z1 = tlscale_pos(s, end_start);
	/* An approximate day still gets a visible hollow end. */
	if (e->date.qual)
		*z0 = MAX(*z0, *a0 + MIN_VAGUE);
	if (e->end.qual)
		*z1 = MIN(*z1, *a1 - MIN_VAGUE);
	if (*z0 > *z1)
		*z0 = *z1 = CLAMP((*z0 + *z1) / 2, *a0, *a1);
}

/* The bar of span e at off across the axis: its certain days solid, each
 * end drawn by its precision. */
static void draw_bar(TlLayout *L, const Event *e, double off)
{
	double a0, z0, z1, a1;
	tlspans_ends(L, e, &a0, &z0, &z1, &a1);
	Color c = tlcolor_of(&L->colors, e->group);
	if (z0 > a0)
		bar_end(L, e, &e->date, a0, z0, off);
	if (z1 > z0)
		bar_part(L, e, "span", z0, z1, off, c, COLOR_NONE, 0);
	if (a1 > z1)
		bar_end(L, e, &e->end, z1, a1, off);
}

void tlspans_measure_label(TlLayout *L, TlBlock *b)
{
	double x0, z0, z1, x1;
	tlspans_ends(L, tllayout_event(L, b->first), &x0, &z0, &z1, &x1);
	double width = L->hi - L->lo;
	if (L->dates == TLLAYOUT_DATES_INLINE && tlblock_measure_inline(b, L, width))
		return;
	tlblock_measure(b, L, width, 1);
	/* Too wide to start at the bar and too wide to move left while over
	 * it: wrapped in the room right of its start, if that holds a few
	 * words. */
	double room = L->hi - MAX(x0, L->lo);
	gboolean over_bar = L->hi - b->w < x1 - 10;
	if (b->w > room + 1e-6 && !over_bar && room >= MAX(60, tlblock_min_wrap(b, L)))
		tlblock_measure(b, L, room, 1);
}

double tlspans_lane_height(double label_h)
{
	return label_h + 1.5 + BAR + 5;
}

/* Each near (far) lane's tallest label, from the spans laid out; returns
 * the lanes. */
static int lane_heights(const TlLayout *L, gboolean far, double *lane_h)
{
	int used = 0;
	for (guint i = 0; i < L->spans->len; i++) {
		const TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->row < 0 || b->far != far)
			continue;
		used = MAX(used, b->row + 1);
		if (b->state == TLBLOCK_LABEL)
			lane_h[b->row] = MAX(lane_h[b->row], b->h);
	}
	return used;
}

void tlspans_add_extents(const TlLayout *L, GArray *extents)
{
	GArray *near = g_array_new(FALSE, FALSE, sizeof(double));
	for (guint i = 0; i < L->spans->len; i++) {
		const TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->row < 0 || b->far)
			continue;
		double bar[2], z0, z1;
		tlspans_ends(L, tllayout_event(L, b->first), &bar[0], &z0, &z1, &bar[1]);
		g_array_append_vals(near, bar, 2);
		if (b->state == TLBLOCK_LABEL) {
			double e[2] = {b->left - 2, b->left + b->w + 2};
			g_array_append_vals(near, e, 2);
		}
	}
	g_array_append_vals(extents, near->data, near->len);
	place_merge_intervals(extents);
	g_array_free(near, TRUE);
}

void tlspans_draw_rows(TlLayout *L, double y, gboolean far)
{
	double lane_h[MAX_LANES] = {0}, lane_y[MAX_LANES];
	int used = lane_heights(L, far, lane_h);
	for (int l = 0; l < used; l++) {
		lane_y[l] = y;
		y += tlspans_lane_height(lane_h[l]);
	}
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->row < 0 || b->far != far)
			continue;
		double bar_y = lane_y[b->row] + lane_h[b->row] + 1.5;
		if (b->state == TLBLOCK_LABEL)
			tlblock_draw(b, L->scene, b->left, bar_y - 1.5 - b->h, TEXT_LEFT);
		draw_bar(L, tllayout_event(L, b->first), bar_y);
	}
}

/* A box the far lanes keep under: x0 < x1, y0 < y1. */
typedef struct Box { double x0, y0, x1, y1; } Box;

static void add_box(GArray *boxes, double xa, double ya, double xb, double yb, double top)
{
	Box b = {MIN(xa, xb), MIN(ya, yb), MAX(xa, xb), MAX(ya, yb)};
	if (b.y1 > top)
		g_array_append_val(boxes, b);
}

/* What scene items [from, to) draw under top: text boxes, bars, and each
 * segment of a line or path (an elbow's diagonal is no wall). */
static GArray *boxes_under(const Scene *s, guint from, guint to, double top)
{
	GArray *boxes = g_array_new(FALSE, FALSE, sizeof(Box));
	for (guint i = from; i < to; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (it->kind == SCENE_TEXT || it->kind == SCENE_RECT)
			add_box(boxes, it->x, it->y, it->x + it->w, it->y + it->h, top);
		else if (it->kind == SCENE_LINE)
			add_box(boxes, it->x1, it->y1, it->x2, it->y2, top);
		else if (it->kind == SCENE_PATH)
			for (int k = 0; k + 1 < it->npoints; k++)
				add_box(boxes, it->points[k].x, it->points[k].y, it->points[k + 1].x,
				        it->points[k + 1].y, top);
	}
	return boxes;
}

/* The lowest bottom of the boxes that overlap [x0, x1] along the axis, gx
 * apart; at least y. */
static double under_boxes(const GArray *boxes, double x0, double x1, double gx, double y)
{
	for (guint i = 0; i < boxes->len; i++) {
		const Box *b = &g_array_index(boxes, Box, i);
		if (b->x0 < x1 + gx && x0 < b->x1 + gx)
			y = MAX(y, b->y1);
	}
	return y;
}

double tlspans_draw_far(TlLayout *L, guint from, double top)
{
	GArray *boxes = boxes_under(L->scene, from, L->scene->items->len, top);
	double bottom = top;
	for (int lane = 0; lane < MAX_LANES; lane++) {
		/* The bar under everything over it; its labels over it, under
		 * everything over them. */
		double bar_y = -G_MAXDOUBLE;
		for (guint i = 0; i < L->spans->len; i++) {
			const TlBlock *b = &g_array_index(L->spans, TlBlock, i);
			if (!b->far || b->row != lane)
				continue;
			double x0, z0, z1, x1;
			tlspans_ends(L, tllayout_event(L, b->first), &x0, &z0, &z1, &x1);
			double under = under_boxes(boxes, x0, x1, 2, top) + 3;
			if (b->state == TLBLOCK_LABEL)
				under = MAX(under, under_boxes(boxes, b->left, b->left + b->w, FAR_GAP_X,
				                               top) + 3 + b->h + 1.5);
			bar_y = MAX(bar_y, under);
		}
		if (bar_y == -G_MAXDOUBLE)
			break;
		for (guint i = 0; i < L->spans->len; i++) {
			TlBlock *b = &g_array_index(L->spans, TlBlock, i);
			if (!b->far || b->row != lane)
				continue;
			guint first = L->scene->items->len;
			if (b->state == TLBLOCK_LABEL)
				tlblock_draw(b, L->scene, b->left, bar_y - 1.5 - b->h, TEXT_LEFT);
			draw_bar(L, tllayout_event(L, b->first), bar_y);
			GArray *mine = boxes_under(L->scene, first, L->scene->items->len, top);
			g_array_append_vals(boxes, mine->data, mine->len);
			g_array_free(mine, TRUE);
		}
		bottom = MAX(bottom, bar_y + BAR);
	}
	g_array_free(boxes, TRUE);
	return bottom;
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
		double y0 = tlscale_pos(&L->scale, b->t0);
		double bx = axis_x - 3 - (b->row + 1) * LANE_STEP;
		draw_bar(L, e, bx);
		/* Only a labelled span needs tying to its leader at the axis. */
		if (b->state == TLBLOCK_LABEL)
			scene_line(L->scene, "span-tie", bx + BAR, y0, axis_x, y0, 0.5,
			           color_rgb(PAGE_STEM));
	}
}

