/* tlspans: a timeline's span bars in lanes; see tlspans.h. */
#include "tlspans.h"
#include "labeltext.h"
#include "page.h"
#include "place.h"

enum { MAX_LANES = 10 };
static const double BAR = 4;         /* thickness of a bar */
static const double LANE_STEP = 7;   /* between vertical lanes */

/* A page with few label rows gets few span lanes too. */
static int lanes_for_rows(int max_rows)
{
	return CLAMP(max_rows / 2, 1, MAX_LANES);
}

void tlspans_choose(TlLayout *L, int max_rows)
{
	/* Only the spans that rank high enough to have a chance are tried. */
	tlblock_choose(L->spans, 3 * lanes_for_rows(max_rows));
}

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

/* The span's label "Label  16 Oct – 22 Feb 2020" on one line, its date
 * never broken; a label too long for the room right of its bar wraps
 * there, so it still starts where the bar starts, unless that room is too
 * narrow for a few words. */
static void measure_label(TlLayout *L, TlBlock *b, double x0)
{
	const Event *e = tllayout_event(L, b->first);
	char *date = tllayout_date(L, e), *d = labeltext_nobreak(date);
	char *t = tllayout_label(L, e);
	TextStyle one = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
	double date_w = text_measure(L->tm, d, &one).w;
	tlblock_clear_lines(b);
	TlBlockLine line = {.role = "label", .text = g_strdup_printf("%s\u2002%s", t, d),
	                    .st = page_style(7.5, FALSE, FALSE, L->hi - L->lo, TEXT_LEFT),
	                    .color = color_rgb(PAGE_INK), .row = e->line};
	TlBlockLine *ln = tlblock_add_line(b, line, L->tm);
	g_free(date);
	g_free(d);
	g_free(t);
	double room = L->hi - MAX(x0, L->lo);
	if (ln->sz.w > room + 1e-6 && room >= MAX(60, date_w + 1)) {
		ln->st.wrap = room;
		ln->sz = text_measure(L->tm, ln->text, &ln->st);
	}
	b->w = ln->sz.w;
	b->h = ln->sz.h;
}

/* Bar and label of each chosen span into the first lane free under both;
 * lane_h gets each lane's tallest label. */
static void place_in_lanes(TlLayout *L, PlaceLanes *lanes, double *lane_h)
{
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (!b->chosen) {
			L->hidden++;
			continue;
		}
		double x0 = tlscale_pos(&L->scale, b->t0), x1 = tlscale_pos(&L->scale, b->t1);
		if (x1 - x0 < 2)
			x1 = x0 + 2;
		b->anchor = x0;
		b->pos = x1;
		measure_label(L, b, x0);
		b->left = CLAMP(x0, L->lo, L->hi - b->w);
		b->row = place_lanes_add(lanes, MIN(x0, b->left), MAX(x1, b->left + b->w));
		if (b->row < 0) {
			L->hidden++;
			continue;
		}
		b->state = TLBLOCK_LABEL;
		lane_h[b->row] = MAX(lane_h[b->row], b->h);
	}
}

double tlspans_draw_rows(TlLayout *L, double y, int max_rows)
{
	if (L->spans->len == 0)
		return y;
	PlaceLanes *lanes = place_lanes_new(lanes_for_rows(max_rows), 4);
	double lane_h[MAX_LANES] = {0}, lane_y[MAX_LANES];
	place_in_lanes(L, lanes, lane_h);
	for (int l = 0; l < place_lanes_used(lanes); l++) {
		lane_y[l] = y;
		y += lane_h[l] + 1.5 + BAR + 5;
	}
	for (guint i = 0; i < L->spans->len; i++) {
		TlBlock *b = &g_array_index(L->spans, TlBlock, i);
		if (b->state != TLBLOCK_LABEL)
			continue;
		const Event *e = tllayout_event(L, b->first);
		double ty = lane_y[b->row] + lane_h[b->row] - b->h;
		tlblock_draw(b, L->scene, b->left, ty, TEXT_LEFT);
		SceneItem *it = draw_bar(L, e, b->anchor, ty + b->h + 1.5, b->pos - b->anchor, BAR);
		if (e->date.qual || e->end.qual)
			it->dash = 1.5;
	}
	place_lanes_free(lanes);
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
