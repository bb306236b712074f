/* seatpage: the page of a seat chart; see seatpage.h. */
#include "seatpage.h"

#include <math.h>
#include <string.h>

#define LABEL_PAD 2.5        /* clear space around placed text */

/* The seats, lines and paths of the current block in a grid of cells, each
 * cell listing the items whose bounds reach it in scene order: a question
 * about a box looks at the items of its cells only, so labelling a plot of
 * 10 000 seats does not test every seat for every spot tried. */
struct SeatIndex {
	guint from, upto, moves;    /* the items indexed, and when */
	gboolean built;
	double x0, y0, cell;        /* the grid's corner and cell size, points */
	int nx, ny;
	GArray *start;              /* guint: cell c's items are ids[start[c]..start[c+1]) */
	GArray *ids;                /* guint: item indices */
};

void seatpage_init(SeatPage *sp, Scene *s, TextMeasurer *tm, const ChartOptions *co)
{
	*sp = (SeatPage){.scan_item = 0};
	page_init(&sp->pg, s, tm, co);
	sp->index = g_new0(SeatIndex, 1);
	sp->index->start = g_array_new(FALSE, TRUE, sizeof(guint));
	sp->index->ids = g_array_new(FALSE, FALSE, sizeof(guint));
}

void seatpage_clear(SeatPage *sp)
{
	g_array_free(sp->index->start, TRUE);
	g_array_free(sp->index->ids, TRUE);
	g_clear_pointer(&sp->index, g_free);
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

/* Whether the index holds ink (item_meets_box can meet it). */
static gboolean inked(const SceneItem *it)
{
	return it->kind == SCENE_SEAT || it->kind == SCENE_PATH || it->kind == SCENE_LINE;
}

/* The cells [cx0, cx1] x [cy0, cy1] a box reaches, clamped to the grid;
 * FALSE when it misses the grid. */
static gboolean cells_of(const SeatIndex *ix, PageBox b, int c[4])
{
	double fx0 = floor((b.x - ix->x0) / ix->cell), fx1 = floor((b.x + b.w - ix->x0) / ix->cell);
	double fy0 = floor((b.y - ix->y0) / ix->cell), fy1 = floor((b.y + b.h - ix->y0) / ix->cell);
	if (!(fx1 >= 0 && fy1 >= 0 && fx0 < ix->nx && fy0 < ix->ny))
		return FALSE;   /* also for NaN */
	c[0] = (int)MAX(fx0, 0), c[1] = (int)MIN(fx1, ix->nx - 1);
	c[2] = (int)MAX(fy0, 0), c[3] = (int)MIN(fy1, ix->ny - 1);
	return TRUE;
}

static PageBox item_box(const SceneItem *it);

/* The index of the current block's items, rebuilt if they changed. */
static const SeatIndex *index_items(const SeatPage *sp)
{
	SeatIndex *ix = sp->index;
	const GArray *items = sp->pg.scene->items;
	if (ix->built && ix->from == sp->scan_item && ix->upto == items->len &&
	    ix->moves == sp->moves)
		return ix;
	*ix = (SeatIndex){.from = sp->scan_item, .upto = items->len, .moves = sp->moves,
	                  .built = TRUE, .start = ix->start, .ids = ix->ids};
	double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
	guint n = 0;
	for (guint i = ix->from; i < ix->upto; i++) {
		const SceneItem *it = &g_array_index(items, SceneItem, i);
		if (!inked(it))
			continue;
		PageBox b = item_box(it);
		x0 = MIN(x0, b.x), y0 = MIN(y0, b.y);
		x1 = MAX(x1, b.x + b.w), y1 = MAX(y1, b.y + b.h);
		n++;
	}
	g_array_set_size(ix->ids, 0);
	if (n == 0 || !(x1 >= x0 && y1 >= y0)) {
		ix->nx = ix->ny = 0;
		g_array_set_size(ix->start, 1);
		return ix;
	}
	/* About one item a cell, and at most 1 024 cells a side. */
	double w = MAX(x1 - x0, 1e-3), h = MAX(y1 - y0, 1e-3);
	ix->cell = MAX(sqrt(w * h / n), MAX(w, h) / 1024);
	ix->x0 = x0, ix->y0 = y0;
	ix->nx = (int)(w / ix->cell) + 1, ix->ny = (int)(h / ix->cell) + 1;
	guint ncells = (guint)(ix->nx * ix->ny);
	g_array_set_size(ix->start, ncells + 1);
	guint *start = (guint *)(void *)ix->start->data;
	memset(start, 0, (ncells + 1) * sizeof *start);
	for (int pass = 0; pass < 2; pass++) {
		for (guint i = ix->from; i < ix->upto; i++) {
			const SceneItem *it = &g_array_index(items, SceneItem, i);
			int c[4];
			if (!inked(it) || !cells_of(ix, item_box(it), c))
				continue;
			for (int cy = c[2]; cy <= c[3]; cy++)
				for (int cx = c[0]; cx <= c[1]; cx++) {
					guint cell = (guint)(cy * ix->nx + cx);
					if (pass == 0)
						start[cell + 1]++;
					else
						g_array_index(ix->ids, guint, start[cell]++) = i;
				}
		}
		if (pass == 0) {
			for (guint c = 0; c < ncells; c++)
				start[c + 1] += start[c];
			g_array_set_size(ix->ids, start[ncells]);
		}
	}
	/* The fill moved each start to the next cell's; move them back. */
	memmove(start + 1, start, ncells * sizeof *start);
	start[0] = 0;
	return ix;
}

/* The first item (in scene order) of the current block whose ink meets the
 * box, or G_MAXUINT. */
static guint first_meeting(const SeatPage *sp, double x, double y, double w, double h)
{
	const SeatIndex *ix = index_items(sp);
	const GArray *items = sp->pg.scene->items;
	guint best = G_MAXUINT;
	int c[4];
	if (ix->nx == 0 || !cells_of(ix, (PageBox){x, y, w, h}, c))
		return best;
	const guint *start = (const guint *)(const void *)ix->start->data;
	for (int cy = c[2]; cy <= c[3]; cy++)
		for (int cx = c[0]; cx <= c[1]; cx++) {
			guint cell = (guint)(cy * ix->nx + cx);
			for (guint k = start[cell]; k < start[cell + 1]; k++) {
				guint i = g_array_index(ix->ids, guint, k);
				if (i >= best)
					break;   /* a cell lists its items in scene order */
				if (item_meets_box(&g_array_index(items, SceneItem, i), x, y, w, h)) {
					best = i;
					break;
				}
			}
		}
	return best;
}

gboolean seatpage_free(const SeatPage *sp, double x, double y, double w, double h)
{
	if (x < sp->pg.lo || x + w > sp->pg.hi)
		return FALSE;
	if (!page_box_free(&sp->pg, x, y, w, h, LABEL_PAD))
		return FALSE;
	return first_meeting(sp, x - LABEL_PAD, y - LABEL_PAD, w + 2 * LABEL_PAD,
	                     h + 2 * LABEL_PAD) == G_MAXUINT;
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
	guint i = first_meeting(sp, x - ink_pad, y - ink_pad, w + 2 * ink_pad, h + 2 * ink_pad);
	if (i == G_MAXUINT)
		return FALSE;
	*at = item_box(&g_array_index(pg->scene->items, SceneItem, i));
	return TRUE;
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
	sp->moves++;
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
