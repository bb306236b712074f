/* seatplot: a house as a plot and its drawing; see seatplot.h. */
#include "seatplot.h"
#include "seatmark.h"

#include <math.h>

#define NOTE_SIZE 7.5        /* bench names */
#define TOTAL_UNDER_SIZE 10.0
#define TOTAL_MIN_SIZE 7.0   /* smaller, a total in the hole does not read as one */
#define TOTAL_GAP 2.0        /* the number to its word: no two texts closer */
#define LEADER_MIN 4.0       /* a label farther from its line than this gets a leader */

void seatplot_init(SeatPlot *p, const Parliament *h, double seat_r)
{
	*p = (SeatPlot){.house = h, .seat_r = seat_r};
	p->seats = g_array_new(FALSE, FALSE, sizeof(SeatPlotSeat));
	p->lines = g_array_new(FALSE, TRUE, sizeof(SeatPlotLine));
	p->x0 = p->y0 = G_MAXDOUBLE;
	p->x1 = p->y1 = -G_MAXDOUBLE;
}

void seatplot_clear(SeatPlot *p)
{
	for (guint i = 0; i < p->lines->len; i++) {
		SeatPlotLine *l = &g_array_index(p->lines, SeatPlotLine, i);
		g_free(l->pts);
		g_free(l->label);
	}
	g_array_free(p->lines, TRUE);
	g_array_free(p->seats, TRUE);
}

void seatplot_add_seat(SeatPlot *p, double x, double y, int party)
{
	SeatPlotSeat s = {x, y, party};
	g_array_append_val(p->seats, s);
	p->x0 = MIN(p->x0, x - p->seat_r), p->x1 = MAX(p->x1, x + p->seat_r);
	p->y0 = MIN(p->y0, y - p->seat_r), p->y1 = MAX(p->y1, y + p->seat_r);
}

/* The distance from (x, y) to the segment ab. */
static double segment_distance(ScenePoint a, ScenePoint b, double x, double y)
{
	double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
	double u = len2 > 0 ? CLAMP(((x - a.x) * dx + (y - a.y) * dy) / len2, 0, 1) : 0;
	return hypot(x - (a.x + u * dx), y - (a.y + u * dy));
}

/* The nearest any seat's centre comes to the line. */
static double line_clearance(const SeatPlot *p, const SeatPlotLine *l)
{
	double best = G_MAXDOUBLE;
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		for (int k = 0; k + 1 < l->n; k++)
			best = MIN(best, segment_distance(l->pts[k], l->pts[k + 1], s->x, s->y));
	}
	return best;
}

/* How wide a stroke the line has room for, points, keeping a little more
 * than SEATPLOT_LINE_CLEAR (rounding to 0.001 pt must not eat it). */
static double line_room(const SeatPlot *p, const SeatPlotLine *l, double k)
{
	return 2 * k * (l->clear - (1 + SEATPLOT_LINE_CLEAR * 1.2) * p->seat_r);
}

double seatplot_line_fit(const SeatPlot *p, double k)
{
	double r = p->seat_r;
	for (guint i = 0; i < p->lines->len; i++) {
		const SeatPlotLine *l = &g_array_index(p->lines, SeatPlotLine, i);
		r = MIN(r, (l->clear - SEATMARK_LINE_MIN / (2 * k)) / (1 + SEATPLOT_LINE_CLEAR * 1.2));
	}
	return r;
}

void seatplot_add_line(SeatPlot *p, SeatPlotLine *l, SeatCut *c)
{
	l->clear = line_clearance(p, l);
	l->seats = c->seats;
	l->kind = c->kind;
	l->label = c->label;
	c->label = NULL;
	g_array_append_val(p->lines, *l);
}

void seatplot_add_note(SeatPlot *p, const char *text, double x, double y,
                       gboolean above, gboolean right)
{
	g_return_if_fail(p->nnotes < SEATPLOT_MAX_NOTES);
	p->notes[p->nnotes++] = (SeatPlotNote){text, x, y, above, right};
}

void seatplot_emit_seats(SeatPage *sp, const SeatPlot *p, SeatPlotPos at)
{
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		ScenePoint c = seatplot_point(at, s->x, s->y);
		seatmark_seat(seatpage_scene(sp), &p->house->parties[s->party], c.x, c.y,
		              at.k * p->seat_r);
	}
}

void seatplot_emit_lines(SeatPage *sp, const SeatPlot *p, SeatPlotPos at)
{
	for (guint i = 0; i < p->lines->len; i++) {
		const SeatPlotLine *l = &g_array_index(p->lines, SeatPlotLine, i);
		ScenePoint *pts = g_new(ScenePoint, l->n);
		for (int j = 0; j < l->n; j++)
			pts[j] = seatplot_point(at, l->pts[j].x, l->pts[j].y);
		seatmark_cut_path(seatpage_scene(sp), l->kind, pts, l->n, line_room(p, l, at.k));
		g_free(pts);
	}
}

void seatplot_emit_notes(SeatPage *sp, const SeatPlot *p, SeatPlotPos at)
{
	const Page *pg = &sp->pg;
	for (int i = 0; i < p->nnotes; i++) {
		const SeatPlotNote *pn = &p->notes[i];
		TextStyle st = page_style(NOTE_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
		TextSize sz = seatpage_fit(sp, pn->text, &st);
		double x = CLAMP(at.ox + at.k * pn->x - (pn->right ? sz.w : 0), pg->lo,
		                 pg->hi - sz.w);
		double y = at.oy + at.k * pn->y - (pn->above ? sz.h : 0);
		/* Narrow benches: names that would meet move away from the seats. */
		for (int tries = 0; tries < 200 && !seatpage_free(sp, x, y, sz.w, sz.h); tries++)
			y += pn->above ? -2 : 2;
		page_text(&sp->pg, "bench", pn->text, st, x, y, color_rgb(PAGE_MUTED));
	}
}

/* The styles of a total in the hole: the number at size, the word under it. */
static void hole_styles(double size, TextStyle *num, TextStyle *word)
{
	*num = page_style(size, TRUE, FALSE, 0, TEXT_CENTER);
	*word = page_style(MAX(6.5, size * 0.36), FALSE, FALSE, 0, TEXT_CENTER);
}

double seatplot_hole_size(const SeatPage *sp, const SeatPlot *p, double k,
                          double max_size)
{
	if (!p->arch)
		return 0;
	const Parliament *h = p->house;
	char *num = lang_integer(seatpage_lang(sp), h->total);
	const char *word = lang_word(seatpage_lang(sp), LANG_W_SEATS, h->total);
	double room = k * p->hole - 2, found = 0;
	for (double size = MIN(max_size, 0.22 * k); size >= TOTAL_MIN_SIZE && !found;
	     size *= 0.92) {
		TextStyle ns, ws;
		hole_styles(size, &ns, &ws);
		TextSize a = text_measure(seatpage_tm(sp), num, &ns);
		TextSize b = text_measure(seatpage_tm(sp), word, &ws);
		double w = MAX(a.w, b.w), hgt = a.h + TOTAL_GAP + b.h;
		if ((w / 2) * (w / 2) + hgt * hgt <= room * room)
			found = size;
	}
	g_free(num);
	return found;
}

/* The number over the word, their bottom on the arch's baseline. */
static void emit_total_in_hole(SeatPage *sp, const char *num, const char *word,
                               SeatPlotPos at, double size)
{
	TextStyle ns, ws;
	hole_styles(size, &ns, &ws);
	TextSize a = text_measure(seatpage_tm(sp), num, &ns);
	TextSize b = text_measure(seatpage_tm(sp), word, &ws);
	double y = at.oy - (a.h + TOTAL_GAP + b.h);
	page_text(&sp->pg, "total", num, ns, at.ox - a.w / 2, y, color_rgb(PAGE_INK));
	page_text(&sp->pg, "total", word, ws, at.ox - b.w / 2, y + a.h + TOTAL_GAP,
	          color_rgb(PAGE_MUTED));
}

/* "107 seats" under everything of the block so far (a bench's name too),
 * not beside it: the total closes the chart. Returns its bottom. */
static double emit_total_under(SeatPage *sp, const SeatPlot *p, const char *text,
                               SeatPlotPos at, double bottom)
{
	const Page *pg = &sp->pg;
	TextStyle st = page_style(TOTAL_UNDER_SIZE, TRUE, FALSE, 0, TEXT_CENTER);
	TextSize sz = seatpage_fit(sp, text, &st);
	double x = CLAMP(at.ox + at.k * (p->x0 + p->x1) / 2 - sz.w / 2, pg->lo, pg->hi - sz.w);
	double y = MAX(bottom, seatpage_bottom(sp, sp->scan_item)) + 4;
	/* Below everything of the block there is always room: this ends. */
	for (int i = 0; i < 100000 && !seatpage_free(sp, x, y, sz.w, sz.h); i++)
		y += 2;
	page_text(&sp->pg, "total", text, st, x, y, color_rgb(PAGE_INK));
	return y + sz.h;
}

double seatplot_emit_total(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                           double hole_size)
{
	const Parliament *h = p->house;
	char *num = lang_integer(seatpage_lang(sp), h->total);
	const char *word = lang_word(seatpage_lang(sp), LANG_W_SEATS, h->total);
	double lowest = p->y1;
	for (guint i = 0; i < p->lines->len; i++) {
		const SeatPlotLine *l = &g_array_index(p->lines, SeatPlotLine, i);
		for (int j = 0; j < l->n; j++)
			lowest = MAX(lowest, l->pts[j].y);
	}
	double bottom = at.oy + at.k * lowest;
	if (hole_size > 0) {
		emit_total_in_hole(sp, num, word, at, hole_size);
	} else {
		char *s = g_strdup_printf("%s %s", num, word);
		bottom = emit_total_under(sp, p, s, at, bottom);
		g_free(s);
	}
	g_free(num);
	return bottom;
}

/* Spots for a box of size sz from a outwards along (dx, dy), the box
 * touching each point from the side (dx, dy) points to; with keep_inside
 * it is first pulled back between pg.lo and pg.hi. Sets (*x, *y) to the
 * first free one, or to the last one tried when none is. */
static gboolean seek_along(const SeatPage *sp, ScenePoint a, double dx, double dy,
                           TextSize sz, gboolean keep_inside, double *x, double *y)
{
	for (int step = 0; step < 400; step++) {
		double d = 1.5 + step * 1.5;
		double px = a.x + dx * d, py = a.y + dy * d;
		*x = px - sz.w * (1 - dx) / 2;
		*y = py - sz.h * (1 - dy) / 2;
		if (keep_inside && *x < sp->pg.lo)
			*x = sp->pg.lo;
		if (keep_inside && *x + sz.w > sp->pg.hi)
			*x = sp->pg.hi - sz.w;
		if (seatpage_free(sp, *x, *y, sz.w, sz.h))
			return TRUE;
	}
	return FALSE;
}

/* A label for a threshold line: from its anchor outwards along dir until the
 * box is clear of seats, lines and text and inside the page; failing that,
 * straight up. A short leader joins the label to a line it had to leave. */
static void place_line_label(SeatPage *sp, const char *label, ScenePoint a, double dir,
                             double size)
{
	TextStyle st = page_style(size, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize sz = seatpage_fit(sp, label, &st);
	double x, y;
	if (!seek_along(sp, a, cos(dir), -sin(dir), sz, FALSE, &x, &y))
		seek_along(sp, a, 0, -1, sz, TRUE, &x, &y);
	/* Leader from the line's end to the nearest point of the label. */
	double nx = CLAMP(a.x, x, x + sz.w), ny = CLAMP(a.y, y, y + sz.h);
	if (hypot(nx - a.x, ny - a.y) > LEADER_MIN)
		scene_line(seatpage_scene(sp), "leader", a.x, a.y, nx, ny, 0.4,
		           color_rgb(PAGE_MUTED));
	page_text(&sp->pg, "threshold", label, st, x, y, color_rgb(PAGE_INK));
}

void seatplot_emit_line_labels(SeatPage *sp, const SeatPlot *p, SeatPlotPos at,
                               double size)
{
	for (guint i = 0; i < p->lines->len; i++) {
		const SeatPlotLine *l = &g_array_index(p->lines, SeatPlotLine, i);
		place_line_label(sp, l->label, seatplot_point(at, l->anchor.x, l->anchor.y),
		                 l->dir, size);
	}
}
