/* seatlabside: label sides around a plot; see seatlabside.h. Where a
 * label then stands on its side is seatlabplace's. */
#include "seatlabside.h"

#include <math.h>
#include <string.h>

#define SIZE 7.5             /* label text */
#define WRAP 60.0            /* a long name wraps at this, or its longest word */

void seatlabside_init_plot(Labeller *L, SeatPage *sp, const SeatPlot *p, SeatPlotPos at)
{
	*L = (Labeller){.sp = sp, .arch = p->arch, .seat_r = at.k * p->seat_r};
	L->seats = g_array_new(FALSE, FALSE, sizeof(LabSeat));
	L->top = L->left = G_MAXDOUBLE, L->bottom = L->right = -G_MAXDOUBLE;
	for (guint j = 0; j < p->seats->len; j++) {
		const SeatPlotSeat *s = &g_array_index(p->seats, SeatPlotSeat, j);
		ScenePoint c = seatplot_point(at, s->x, s->y);
		LabSeat ls = {c.x, c.y, s->party};
		g_array_append_val(L->seats, ls);
		L->top = MIN(L->top, c.y - L->seat_r), L->bottom = MAX(L->bottom, c.y + L->seat_r);
		L->left = MIN(L->left, c.x - L->seat_r), L->right = MAX(L->right, c.x + L->seat_r);
	}
	ScenePoint o = seatplot_point(at, 0, 0);
	L->cx = o.x, L->cy = o.y, L->R = at.k;
	L->band_lo = p->band_lo, L->band_hi = p->band_hi;
}

void seatlabside_init_bar(Labeller *L, SeatPage *sp, double left, double right,
                          double top, double bottom)
{
	*L = (Labeller){.sp = sp, .top = top, .bottom = bottom, .left = left, .right = right};
}

void seatlabside_clear(Labeller *L)
{
	if (L->seats)
		g_array_free(L->seats, TRUE);
	L->seats = NULL;
}

/* ---- Anchors ---- */

/* For g_array_sort: doubles, smallest first. */
static gint by_double(gconstpointer p, gconstpointer q)
{
	double a = *(const double *)p, b = *(const double *)q;
	return (a > b) - (a < b);
}

/* Off an arch, b's leader leaves from the outer seat of slot k. */
static void use_slot(const Labeller *L, Label *b, int k)
{
	double t = b->slot_theta[k], ra = b->slot_far + L->seat_r, re = L->R + SEATLAB_RING;
	b->theta = t;
	b->elbow = (ScenePoint){L->cx + re * cos(t), L->cy - re * sin(t)};
	for (Side s = SIDE_LEFT; s <= SIDE_TOP; s++)
		b->anchor[s] = (ScenePoint){L->cx + ra * cos(t), L->cy - ra * sin(t)};
	b->span0 = b->span1 = b->elbow.x;
}

static void anchor_arch(Labeller *L, Label *b, int party)
{
	double far = -1, sum = 0;
	int n = 0;
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *s = &g_array_index(L->seats, LabSeat, j);
		if (s->party == party) {
			far = MAX(far, hypot(s->x - L->cx, s->y - L->cy));
			sum += atan2(L->cy - s->y, s->x - L->cx), n++;
		}
	}
	/* The outer seats nearest the party's middle angle and a quarter and
	 * a half of its outer arc either side: the leader starts on one's edge,
	 * the middle one first. */
	double mid = sum / MAX(n, 1), lo_a = G_MAXDOUBLE, hi_a = -G_MAXDOUBLE;
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *s = &g_array_index(L->seats, LabSeat, j);
		double a = atan2(L->cy - s->y, s->x - L->cx);
		if (s->party == party && hypot(s->x - L->cx, s->y - L->cy) >= far - 0.3 * L->seat_r)
			lo_a = MIN(lo_a, a), hi_a = MAX(hi_a, a);
	}
	static const double slide[MAX_SLOTS] = {0, -0.25, 0.25, -0.5, 0.5};
	b->nslots = 0;
	for (int k = 0; k < MAX_SLOTS; k++) {
		double want = CLAMP(mid, lo_a, hi_a) + slide[k] * (hi_a - lo_a), t = want;
		double best = G_MAXDOUBLE;
		for (guint j = 0; j < L->seats->len; j++) {
			const LabSeat *s = &g_array_index(L->seats, LabSeat, j);
			double a = atan2(L->cy - s->y, s->x - L->cx);
			if (s->party == party && hypot(s->x - L->cx, s->y - L->cy) >= far - 0.3 * L->seat_r &&
			    fabs(a - want) < best)
				best = fabs(a - want), t = a;
		}
		gboolean seen = FALSE;
		for (int m = 0; m < b->nslots; m++)
			seen |= fabs(b->slot_theta[m] - t) < 1e-9;
		if (!seen)
			b->slot_theta[b->nslots++] = t;
	}
	b->slot_far = far;
	for (int k = 0; k < b->nslots; k++)
		b->slot_order[k] = k;
	for (Side s = SIDE_LEFT; s <= SIDE_TOP; s++)
		b->exposed[s] = TRUE;
	use_slot(L, b, 0);
}

/* Under an arch: from the party's seats on the baseline (the lowest), the
 * middle one, straight down, to its foot column or the row under it.
 * FALSE when it has none there. */
static gboolean anchor_foot(Labeller *L, Label *b, int party, Side s)
{
	double low = -G_MAXDOUBLE;
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *a = &g_array_index(L->seats, LabSeat, j);
		low = MAX(low, a->y);
	}
	GArray *xs = g_array_new(FALSE, FALSE, sizeof(double));
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *a = &g_array_index(L->seats, LabSeat, j);
		if (a->party == party && a->y > low - 0.3 * L->seat_r &&
		    (s == SIDE_FOOT_LEFT) == (a->x < L->cx))
			g_array_append_val(xs, a->x);
	}
	if (xs->len > 0) {
		g_array_sort(xs, by_double);
		double x = g_array_index(xs, double, (xs->len - 1) / 2);
		b->anchor[s] = b->anchor[SIDE_BOTTOM] = (ScenePoint){x, low + L->seat_r};
		b->exposed[s] = b->exposed[SIDE_BOTTOM] = TRUE;
	}
	gboolean any = xs->len > 0;
	g_array_free(xs, TRUE);
	return any;
}

/* Whether seat a is the last of its column (TOP, BOTTOM) or row (LEFT,
 * RIGHT) toward side s: no other seat lies beyond it in its lane. */
static gboolean outermost(const Labeller *L, const LabSeat *a, Side s)
{
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *o = &g_array_index(L->seats, LabSeat, j);
		gboolean lane = s >= SIDE_TOP ? fabs(o->x - a->x) < L->seat_r
		                              : fabs(o->y - a->y) < L->seat_r;
		if (!lane)
			continue;
		if ((s == SIDE_TOP && o->y < a->y - 1e-6) || (s == SIDE_BOTTOM && o->y > a->y + 1e-6) ||
		    (s == SIDE_LEFT && o->x < a->x - 1e-6) || (s == SIDE_RIGHT && o->x > a->x + 1e-6))
			return FALSE;
	}
	return TRUE;
}

/* Whether party's seats face side s, and its anchor there: the middle of
 * the seats that face it. A party inside a grid faces no band; its
 * topmost and bottommost seats serve as anchors over and under it all the
 * same, for a leader that will have to cross seats (the last resort). */
static void anchor_side(Labeller *L, Label *b, int party, Side s)
{
	GArray *at = g_array_new(FALSE, FALSE, sizeof(LabSeat));
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *a = &g_array_index(L->seats, LabSeat, j);
		if (a->party == party && outermost(L, a, s))
			g_array_append_val(at, *a);
	}
	b->through[s] = at->len == 0;
	if (at->len == 0 && s >= SIDE_TOP) {
		double edge = s == SIDE_TOP ? G_MAXDOUBLE : -G_MAXDOUBLE;
		for (guint j = 0; j < L->seats->len; j++) {
			const LabSeat *a = &g_array_index(L->seats, LabSeat, j);
			if (a->party == party)
				edge = s == SIDE_TOP ? MIN(edge, a->y) : MAX(edge, a->y);
		}
		for (guint j = 0; j < L->seats->len; j++) {
			const LabSeat *a = &g_array_index(L->seats, LabSeat, j);
			if (a->party == party && fabs(a->y - edge) < 1e-6)
				g_array_append_val(at, *a);
		}
	}
	if (at->len > 0) {
		double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
		for (guint k = 0; k < at->len; k++) {
			const LabSeat *a = &g_array_index(at, LabSeat, k);
			lo = MIN(lo, s >= SIDE_TOP ? a->x : a->y);
			hi = MAX(hi, s >= SIDE_TOP ? a->x : a->y);
		}
		/* The seat nearest the middle of the run. */
		const LabSeat *m = &g_array_index(at, LabSeat, 0);
		for (guint k = 1; k < at->len; k++) {
			const LabSeat *a = &g_array_index(at, LabSeat, k);
			double va = s >= SIDE_TOP ? a->x : a->y, vm = s >= SIDE_TOP ? m->x : m->y;
			if (fabs(va - (lo + hi) / 2) < fabs(vm - (lo + hi) / 2))
				m = a;
		}
		double r = L->seat_r;
		b->exposed[s] = TRUE;
		b->anchor[s] = s == SIDE_TOP ? (ScenePoint){m->x, m->y - r}
		             : s == SIDE_BOTTOM ? (ScenePoint){m->x, m->y + r}
		             : s == SIDE_LEFT ? (ScenePoint){m->x - r, m->y}
		                              : (ScenePoint){m->x + r, m->y};
		if (s == SIDE_TOP || s == SIDE_BOTTOM)
			b->span0 = lo - r, b->span1 = hi + r;
	}
	g_array_free(at, TRUE);
}

/* How far b's anchor on side s is from where its label stands: the edge
 * of the seats for a band; a column beside a grid follows the ends of
 * the rows (seatlabplace), so a party at the end of its row is next to it. */
static double reach(const Labeller *L, const Label *b, Side s)
{
	ScenePoint a = b->anchor[s];
	switch (s) {
	case SIDE_TOP: return a.y - L->top;
	case SIDE_BOTTOM: return L->bottom - a.y;
	default: return 0;
	}
}

int seatlabside_anchor_plot(Labeller *L, Label *b, int party, Side *order)
{
	int n = 0;
	if (L->arch) {
		/* A party of an end band under its end, in the column of its
		 * band. Another over the arch when it sits near its top, else
		 * beside it on its own side first; over it from low down, or
		 * across to the other side, only where the leader stays short of
		 * the far end; under its end last, if it stands on the baseline
		 * there (next to a band). */
		anchor_arch(L, b, party);
		gboolean left = b->theta >= G_PI / 2 - 1e-9;
		Side foot = left ? SIDE_FOOT_LEFT : SIDE_FOOT_RIGHT;
		if (party < L->band_lo || party >= L->band_hi) {
			foot = party < L->band_lo ? SIDE_FOOT_LEFT : SIDE_FOOT_RIGHT;
			if (anchor_foot(L, b, party, foot)) {
				order[n++] = foot;
				order[n++] = SIDE_BOTTOM;
				return n;
			}
		}
		double off = fabs(b->theta - G_PI / 2);
		Side own = left ? SIDE_LEFT : SIDE_RIGHT, other = left ? SIDE_RIGHT : SIDE_LEFT;
		gboolean high = off < G_PI / 6;
		order[n++] = high ? SIDE_TOP : own;
		if (high || off < G_PI / 3)
			order[n++] = high ? own : SIDE_TOP;
		if (off < G_PI / 4)
			order[n++] = other;
		if (anchor_foot(L, b, party, foot)) {
			order[n++] = foot;
			order[n++] = SIDE_BOTTOM;
		}
		return n;
	}
	/* Over, under, then beside; a party whose seats face both bands
	 * takes them in turn with the others that do, so neighbours share
	 * the room. */
	Side pref[] = {SIDE_TOP, SIDE_BOTTOM, SIDE_RIGHT, SIDE_LEFT};
	for (size_t s = 0; s < G_N_ELEMENTS(pref); s++)
		anchor_side(L, b, party, pref[s]);
	if (b->exposed[SIDE_TOP] && !b->through[SIDE_TOP] && b->exposed[SIDE_BOTTOM] &&
	    !b->through[SIDE_BOTTOM] && L->both++ % 2 == 1)
		pref[0] = SIDE_BOTTOM, pref[1] = SIDE_TOP;
	/* The sides it faces, nearest first (a bench's end may face a band
	 * from far off), then those a leader reaches over seats. */
	for (int through = 0; through <= 1; through++) {
		int from = n;
		for (size_t s = 0; s < G_N_ELEMENTS(pref); s++)
			if (b->exposed[pref[s]] && b->through[pref[s]] == through)
				order[n++] = pref[s];
		for (int i = from + 1; i < n; i++)
			for (int j = i; j > from && reach(L, b, order[j]) <
			                             reach(L, b, order[j - 1]) - 2 * L->seat_r; j--) {
				Side t = order[j];
				order[j] = order[j - 1], order[j - 1] = t;
			}
	}
	return n;
}

void seatlabside_anchor_bar(Labeller *L, Label *b, double x0, double x1)
{
	double mid = (x0 + x1) / 2;
	b->exposed[SIDE_BOTTOM] = b->exposed[SIDE_TOP] = TRUE;
	b->anchor[SIDE_BOTTOM] = (ScenePoint){mid, L->bottom};
	b->anchor[SIDE_TOP] = (ScenePoint){mid, L->top};
	b->span0 = x0, b->span1 = x1;
}

/* ---- Text ---- */

static TextStyle style_for(Side side, Form form)
{
	TextAlign a = side == SIDE_LEFT || side == SIDE_FOOT_RIGHT ? TEXT_RIGHT
	            : side == SIDE_RIGHT || side == SIDE_FOOT_LEFT ? TEXT_LEFT
	                                                           : TEXT_CENTER;
	return page_style(SIZE, form == FORM_NUMBER, FALSE, 0, a);
}

/* The width a long text wraps at: at least its longest word, and at
 * least `least`. */
static double wrap_width(TextMeasurer *tm, const char *text, const TextStyle *st,
                         double least)
{
	double word_w = 0;
	char **words = g_strsplit(text, " ", -1);
	for (int w = 0; words[w]; w++)
		if (*words[w])
			word_w = MAX(word_w, text_measure(tm, words[w], st).w);
	g_strfreev(words);
	return MAX(least, ceil(word_w) + 1);
}

void seatlabside_measure(const Labeller *L, Label *b)
{
	if (b->try >= b->ntries)
		return;
	TextMeasurer *tm = seatpage_tm(L->sp);
	Try t = b->tries[b->try];
	if (L->arch)
		use_slot(L, b, t.slot);
	b->st = style_for(t.side, t.form);
	b->text = t.form == FORM_NUMBER ? b->num : b->name;
	if (t.form == FORM_WRAPPED || t.form == FORM_NARROW)
		b->st.wrap = wrap_width(tm, b->text, &b->st, t.form == FORM_NARROW ? 0 : WRAP);
	b->sz = text_measure(tm, b->text, &b->st);
}

double seatlabside_width(TextMeasurer *tm, const char *text)
{
	TextStyle st = style_for(SIDE_LEFT, FORM_NAME);
	double w = text_measure(tm, text, &st).w;
	if (w > WRAP) {
		st.wrap = wrap_width(tm, text, &st, WRAP);
		w = MIN(w, text_measure(tm, text, &st).w);
	}
	return w + SEATLAB_RING + SEATLAB_GUTTER + 1;
}
