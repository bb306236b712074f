/* plot_bar: houses as stacked bars; see plot_bar.h. */
#include "plot_bar.h"
#include "seatcut.h"
#include "seatlabels.h"
#include "seatmark.h"

#include <math.h>

#define BAR_HEIGHT 22.0
#define TEXT_SIZE 8.0        /* threshold labels, counts, totals */
#define HEAD_SIZE 8.5        /* election names left of the bars */
#define LINE_OVERHANG 4.0    /* threshold lines stand out past the bar */

/* One house's bar: seat s of h is at x0 + len * s / total; laid out at y and
 * moved into place with its block. */
typedef struct BarRow {
	const Parliament *h;
	double x0, len, y;
} BarRow;

static double bar_at(const BarRow *r, long seats)
{
	return r->x0 + r->len * seats / r->h->total;
}

/* Segments at exact seat positions, each inset by half its outline. */
static void emit_segments(SeatPage *sp, const BarRow *r)
{
	long cum = 0;
	for (int p = 0; p < r->h->nparties; p++) {
		const ParlParty *pp = &r->h->parties[p];
		double a = bar_at(r, cum);
		cum += pp->seats;
		double b = bar_at(r, cum);
		if (pp->seats == 0)
			continue;
		SeatMark m = seatmark_of(pp, 10);
		double lw = m.line_width;
		SceneItem *it = scene_rect(seatpage_scene(sp), "bar", a + lw / 2, r->y + lw / 2,
		                           b - a - lw, BAR_HEIGHT - lw, m.fill, m.stroke, lw);
		it->hatch = m.hatch;
		seatmark_tag(it, pp);
	}
}

/* Labels above the bar, stacked upwards when they would collide; a leader
 * joins a label that had to move to its line. */
static void emit_cut_label(SeatPage *sp, const BarRow *r, const SeatCut *c)
{
	const Page *pg = &sp->pg;
	double x = bar_at(r, c->seats);
	TextStyle st = page_style(TEXT_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize sz = seatpage_fit(sp, c->label, &st);
	double lx = CLAMP(x - sz.w / 2, pg->lo, pg->hi - sz.w);
	double ly = r->y - 6 - sz.h;
	while (!seatpage_free(sp, lx, ly, sz.w, sz.h) && ly > r->y - 400)
		ly -= 2;
	if (fabs(lx + sz.w / 2 - x) > 1 || ly < r->y - 6 - sz.h - 0.5)
		scene_line(seatpage_scene(sp), "leader", x, r->y - LINE_OVERHANG,
		           CLAMP(x, lx, lx + sz.w), ly + sz.h, 0.4, color_rgb(PAGE_MUTED));
	page_text(&sp->pg, "threshold", c->label, st, lx, ly, color_rgb(PAGE_INK));
}

/* How far a threshold line (its halo's edge) keeps from any text. */
#define TEXT_CLEAR 1.0
#define MAX_PIECES 16

typedef struct Span { double y0, y1; } Span;

static int by_start(const void *a, const void *b)
{
	const Span *p = a, *q = b;
	return (p->y0 > q->y0) - (p->y0 < q->y0);
}

/* The stretches of the vertical at x from top to bottom that keep pad clear
 * of every text of the block (a count inside a segment, the total under
 * the bar), into pieces; returns how many. */
static int clear_pieces(const SeatPage *sp, double x, double pad, double top, double bottom,
                        Span pieces[MAX_PIECES])
{
	const Scene *s = seatpage_scene(sp);
	GArray *blocked = g_array_new(FALSE, FALSE, sizeof(Span));
	for (guint i = sp->scan_item; i < s->items->len; i++) {
		const SceneItem *t = &g_array_index(s->items, SceneItem, i);
		if (t->kind != SCENE_TEXT || x < t->x - pad || x > t->x + t->w + pad)
			continue;
		Span b = {t->y - pad, t->y + t->h + pad};
		g_array_append_val(blocked, b);
	}
	g_array_sort(blocked, by_start);
	int n = 0;
	double y = top;
	for (guint i = 0; i <= blocked->len && n < MAX_PIECES; i++) {
		double end = i < blocked->len ? g_array_index(blocked, Span, i).y0 : bottom;
		if (MIN(end, bottom) > y)
			pieces[n++] = (Span){y, MIN(end, bottom)};
		if (i < blocked->len)
			y = MAX(y, g_array_index(blocked, Span, i).y1);
	}
	g_array_free(blocked, TRUE);
	return n;
}

/* Each line across the bar, standing out past it, in pieces around the
 * texts already there: a line never strikes through a count. */
static void emit_cut_lines(SeatPage *sp, const BarRow *r, GArray *cuts)
{
	for (guint t = 0; t < cuts->len; t++) {
		const SeatCut *c = seatcut_at(cuts, t);
		double x = bar_at(r, c->seats);
		SeatLineMark m = seatmark_line(c->kind);
		Span pieces[MAX_PIECES];
		int n = clear_pieces(sp, x, m.halo / 2 + TEXT_CLEAR, r->y - LINE_OVERHANG,
		                     r->y + BAR_HEIGHT + LINE_OVERHANG, pieces);
		for (int k = 0; k < n; k++)
			seatmark_cut_line(seatpage_scene(sp), c->kind, x, pieces[k].y0, pieces[k].y1,
			                  MAX(pieces[k].y0, r->y), MIN(pieces[k].y1, r->y + BAR_HEIGHT));
	}
}

/* Seat counts inside their segments, where they fit, in black or white,
 * whichever stands out more on the segment as drawn; counted[p] says
 * which. Without --labels the legend has the others (counted as hidden,
 * no --strict failure). */
static void emit_counts(SeatPage *sp, const BarRow *r, gboolean *counted, gboolean labels)
{
	long cum = 0;
	Lang l = seatpage_lang(sp);
	for (int p = 0; p < r->h->nparties; p++) {
		const ParlParty *pp = &r->h->parties[p];
		double a = bar_at(r, cum);
		cum += pp->seats;
		double b = bar_at(r, cum);
		char *v = lang_integer(l, pp->seats);
		TextStyle st = page_style(TEXT_SIZE, TRUE, FALSE, 0, TEXT_LEFT);
		TextSize sz = text_measure(seatpage_tm(sp), v, &st);
		counted[p] = pp->seats > 0 && sz.w + 4 <= b - a && sz.h <= BAR_HEIGHT;
		if (counted[p]) {
			/* A vacant segment is hollow: its count stands on the paper. */
			SeatMark m = seatmark_of(pp, 10);
			Color fill = m.fill.a > 0 ? m.fill : color_rgb(0xffffff);
			SceneItem *it = page_text(&sp->pg, "label", v, st, (a + b - sz.w) / 2,
			                          r->y + (BAR_HEIGHT - sz.h) / 2, color_text_on(fill));
			seatmark_tag(it, pp);
		} else if (!labels) {
			seatpage_scene(sp)->hidden++;
		}
		g_free(v);
	}
}

/* "107 seats" under the bar's right end, and under the names there. */
static void emit_total(SeatPage *sp, const BarRow *r)
{
	const Page *pg = &sp->pg;
	double under = r->y + BAR_HEIGHT + 3;
	for (guint i = pg->scan_box; i < pg->boxes->len; i++) {
		const PageBox *b = &g_array_index(pg->boxes, PageBox, i);
		if (b->y >= r->y + BAR_HEIGHT)
			under = MAX(under, b->y + b->h + 4);
	}
	int total = r->h->total;
	char *n = lang_integer(seatpage_lang(sp), total);
	char *tot = g_strdup_printf("%s %s", n, lang_word(seatpage_lang(sp), LANG_W_SEATS, total));
	TextStyle ts = page_style(TEXT_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize tsz = seatpage_fit(sp, tot, &ts);
	double tx = r->x0 + r->len - tsz.w;
	page_text(&sp->pg, "total", tot, ts, MAX(tx, r->x0), under, color_rgb(PAGE_MUTED));
	g_free(tot);
	g_free(n);
}

/* With --labels, every party named under the bar (else over it). */
static gboolean emit_names(SeatPage *sp, const BarRow *r, const gboolean *counted,
                           const ParlLineage *lineages)
{
	int n = r->h->nparties;
	double *x0 = g_new(double, n), *x1 = g_new(double, n);
	long cum = 0;
	for (int p = 0; p < n; p++) {
		x0[p] = bar_at(r, cum);
		cum += r->h->parties[p].seats;
		x1[p] = bar_at(r, cum);
	}
	gboolean keyed = seatlabels_emit_bar(sp, r->h, x0, x1, counted, r->y,
	                                     r->y + BAR_HEIGHT, lineages);
	g_free(x0);
	g_free(x1);
	return keyed;
}

/* The election's name left of its bar, wrapped at headw. */
static void emit_head(SeatPage *sp, const BarRow *r, double headw)
{
	TextStyle st = page_style(HEAD_SIZE, TRUE, FALSE, headw, TEXT_LEFT);
	TextSize sz = text_measure(seatpage_tm(sp), r->h->election, &st);
	page_text(&sp->pg, "subtitle", r->h->election, st, sp->pg.lo,
	          r->y + (BAR_HEIGHT - sz.h) / 2, color_rgb(PAGE_INK));
}

/* The width of the election names' column: their widest, at most 0.3 of
 * the page; 0 for one house. */
static double head_width(const SeatPage *sp, const ParlSet *set)
{
	double headw = 0;
	TextStyle hs = page_style(HEAD_SIZE, TRUE, FALSE, 0, TEXT_LEFT);
	for (int i = 0; i < set->n && set->n > 1; i++)
		headw = MAX(headw, text_measure(seatpage_tm(sp), set->houses[i].election, &hs).w);
	return MIN(headw, (sp->pg.hi - sp->pg.lo) * 0.3);
}

gboolean plot_bar_emit(SeatPage *sp, const ParlSet *set, const SeatFigOptions *o,
                       double *y, gboolean *keyed, GError **err)
{
	int n = set->n, maxn = 1;
	for (int i = 0; i < n; i++)
		maxn = MAX(maxn, set->houses[i].total);
	double headw = head_width(sp, set);
	double x0 = sp->pg.lo + (headw > 0 ? headw + 8 : 0);
	double len = sp->pg.hi - x0;
	double top = *y;
	for (int i = 0; i < n; i++) {
		const Parliament *h = &set->houses[i];
		scene_set_panel(seatpage_scene(sp), n > 1 ? i : -1);
		SeatBlock blk = seatpage_begin(sp);
		BarRow r = {h, x0, len * h->total / maxn, 0};
		emit_segments(sp, &r);
		GArray *cuts = seatcut_list(h, o->majority, o->thresholds, o->nthresholds,
		                            seatpage_lang(sp), err);
		if (!cuts)
			return FALSE;
		gboolean *counted = g_new0(gboolean, MAX(h->nparties, 1));
		emit_counts(sp, &r, counted, o->labels);
		if (n > 1)
			emit_head(sp, &r, headw);
		if (o->labels)
			*keyed |= emit_names(sp, &r, counted, set->lineages);
		emit_total(sp, &r);
		/* Lines after the texts on and under the bar, which they go round;
		 * their labels last, clear of all of it. */
		emit_cut_lines(sp, &r, cuts);
		for (guint t = 0; t < cuts->len; t++)
			emit_cut_label(sp, &r, seatcut_at(cuts, t));
		g_array_free(cuts, TRUE);
		g_free(counted);
		seatpage_move(sp, blk, top - seatpage_top(sp, blk.item));
		top = seatpage_bottom(sp, blk.item) + SEATPAGE_GAP;
	}
	seatpage_end(sp);
	scene_set_panel(seatpage_scene(sp), -1);
	*y = top - SEATPAGE_GAP;
	return TRUE;
}
