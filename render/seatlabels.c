/* seatlabels: parties named beside their seats; see seatlabels.h. */
#include "seatlabels.h"
#include "seatmark.h"

#include <math.h>

#define SIZE 7.5
#define WRAP 64.0            /* a name that finds no room on one line wraps at this */
#define MAX_PARTIES 80       /* past this many, names beside seats would be a crowd */
#define STEPS 9              /* tries outwards from a spot, 1.5 pt apart */

/* Where a label may go: over a grid or bench it may slide along its block;
 * off an arch it may move to another of the party's outermost seats (the
 * middle one first, then outwards on both sides). */
static const double slide[] = {0, -0.25, 0.25, -0.5, 0.5};
#define NSLIDE ((int)G_N_ELEMENTS(slide))

/* A point at the edge of a party's seats and the way a label moves out
 * from it (radians, y up). */
typedef struct Spot { ScenePoint a; double dir; } Spot;

/* The party's seats in plot units: their centre, the distance of the one
 * farthest from (0, 0), and their extent. */
typedef struct Extent { double sx, sy, far, top, low, left, right; } Extent;

static Extent party_extent(const SeatPlot *p, int party)
{
	Extent e = {0, 0, -1, G_MAXDOUBLE, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE};
	int n = 0;
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		if (s->party != party)
			continue;
		e.sx += s->x, e.sy += s->y, n++;
		e.top = MIN(e.top, s->y), e.low = MAX(e.low, s->y);
		e.left = MIN(e.left, s->x), e.right = MAX(e.right, s->x);
		double d = hypot(s->x, s->y);
		if (d > e.far)
			e.far = d;
	}
	e.sx /= n, e.sy /= n;
	return e;
}

/* Off an arch: radially out from points of the party's outermost row,
 * spread by angle. Returns how many (one when they all sit at one angle). */
static int arch_spots(const SeatPlot *p, SeatPlotPos at, int party, const Extent *e,
                      Spot *spots)
{
	double mid = atan2(-e->sy, e->sx), lo_a = G_MAXDOUBLE, hi_a = -G_MAXDOUBLE;
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		if (s->party != party || hypot(s->x, s->y) < e->far - 1e-6)
			continue;
		double t = atan2(-s->y, s->x);
		lo_a = MIN(lo_a, t), hi_a = MAX(hi_a, t);
	}
	mid = CLAMP(mid, lo_a, hi_a);
	double k = at.k;
	for (int sl = 0; sl < NSLIDE; sl++) {
		double t = CLAMP(mid + slide[sl] * (hi_a - lo_a), lo_a, hi_a);
		ScenePoint arc = {e->far * cos(t), -e->far * sin(t)};
		double dir = atan2(-arc.y, arc.x);
		spots[sl] = (Spot){{at.ox + k * arc.x + cos(dir) * k * p->seat_r,
		                    at.oy + k * arc.y - sin(dir) * k * p->seat_r}, dir};
	}
	return hi_a - lo_a > 1e-9 ? NSLIDE : 1;
}

/* Off a grid or benches: above or below, whichever side of the plot the
 * party is nearer, sliding along its block. */
static int block_spots(const SeatPlot *p, SeatPlotPos at, const Extent *e, Spot *spots)
{
	gboolean up = e->sy - p->y0 <= p->y1 - e->sy;
	double k = at.k;
	for (int sl = 0; sl < NSLIDE; sl++) {
		double x = at.ox + k * (e->sx + slide[sl] * (e->right - e->left));
		spots[sl] = up ? (Spot){{x, at.oy + k * (e->top - p->seat_r)}, G_PI / 2}
		               : (Spot){{x, at.oy + k * (e->low + p->seat_r)}, -G_PI / 2};
	}
	return NSLIDE;
}

/* The first free box of size sz out from the spots, nearest first; sets
 * (*x, *y) and *dir to it. Only close by: a label far from its seats names
 * nothing. */
static gboolean seek(const SeatPage *sp, const Spot *spots, int nspots, TextSize sz,
                     double *x, double *y, double *dir)
{
	for (int step = 0; step < STEPS; step++)
		for (int sl = 0; sl < nspots; sl++) {
			double c = cos(spots[sl].dir), s = sin(spots[sl].dir);
			double d = 2 + step * 1.5;
			double px = spots[sl].a.x + c * d, py = spots[sl].a.y - s * d;
			*x = px - sz.w * (1 - c) / 2;
			*y = py - sz.h * (1 + s) / 2;
			*dir = spots[sl].dir;
			if (seatpage_free(sp, *x, *y, sz.w, sz.h))
				return TRUE;
		}
	return FALSE;
}

/* A long name set on two or three short lines instead, never narrower than
 * its longest word (no word is broken): sets st->wrap and *sz. FALSE when
 * that would not make it narrower. */
static gboolean wrap_words(const SeatPage *sp, const char *text, TextStyle *st,
                           TextSize *sz)
{
	if (sz->w <= WRAP)
		return FALSE;
	double word_w = 0;
	char **words = g_strsplit(text, " ", -1);
	for (int w = 0; words[w]; w++)
		if (*words[w])
			word_w = MAX(word_w, text_measure(seatpage_tm(sp), words[w], st).w);
	g_strfreev(words);
	st->wrap = MAX(WRAP, ceil(word_w) + 1);
	if (st->wrap >= sz->w)
		return FALSE;
	*sz = text_measure(seatpage_tm(sp), text, st);
	return TRUE;
}

static void label_party(SeatPage *sp, const SeatPlot *p, SeatPlotPos at, int i)
{
	const ParlParty *pp = &p->house->parties[i];
	Extent e = party_extent(p, i);
	Spot spots[NSLIDE];
	int nspots = p->arch ? arch_spots(p, at, i, &e, spots) : block_spots(p, at, &e, spots);
	char *text = g_strdup_printf("%s %d", pp->short_name ? pp->short_name : pp->name,
	                             pp->seats);
	TextStyle st = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextSize sz = text_measure(seatpage_tm(sp), text, &st);
	double x, y, dir;
	gboolean found = seek(sp, spots, nspots, sz, &x, &y, &dir) ||
	                 (wrap_words(sp, text, &st, &sz) &&
	                  seek(sp, spots, nspots, sz, &x, &y, &dir));
	if (found) {
		/* Wrapped lines set against the seats on the left side. */
		if (st.wrap > 0 && cos(dir) < -0.2)
			st.align = TEXT_RIGHT;
		seatmark_tag(page_text(&sp->pg, "label", text, st, x, y, color_rgb(PAGE_INK)), pp);
	} else {
		seatpage_scene(sp)->hidden++;
		scene_leave_out(seatpage_scene(sp), pp->line, "no room for its label");
	}
	g_free(text);
}

void seatlabels_emit(SeatPage *sp, const SeatPlot *p, SeatPlotPos at)
{
	const Parliament *h = p->house;
	Scene *s = seatpage_scene(sp);
	int shown = 0;
	for (int i = 0; i < h->nparties; i++)
		shown += h->parties[i].seats > 0;
	if (shown > MAX_PARTIES) {
		/* Counted as left out, quickly. */
		s->hidden += h->nparties;
		for (int i = 0; i < h->nparties; i++)
			if (h->parties[i].seats > 0)
				scene_leave_out(s, h->parties[i].line, "too many parties to label");
		return;
	}
	for (int i = 0; i < h->nparties; i++) {
		if (h->parties[i].seats == 0)
			s->hidden++;
		else
			label_party(sp, p, at, i);
	}
}
