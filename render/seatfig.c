/* seatfig: the seat chart page; see seatfig.h.
 *
 * Every layout first becomes a Plot (seats, threshold lines and the space for
 * the total, in its own units, y down); the page then scales the plots to one
 * seat size, places the labels where nothing else is, stacks titles, plots,
 * legend and caption, and takes its height from what it holds. */
#include "seatfig.h"
#include "benches.h"
#include "diag.h"
#include "hemicycle.h"
#include "page.h"
#include "plot_bar.h"
#include "seatcut.h"
#include "seatlegend.h"
#include "seatmark.h"
#include "seatpage.h"
#include "waffle.h"

#include <math.h>
#include <string.h>

#define LABEL_WRAP 64.0     /* a --labels name that does not fit on one line wraps at this */
#define SEATFIG_MIN_WIDTH 144.0

/* ---- Plots: one house's seats in a layout's own units ---- */

typedef struct PSeat { double x, y; int party; } PSeat;

typedef struct PLine {
	ScenePoint *pts;     /* owned; plot units */
	int n;
	int seats;           /* seats on its left */
	SeatCutKind kind;
	char *label;         /* owned */
	ScenePoint anchor;   /* where its label starts */
	double dir;          /* direction the label moves away in (radians, y up) */
} PLine;

/* A name for a part of the plot (a bench): text whose top-left corner, or
 * bottom-left when above, is at (x, y) in plot units; x is its right edge
 * when right is set. */
typedef struct PNote { const char *text; double x, y; gboolean above, right; } PNote;

typedef struct Plot {
	const Parliament *house;
	PNote notes[3];
	int nnotes;
	GArray *seats;       /* of PSeat */
	double seat_r;
	GArray *lines;       /* of PLine */
	double x0, y0, x1, y1;  /* extent of the seats */
	gboolean arch;       /* the total goes in the hole at (0, 0) */
	double hole;
	char *note;          /* owned; a threshold said in words (Westminster) */
} Plot;

static void plot_free(Plot *p)
{
	for (guint i = 0; i < p->lines->len; i++) {
		PLine *l = &g_array_index(p->lines, PLine, i);
		g_free(l->pts);
		g_free(l->label);
	}
	g_array_free(p->lines, TRUE);
	g_array_free(p->seats, TRUE);
	g_free(p->note);
}

typedef struct Fig {
	const ParlSet *set;
	const SeatFigOptions *o;
	const ChartOptions *co;
	TextMeasurer *tm;
	Lang lang;
	Scene *scene;
	SeatPage sp;         /* the page, its boxes of text and where to look for room */
	double total_size;   /* small multiples: the totals' size in the holes, 0 for
	                        under every plot; < 0: each plot decides */
} Fig;

static int *party_counts(const Parliament *h)
{
	int *c = g_new(int, MAX(h->nparties, 1));
	for (int i = 0; i < h->nparties; i++)
		c[i] = h->parties[i].seats;
	return c;
}

static void plot_init(Plot *p, const Parliament *h)
{
	memset(p, 0, sizeof *p);
	p->house = h;
	p->seats = g_array_new(FALSE, FALSE, sizeof(PSeat));
	p->lines = g_array_new(FALSE, TRUE, sizeof(PLine));
	p->x0 = p->y0 = G_MAXDOUBLE;
	p->x1 = p->y1 = -G_MAXDOUBLE;
}

static void plot_seat(Plot *p, double x, double y, int party)
{
	PSeat s = {x, y, party};
	g_array_append_val(p->seats, s);
	p->x0 = MIN(p->x0, x - p->seat_r), p->x1 = MAX(p->x1, x + p->seat_r);
	p->y0 = MIN(p->y0, y - p->seat_r), p->y1 = MAX(p->y1, y + p->seat_r);
}

/* Adds line l for cut c to the plot, taking c's label. */
static void add_line(Plot *p, PLine *l, SeatCut *c)
{
	l->seats = c->seats;
	l->kind = c->kind;
	l->label = c->label;
	c->label = NULL;
	g_array_append_val(p->lines, *l);
}

/* Frees the cuts a plot has used; FALSE when there were none (an error). */
static gboolean take_cuts(GArray *cuts)
{
	if (!cuts)
		return FALSE;
	g_array_free(cuts, TRUE);
	return TRUE;
}

static gboolean plot_arch(const Fig *F, const Parliament *h, Plot *p, GError **err)
{
	plot_init(p, h);
	int *counts = party_counts(h);
	Hemicycle *hc = hemi_new(h->total, counts, h->nparties);
	g_free(counts);
	p->arch = TRUE;
	p->hole = hc->hole;
	p->seat_r = hc->seat_r;
	for (int i = 0; i < hc->nseats; i++)
		plot_seat(p, hc->seats[i].x, -hc->seats[i].y, hc->seats[i].party);
	/* The arch's extent, not only its seats: labels keep clear of all of it. */
	p->x0 = -1, p->x1 = 1, p->y0 = -1, p->y1 = MAX(p->y1, 0);
	GArray *cuts = seatcut_list(h, F->o->majority, F->o->thresholds, F->o->nthresholds,
	                            F->lang, err);
	for (guint i = 0; cuts && i < cuts->len; i++) {
		SeatCut *c = seatcut_at(cuts, i);
		int n;
		HemiPoint at;
		double angle;
		HemiPoint *pts = hemi_threshold_line(hc, c->seats, &n, &at, &angle);
		PLine l = {0};
		l.pts = g_new(ScenePoint, n);
		for (int k = 0; k < n; k++)
			l.pts[k] = (ScenePoint){pts[k].x, -pts[k].y};
		l.n = n;
		l.anchor = (ScenePoint){at.x, -at.y};
		l.dir = angle;
		g_free(pts);
		add_line(p, &l, c);
	}
	hemi_free(hc);
	return take_cuts(cuts);
}

static gboolean plot_waffle(const Fig *F, const Parliament *h, Plot *p, GError **err)
{
	plot_init(p, h);
	int *counts = party_counts(h);
	Waffle *wf = waffle_new(h->total, counts, h->nparties, 3.0);
	g_free(counts);
	p->seat_r = 0.4;
	for (int i = 0; i < wf->nseats; i++)
		plot_seat(p, wf->seats[i].col + 0.5, wf->seats[i].row + 0.5, wf->seats[i].party);
	GArray *cuts = seatcut_list(h, F->o->majority, F->o->thresholds, F->o->nthresholds,
	                            F->lang, err);
	for (guint i = 0; cuts && i < cuts->len; i++) {
		SeatCut *c = seatcut_at(cuts, i);
		double xy[12];
		int n = waffle_threshold_line(wf, c->seats, xy);
		PLine l = {0};
		/* Out past the grid's top and bottom edges, so the line reads as a cut. */
		l.pts = g_new(ScenePoint, n + 2);
		l.pts[0] = (ScenePoint){xy[0], -0.35};
		for (int k = 0; k < n; k++)
			l.pts[k + 1] = (ScenePoint){xy[2 * k], xy[2 * k + 1]};
		l.pts[n + 1] = (ScenePoint){xy[2 * n - 2], wf->rows + 0.35};
		l.n = n + 2;
		l.anchor = l.pts[0];
		l.dir = G_PI / 2;
		add_line(p, &l, c);
	}
	waffle_free(wf);
	return take_cuts(cuts);
}

static gboolean plot_westminster(const Fig *F, const Parliament *h, Plot *p, GError **err)
{
	plot_init(p, h);
	Benches *b = bench_westminster(h->parties, h->nparties);
	p->seat_r = 0.4;
	for (int i = 0; i < b->nseats; i++)
		plot_seat(p, b->seats[i].x, b->seats[i].y, b->seats[i].party);
	if (b->opposition)
		p->notes[p->nnotes++] = (PNote){lang_word(F->lang, LANG_W_OPPOSITION, 1), b->wing_x + 0.1, -0.15, TRUE, FALSE};
	if (b->government)
		p->notes[p->nnotes++] = (PNote){lang_word(F->lang, LANG_W_GOVERNMENT, 1), b->wing_x + 0.1, b->height + 0.15, FALSE, FALSE};
	if (b->cross)
		p->notes[p->nnotes++] = (PNote){lang_word(F->lang, LANG_W_CROSS_BENCHES, 1), b->width - 0.1, -0.15, TRUE, TRUE};
	bench_free(b);
	/* Benches have no line a majority could follow: say it in words. */
	GArray *cuts = seatcut_list(h, F->o->majority, F->o->thresholds, F->o->nthresholds,
	                            F->lang, err);
	GString *note = g_string_new(NULL);
	for (guint i = 0; cuts && i < cuts->len; i++)
		g_string_append_printf(note, "%s%s", i ? " · " : "",
		                       seatcut_at(cuts, i)->label);
	p->note = note->len ? g_string_free(note, FALSE) : (g_string_free(note, TRUE), NULL);
	return take_cuts(cuts);
}

/* ---- Placing on the page ---- */

/* A label for a threshold line: from its anchor outwards along dir until the
 * box is clear of seats, lines and text and inside the page; failing that,
 * straight up. A short leader joins the label to a line it had to leave. */
static void place_line_label(Fig *F, const char *label, ScenePoint a, double dir,
                             double size)
{
	TextStyle st = page_style(size, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize sz = seatpage_fit(&F->sp, label, &st);
	double ux = cos(dir), uy = -sin(dir);
	double x = 0, y = 0;
	gboolean found = FALSE;
	for (int pass = 0; pass < 2 && !found; pass++) {
		double dx = pass == 0 ? ux : 0, dy = pass == 0 ? uy : -1;
		for (int step = 0; step < 400 && !found; step++) {
			double d = 1.5 + step * 1.5;
			double px = a.x + dx * d, py = a.y + dy * d;
			/* Touch the point from outside, on the side dir points to. */
			x = px - sz.w * (1 - dx) / 2;
			y = py - sz.h * (1 - dy) / 2;
			if (x < F->sp.pg.lo && pass == 1)
				x = F->sp.pg.lo;
			if (x + sz.w > F->sp.pg.hi && pass == 1)
				x = F->sp.pg.hi - sz.w;
			found = seatpage_free(&F->sp, x, y, sz.w, sz.h);
		}
	}
	Color ink = color_rgb(PAGE_INK);
	/* Leader from the line's end to the nearest point of the label. */
	double nx = CLAMP(a.x, x, x + sz.w), ny = CLAMP(a.y, y, y + sz.h);
	if (hypot(nx - a.x, ny - a.y) > 4)
		scene_line(F->scene, "leader", a.x, a.y, nx, ny, 0.4, color_rgb(PAGE_MUTED));
	page_text(&F->sp.pg, "threshold", label, st, x, y, ink);
}

static void emit_lines(Fig *F, const Plot *p, double k, double ox, double oy)
{
	for (guint i = 0; i < p->lines->len; i++) {
		const PLine *l = &g_array_index(p->lines, PLine, i);
		ScenePoint *pts = g_new(ScenePoint, l->n);
		for (int j = 0; j < l->n; j++)
			pts[j] = (ScenePoint){ox + k * l->pts[j].x, oy + k * l->pts[j].y};
		seatmark_cut_path(F->scene, l->kind, pts, l->n);
		g_free(pts);
	}
}

static void emit_line_labels(Fig *F, const Plot *p, double k, double ox, double oy,
                             double size)
{
	for (guint i = 0; i < p->lines->len; i++) {
		const PLine *l = &g_array_index(p->lines, PLine, i);
		ScenePoint a = {ox + k * l->anchor.x, oy + k * l->anchor.y};
		place_line_label(F, l->label, a, l->dir, size);
	}
}

/* The largest size at which the total fits in the arch's hole, or 0. */
static double hole_total_size(const Fig *F, const Plot *p, double k, double max_size)
{
	if (!p->arch)
		return 0;
	const Parliament *h = p->house;
	char *num = g_strdup_printf("%d", h->total);
	const char *word = lang_word(F->lang, LANG_W_SEATS, h->total);
	double room = k * p->hole - 2, found = 0;
	for (double size = MIN(max_size, 0.22 * k); size >= 7 && !found; size *= 0.92) {
		TextStyle ns = page_style(size, TRUE, FALSE, 0, TEXT_CENTER);
		TextStyle ws = page_style(MAX(6.5, size * 0.36), FALSE, FALSE, 0, TEXT_CENTER);
		TextSize a = text_measure(F->tm, num, &ns), b = text_measure(F->tm, word, &ws);
		double w = MAX(a.w, b.w), hgt = a.h + b.h;
		if ((w / 2) * (w / 2) + hgt * hgt <= room * room)
			found = size;
	}
	g_free(num);
	return found;
}

/* The total: in the arch's hole when it fits there, else under the plot.
 * Returns the bottom of what it drew. */
static double emit_total(Fig *F, const Plot *p, double k, double ox, double oy,
                         double max_size)
{
	const Parliament *h = p->house;
	char *num = g_strdup_printf("%d", h->total);
	const char *word = lang_word(F->lang, LANG_W_SEATS, h->total);
	double lowest = p->y1;
	for (guint i = 0; i < p->lines->len; i++) {
		const PLine *l = &g_array_index(p->lines, PLine, i);
		for (int j = 0; j < l->n; j++)
			lowest = MAX(lowest, l->pts[j].y);
	}
	double bottom = oy + k * lowest;
	double size = hole_total_size(F, p, k, max_size);
	if (F->total_size >= 0)
		size = F->total_size;   /* one choice for every panel */
	if (size > 0) {
		TextStyle ns = page_style(size, TRUE, FALSE, 0, TEXT_CENTER);
		TextStyle ws = page_style(MAX(6.5, size * 0.36), FALSE, FALSE, 0, TEXT_CENTER);
		TextSize a = text_measure(F->tm, num, &ns), b = text_measure(F->tm, word, &ws);
		double y = oy - (a.h + b.h);
		page_text(&F->sp.pg, "total", num, ns, ox - a.w / 2, y, color_rgb(PAGE_INK));
		page_text(&F->sp.pg, "total", word, ws, ox - b.w / 2, y + a.h, color_rgb(PAGE_MUTED));
		g_free(num);
		return bottom;
	}
	char *s = g_strdup_printf("%s %s", num, word);
	TextStyle st = page_style(MIN(max_size, 10), TRUE, FALSE, 0, TEXT_CENTER);
	TextSize sz = seatpage_fit(&F->sp, s, &st);
	double x = CLAMP(ox + k * (p->x0 + p->x1) / 2 - sz.w / 2, F->sp.pg.lo, F->sp.pg.hi - sz.w);
	/* Under everything of the panel so far (a bench's name too), not
	 * beside it: the total closes the chart. */
	double y = MAX(bottom, seatpage_bottom(&F->sp, F->sp.scan_item)) + 4;
	/* Below everything of the panel there is always room: this ends. */
	for (int i = 0; i < 100000 && !seatpage_free(&F->sp, x, y, sz.w, sz.h); i++)
		y += 2;
	page_text(&F->sp.pg, "total", s, st, x, y, color_rgb(PAGE_INK));
	g_free(s);
	g_free(num);
	return y + sz.h;
}

/* Direct labels: a party's short name (or name) and seats just outside its
 * seats, where they fit; the rest are counted as hidden. */
static void emit_direct_labels(Fig *F, const Plot *p, double k, double ox, double oy)
{
	const Parliament *h = p->house;
	/* Past this many parties, names beside the seats would be a crowd the
	 * legend serves better: count them all as left out, quickly. */
	int shown = 0;
	for (int i = 0; i < h->nparties; i++)
		shown += h->parties[i].seats > 0;
	if (shown > 80) {
		F->scene->hidden += h->nparties;
		for (int i = 0; i < h->nparties; i++)
			if (h->parties[i].seats > 0)
				scene_leave_out(F->scene, h->parties[i].line, "too many parties to label");
		return;
	}
	for (int i = 0; i < h->nparties; i++) {
		const ParlParty *pp = &h->parties[i];
		if (pp->seats == 0) {
			F->scene->hidden++;
			continue;
		}
		/* The party's seats: their centre, and the seat farthest out. */
		double sx = 0, sy = 0, far = -1, top = G_MAXDOUBLE, low = -G_MAXDOUBLE;
		double left = G_MAXDOUBLE, right = -G_MAXDOUBLE;
		int n = 0;
		for (guint j = 0; j < p->seats->len; j++) {
			const PSeat *s = &g_array_index(p->seats, PSeat, j);
			if (s->party != i)
				continue;
			sx += s->x, sy += s->y, n++;
			top = MIN(top, s->y), low = MAX(low, s->y);
			left = MIN(left, s->x), right = MAX(right, s->x);
			double d = hypot(s->x, s->y);
			if (d > far)
				far = d;
		}
		sx /= n, sy /= n;
		/* Off the arch outwards; off a grid or bench above or below,
		 * whichever side of the plot the party is nearer. */
		gboolean up = sy - p->y0 <= p->y1 - sy;
		char *text = g_strdup_printf("%s %d", pp->short_name ? pp->short_name : pp->name,
		                             pp->seats);
		TextStyle st = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
		TextSize sz = text_measure(F->tm, text, &st);
		gboolean found = FALSE;
		double x = 0, y = 0;
		/* Only close by: a label far from its seats names nothing. Over a
		 * grid or bench it may slide along its block; off an arch it may
		 * move to another of the party's outermost seats (the middle one
		 * first, then outwards on both sides), still radially out. */
		static const double slide[] = {0, -0.25, 0.25, -0.5, 0.5};
		int nslide = G_N_ELEMENTS(slide);
		ScenePoint arc[G_N_ELEMENTS(slide)];
		if (p->arch) {
			/* The party's seats on its outermost row, by angle. */
			double mid = atan2(-sy, sx), lo_a = G_MAXDOUBLE, hi_a = -G_MAXDOUBLE;
			for (guint j = 0; j < p->seats->len; j++) {
				const PSeat *s = &g_array_index(p->seats, PSeat, j);
				if (s->party != i || hypot(s->x, s->y) < far - 1e-6)
					continue;
				double t = atan2(-s->y, s->x);
				lo_a = MIN(lo_a, t), hi_a = MAX(hi_a, t);
			}
			mid = CLAMP(mid, lo_a, hi_a);
			for (int sl = 0; sl < nslide; sl++) {
				double t = CLAMP(mid + slide[sl] * (hi_a - lo_a), lo_a, hi_a);
				arc[sl] = (ScenePoint){far * cos(t), -far * sin(t)};
			}
			nslide = hi_a - lo_a > 1e-9 ? nslide : 1;
		}
		/* A long name that finds no room on one line tries again on two
		 * or three short ones, set against the seats. */
		double found_dir = 0;
		for (int pass = 0; pass < 2 && !found; pass++) {
			if (pass == 1) {
				if (sz.w <= LABEL_WRAP)
					break;
				/* Never wider than needed for the longest word: no word
				 * is broken. */
				double word_w = 0;
				char **words = g_strsplit(text, " ", -1);
				for (int w = 0; words[w]; w++)
					if (*words[w])
						word_w = MAX(word_w, text_measure(F->tm, words[w], &st).w);
				g_strfreev(words);
				st.wrap = MAX(LABEL_WRAP, ceil(word_w) + 1);
				if (st.wrap >= sz.w)
					break;
				sz = text_measure(F->tm, text, &st);
			}
		for (int step = 0; step < 9 && !found; step++) {
			for (int sl = 0; sl < nslide && !found; sl++) {
				double dir = p->arch ? atan2(-arc[sl].y, arc[sl].x)
				           : up ? G_PI / 2 : -G_PI / 2;
				found_dir = dir;
				ScenePoint a = p->arch ? (ScenePoint){ox + k * arc[sl].x + cos(dir) * k * p->seat_r,
				                                      oy + k * arc[sl].y - sin(dir) * k * p->seat_r}
				             : up      ? (ScenePoint){ox + k * (sx + slide[sl] * (right - left)),
				                                      oy + k * (top - p->seat_r)}
				                       : (ScenePoint){ox + k * (sx + slide[sl] * (right - left)),
				                                      oy + k * (low + p->seat_r)};
				double d = 2 + step * 1.5;
				double px = a.x + cos(dir) * d, py = a.y - sin(dir) * d;
				x = px - sz.w * (1 - cos(dir)) / 2;
				y = py - sz.h * (1 + sin(dir)) / 2;
				found = seatpage_free(&F->sp, x, y, sz.w, sz.h);
			}
		}
		}
		if (found) {
			if (st.wrap > 0 && cos(found_dir) < -0.2)
				st.align = TEXT_RIGHT;
			SceneItem *it = page_text(&F->sp.pg, "label", text, st, x, y, color_rgb(PAGE_INK));
			it->row = pp->line;
			it->party = g_strdup(pp->name);
		} else {
			F->scene->hidden++;
			scene_leave_out(F->scene, pp->line, "no room for its label");
		}
		g_free(text);
	}
}

/* ---- The page ---- */

/* Draws one plot with its top-left corner of seats at (left, top) at k points
 * per unit, centred in [left, left + width]; returns the bottom of its block.
 * Items are placed from y = 0 and then moved below `top`. */
static double emit_plot(Fig *F, const Plot *p, double k, double left, double width,
                        double top, const char *heading)
{
	SeatBlock blk = seatpage_begin(&F->sp);
	/* Labels stay inside the panel, clear of the panels beside it. */
	double page_lo = F->sp.pg.lo, page_hi = F->sp.pg.hi;
	F->sp.pg.lo = left, F->sp.pg.hi = left + width;
	double ox = left + width / 2 - k * (p->x0 + p->x1) / 2;
	double oy = 0;
	const Parliament *h = p->house;
	for (guint j = 0; j < p->seats->len; j++) {
		const PSeat *s = &g_array_index(p->seats, PSeat, j);
		seatmark_seat(F->scene, &h->parties[s->party], ox + k * s->x, oy + k * s->y,
		              k * p->seat_r);
	}
	emit_lines(F, p, k, ox, oy);
	for (int i = 0; i < p->nnotes; i++) {
		const PNote *pn = &p->notes[i];
		TextStyle st = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
		TextSize sz = seatpage_fit(&F->sp, pn->text, &st);
		double x = CLAMP(ox + k * pn->x - (pn->right ? sz.w : 0), F->sp.pg.lo, F->sp.pg.hi - sz.w);
		double y = oy + k * pn->y - (pn->above ? sz.h : 0);
		/* Narrow benches: names that would meet move away from the seats. */
		for (int tries = 0; tries < 200 && !seatpage_free(&F->sp, x, y, sz.w, sz.h); tries++)
			y += pn->above ? -2 : 2;
		page_text(&F->sp.pg, "note", pn->text, st, x, y, color_rgb(PAGE_MUTED));
	}
	double bottom = emit_total(F, p, k, ox, oy, F->set->n > 1 ? 14 : 26);
	emit_line_labels(F, p, k, ox, oy, F->set->n > 1 ? 7.5 : 8.5);
	if (F->o->labels)
		emit_direct_labels(F, p, k, ox, oy);
	if (p->note) {
		TextStyle st = page_style(8.5, FALSE, FALSE, width, TEXT_CENTER);
		TextSize sz = text_measure(F->tm, p->note, &st);
		/* Under the total and under any party label below the benches. */
		double y = MAX(bottom, seatpage_bottom(&F->sp, F->sp.scan_item)) + 3;
		page_text(&F->sp.pg, "threshold", p->note, st, left + (width - sz.w) / 2, y, color_rgb(PAGE_INK));
	}
	double block_top = seatpage_top(&F->sp, blk.item);
	if (heading) {
		TextStyle st = page_style(9.5, TRUE, FALSE, width, TEXT_LEFT);
		TextSize sz = text_measure(F->tm, heading, &st);
		page_text(&F->sp.pg, "subtitle", heading, st, left, block_top - 4 - sz.h, color_rgb(PAGE_INK));
		block_top -= 4 + sz.h;
	}
	double dy = top - block_top;
	seatpage_move(&F->sp, blk, dy);
	F->sp.pg.lo = page_lo, F->sp.pg.hi = page_hi;
	seatpage_end(&F->sp);
	return seatpage_bottom(&F->sp, blk.item);
}

static gboolean make_plot(const Fig *F, const Parliament *h, Plot *p, GError **err)
{
	switch (F->o->layout) {
	case SEATFIG_WAFFLE: return plot_waffle(F, h, p, err);
	case SEATFIG_WESTMINSTER: return plot_westminster(F, h, p, err);
	default: return plot_arch(F, h, p, err);
	}
}

/* Houses as plots, one seat size for all, in a grid of panels. */
static gboolean layout_plots(Fig *F, double *y, GError **err)
{
	int n = F->set->n;
	Plot *plots = g_new0(Plot, n);
	gboolean ok = TRUE;
	int made = 0;
	while (made < n && ok)
		ok = make_plot(F, &F->set->houses[made], &plots[made], err), made++;
	if (!ok) {
		for (int i = 0; i < made; i++)
			plot_free(&plots[i]);
		g_free(plots);
		return FALSE;
	}
	double avail = F->sp.pg.hi - F->sp.pg.lo;
	int cols = n == 1 ? 1 : n == 2 || n == 4 ? 2 : MIN(n, 3);
	if (avail / cols < 140)
		cols = MAX(1, (int)(avail / 140));
	double colgap = n > 1 ? 18 : 0;
	double cellw = (avail - colgap * (cols - 1)) / cols;
	/* One scale: the seat radius in points is the same in every panel. */
	double seat_pt = G_MAXDOUBLE;
	double share = F->o->layout == SEATFIG_ARCH ? (n == 1 ? (F->o->labels ? 0.74 : 0.86) : 0.94) : 1.0;
	for (int i = 0; i < n; i++) {
		double wu = plots[i].x1 - plots[i].x0;
		seat_pt = MIN(seat_pt, cellw * share / wu * plots[i].seat_r);
	}
	/* Small bodies would give giant dots: cap them, so a council of five
	 * reads as five seats, not as five balloons. */
	seat_pt = MIN(seat_pt, n > 1 ? 10.0 : 13.0);
	/* Small multiples say their totals alike: in every hole at one size
	 * when each has room for it, else under every arch. */
	F->total_size = -1;
	if (n > 1) {
		double common = G_MAXDOUBLE;
		for (int i = 0; i < n; i++)
			common = MIN(common, hole_total_size(F, &plots[i], seat_pt / plots[i].seat_r, 14));
		F->total_size = common;
	}
	double top = *y;
	for (int r = 0; r * cols < n; r++) {
		double row_bottom = top;
		for (int c = 0; c < cols && r * cols + c < n; c++) {
			int i = r * cols + c;
			double k = seat_pt / plots[i].seat_r;
			double left = F->sp.pg.lo + c * (cellw + colgap);
			scene_set_panel(F->scene, n > 1 ? i : -1);
			double b = emit_plot(F, &plots[i], k, left, cellw, top,
			                     n > 1 ? F->set->houses[i].election : NULL);
			row_bottom = MAX(row_bottom, b);
		}
		top = row_bottom + SEATPAGE_GAP + 4;
	}
	scene_set_panel(F->scene, -1);
	*y = top - SEATPAGE_GAP - 4;
	for (int i = 0; i < n; i++)
		plot_free(&plots[i]);
	g_free(plots);
	return TRUE;
}

Scene *seatfig_layout(const ParlSet *set, const SeatFigOptions *o,
                      const ChartOptions *co, TextMeasurer *tm, GError **err)
{
	/* Below this a legend line cannot hold a name and its seats. */
	if (co->width < SEATFIG_MIN_WIDTH) {
		diag_fail(err, DIAG_USAGE, "--size: a seat chart needs a page at least "
		          "%.0fpt (2in) wide, the page is %.0fpt", SEATFIG_MIN_WIDTH, co->width);
		return NULL;
	}
	Fig F = {.set = set, .o = o, .co = co, .tm = tm, .lang = co->lang};
	F.scene = scene_new(co->width, co->height);
	seatpage_init(&F.sp, F.scene, tm, co);
	double y = page_heading(&F.sp.pg, PAGE_MARGIN);
	if (co->title || co->subtitle)
		y += SEATPAGE_GAP;
	gboolean ok = o->layout == SEATFIG_BAR ? plot_bar_emit(&F.sp, set, o, &y, err)
	                                       : layout_plots(&F, &y, err);
	if (ok) {
		y = seatlegend_emit(&F.sp, set, y + SEATPAGE_GAP + 4);
		if (co->caption && *co->caption)
			y = page_paragraph(&F.sp.pg, y + SEATPAGE_GAP, "note", co->caption,
			                   page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT),
			                   color_rgb(PAGE_MUTED));
		double need = ceil(y + PAGE_MARGIN);
		if (co->height <= 0)
			F.scene->height = need;
		else if (co->height < need)
			ok = diag_fail(err, DIAG_USAGE, "--size: the chart needs a page %.0fpt "
			               "tall at this width, the page is %.0fpt; give a larger "
			               "height or a width alone", need, co->height);
	}
	seatpage_clear(&F.sp);
	if (!ok) {
		scene_free(F.scene);
		return NULL;
	}
	return F.scene;
}
