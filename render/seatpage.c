/* seatpage: the page of a seat chart; see seatpage.h. */
#include "seatpage.h"

#include <math.h>

#define LABEL_PAD 2.5        /* clear space around placed text */

void seatpage_init(SeatPage *sp, Scene *s, TextMeasurer *tm, const ChartOptions *co)
{
	*sp = (SeatPage){.scan_item = 0};
	page_init(&sp->pg, s, tm, co);
}

void seatpage_clear(SeatPage *sp)
{
	page_clear(&sp->pg);
}

static gboolean circle_meets_box(double cx, double cy, double r, double x, double y,
                                 double w, double h)
{
	double nx = CLAMP(cx, x, x + w), ny = CLAMP(cy, y, y + h);
	return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
}

static gboolean segment_meets_box(ScenePoint a, ScenePoint b, double x, double y,
                                  double w, double h)
{
	/* Liang-Barsky clipping: does any part of ab lie inside the box? */
	double t0 = 0, t1 = 1, dx = b.x - a.x, dy = b.y - a.y;
	double p[4] = {-dx, dx, -dy, dy}, q[4] = {a.x - x, x + w - a.x, a.y - y, y + h - a.y};
	for (int i = 0; i < 4; i++) {
		if (fabs(p[i]) < 1e-12) {
			if (q[i] < 0)
				return FALSE;
			continue;
		}
		double r = q[i] / p[i];
		if (p[i] < 0)
			t0 = MAX(t0, r);
		else
			t1 = MIN(t1, r);
		if (t0 > t1)
			return FALSE;
	}
	return TRUE;
}

/* Whether a scene item's ink (a seat, a line, a path) meets the box. */
static gboolean item_meets_box(const SceneItem *it, double x, double y, double w, double h)
{
	switch (it->kind) {
	case SCENE_SEAT:
		return circle_meets_box(it->cx, it->cy, it->r, x, y, w, h);
	case SCENE_PATH:
		for (int k = 0; k + 1 < it->npoints; k++)
			if (segment_meets_box(it->points[k], it->points[k + 1], x, y, w, h))
				return TRUE;
		return FALSE;
	case SCENE_LINE:
		return segment_meets_box((ScenePoint){it->x1, it->y1},
		                         (ScenePoint){it->x2, it->y2}, x, y, w, h);
	default:
		return FALSE;   /* text is in the box registry; circles are legend swatches */
	}
}

gboolean seatpage_free(const SeatPage *sp, double x, double y, double w, double h)
{
	if (x < sp->pg.lo || x + w > sp->pg.hi)
		return FALSE;
	if (!page_box_free(&sp->pg, x, y, w, h, LABEL_PAD))
		return FALSE;
	const Scene *s = sp->pg.scene;
	for (guint i = sp->scan_item; i < s->items->len; i++)
		if (item_meets_box(&g_array_index(s->items, SceneItem, i), x - LABEL_PAD,
		                   y - LABEL_PAD, w + 2 * LABEL_PAD, h + 2 * LABEL_PAD))
			return FALSE;
	return TRUE;
}

/* The bounding box of a seat, line or path. */
static PageBox item_box(const SceneItem *it)
{
	double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
	if (it->kind == SCENE_SEAT)
		return (PageBox){it->cx - it->r, it->cy - it->r, 2 * it->r, 2 * it->r};
	if (it->kind == SCENE_LINE)
		x0 = MIN(it->x1, it->x2), x1 = MAX(it->x1, it->x2), y0 = MIN(it->y1, it->y2),
		y1 = MAX(it->y1, it->y2);
	for (int k = 0; k < it->npoints; k++) {
		x0 = MIN(x0, it->points[k].x), x1 = MAX(x1, it->points[k].x);
		y0 = MIN(y0, it->points[k].y), y1 = MAX(y1, it->points[k].y);
	}
	return (PageBox){x0, y0, x1 - x0, y1 - y0};
}

gboolean seatpage_blocker(const SeatPage *sp, double x, double y, double w, double h,
                          double text_pad, double ink_pad, PageBox *at)
{
	const Page *pg = &sp->pg;
	for (guint i = pg->scan_box; i < pg->boxes->len; i++) {
		const PageBox *b = &g_array_index(pg->boxes, PageBox, i);
		if (x < b->x + b->w + text_pad && b->x < x + w + text_pad &&
		    y < b->y + b->h + text_pad && b->y < y + h + text_pad) {
			*at = *b;
			return TRUE;
		}
	}
	const Scene *s = pg->scene;
	for (guint i = sp->scan_item; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		if (item_meets_box(it, x - ink_pad, y - ink_pad, w + 2 * ink_pad, h + 2 * ink_pad)) {
			*at = item_box(it);
			return TRUE;
		}
	}
	return FALSE;
}

gboolean seatpage_segment_free(const SeatPage *sp, ScenePoint a, ScenePoint b,
                               double pad)
{
	const Page *pg = &sp->pg;
	for (guint i = pg->scan_box; i < pg->boxes->len; i++) {
		const PageBox *q = &g_array_index(pg->boxes, PageBox, i);
		if (segment_meets_box(a, b, q->x - pad, q->y - pad, q->w + 2 * pad, q->h + 2 * pad))
			return FALSE;
	}
	return TRUE;
}

TextSize seatpage_fit(const SeatPage *sp, const char *text, TextStyle *st)
{
	TextSize sz = text_measure(sp->pg.tm, text, st);
	if (sz.w > sp->pg.hi - sp->pg.lo) {
		st->wrap = sp->pg.hi - sp->pg.lo;
		sz = text_measure(sp->pg.tm, text, st);
	}
	return sz;
}

SeatBlock seatpage_begin(SeatPage *sp)
{
	SeatBlock b = {sp->pg.scene->items->len, sp->pg.boxes->len};
	sp->scan_item = b.item;
	sp->pg.scan_box = b.box;
	return b;
}

void seatpage_end(SeatPage *sp)
{
	sp->scan_item = 0;
	sp->pg.scan_box = 0;
}

void seatpage_move(SeatPage *sp, SeatBlock b, double dy)
{
	Scene *s = sp->pg.scene;
	for (guint i = b.item; i < s->items->len; i++) {
		SceneItem *it = scene_item(s, i);
		it->y += dy, it->y1 += dy, it->y2 += dy, it->cy += dy;
		for (int k = 0; k < it->npoints; k++)
			it->points[k].y += dy;
	}
	page_shift_boxes(&sp->pg, b.box, dy);
}

double seatpage_top(const SeatPage *sp, guint from)
{
	const Scene *s = sp->pg.scene;
	double top = G_MAXDOUBLE;
	for (guint i = from; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		switch (it->kind) {
		case SCENE_TEXT: case SCENE_RECT: top = MIN(top, it->y); break;
		case SCENE_LINE: top = MIN(top, MIN(it->y1, it->y2) - it->line_width); break;
		case SCENE_CIRCLE: case SCENE_SEAT: top = MIN(top, it->cy - it->r); break;
		case SCENE_PATH:
			for (int k = 0; k < it->npoints; k++)
				top = MIN(top, it->points[k].y - it->line_width);
			break;
		}
	}
	return top;
}

double seatpage_bottom(const SeatPage *sp, guint from)
{
	const Scene *s = sp->pg.scene;
	double bot = -G_MAXDOUBLE;
	for (guint i = from; i < s->items->len; i++) {
		const SceneItem *it = &g_array_index(s->items, SceneItem, i);
		switch (it->kind) {
		case SCENE_TEXT: case SCENE_RECT: bot = MAX(bot, it->y + it->h); break;
		case SCENE_LINE: bot = MAX(bot, MAX(it->y1, it->y2) + it->line_width); break;
		case SCENE_CIRCLE: case SCENE_SEAT: bot = MAX(bot, it->cy + it->r); break;
		case SCENE_PATH:
			for (int k = 0; k < it->npoints; k++)
				bot = MAX(bot, it->points[k].y + it->line_width);
			break;
		}
	}
	return bot;
}
