/* seatlabside: label sides around a plot; see seatlabside.h.
 *
 * Every side is a straight line the labels stand beyond, and every leader
 * runs from the party's seats to that line, never past it: no leader can
 * cross a label of its own side, and labels kept in the order of their
 * anchors keep their leaders from crossing one another. Beside an arch the
 * line stands GUTTER outside the ring the leaders bend on (radially out of
 * the party's outer seats to the ring, then straight to the label); a
 * label's bounds are the run of places around its ideal one where that
 * leader clears the seats. Over and under a grid or bar the line runs
 * BAND_GAP from the seats. */
#include "seatlabside.h"
#include "spread.h"

#include <math.h>
#include <string.h>

#define SIZE 7.5             /* label text */
#define WRAP 60.0            /* a long name wraps at this, or its longest word */
#define CLEAR 4.0            /* a label to any other text */
#define INK_PAD 1.5          /* a label to seats and lines */
#define LEADER_PAD 1.0       /* a leader to text */
#define BAND_GAP 7.0         /* a band or column to the seats: room for leaders */
#define RING 3.0             /* the arch's seats to where leaders bend */
#define GUTTER 8.0           /* the ring to the arch's label columns */
#define MAX_SHIFT 48.0       /* a name from its ideal place, at most */
#define SCAN 1.0             /* step of the search for an arch label's bounds */
#define OBSTACLE_ROUNDS 12

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

/* Off an arch: out of the party's outermost seats at their middle angle. */
/* Off an arch, b's leader leaves from the outer seat of slot k. */
static void use_slot(const Labeller *L, Label *b, int k)
{
	double t = b->slot_theta[k], ra = b->slot_far + L->seat_r, re = L->R + RING;
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
	for (Side s = SIDE_LEFT; s <= SIDE_TOP; s++)
		b->exposed[s] = TRUE;
	use_slot(L, b, 0);
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

/* How far b's anchor on side s is from that edge of the seats. */
static double reach(const Labeller *L, const Label *b, Side s)
{
	ScenePoint a = b->anchor[s];
	switch (s) {
	case SIDE_TOP: return a.y - L->top;
	case SIDE_BOTTOM: return L->bottom - a.y;
	case SIDE_LEFT: return a.x - L->left;
	default: return L->right - a.x;
	}
}

int seatlabside_anchor_plot(Labeller *L, Label *b, int party, Side *order)
{
	int n = 0;
	if (L->arch) {
		/* Over the arch when the party sits near its top, else beside it
		 * on its own side first; over it from low down, or across to the
		 * other side, only where the leader stays short of the far end. */
		anchor_arch(L, b, party);
		double off = fabs(b->theta - G_PI / 2);
		gboolean left = b->theta >= G_PI / 2 - 1e-9;
		Side own = left ? SIDE_LEFT : SIDE_RIGHT, other = left ? SIDE_RIGHT : SIDE_LEFT;
		gboolean high = off < G_PI / 6;
		order[n++] = high ? SIDE_TOP : own;
		if (high || off < G_PI / 3)
			order[n++] = high ? own : SIDE_TOP;
		if (off < G_PI / 4)
			order[n++] = other;
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
	TextAlign a = side == SIDE_LEFT ? TEXT_RIGHT : side == SIDE_RIGHT ? TEXT_LEFT
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
	return w + RING + GUTTER + 1;
}

/* ---- Boxes and leaders ---- */

static Side side_of(const Label *b)
{
	return b->tries[b->try].side;
}

/* Beside an arch with room to spare, labels hug its curve: a box from y to
 * y + h keeps its near edge this far from the centre line, RING + 1 clear
 * of the ring at its lowest row. */
static double hug(const Labeller *L, double y, double h)
{
	double rc = L->R + 2 * RING + 1, dy = L->cy - (y + h);
	if (dy <= 0)
		return rc;
	return MAX(dy >= rc ? 0 : sqrt(rc * rc - dy * dy), CLEAR / 2);
}

/* b's box when its start along its side is at pos. */
static void box_at(const Labeller *L, const Label *b, double pos, double *x, double *y)
{
	double w = b->sz.w;
	Side s = side_of(b);
	double beside = L->hug[s] ? hug(L, pos, b->sz.h) : L->R + RING + GUTTER;
	switch (s) {
	case SIDE_LEFT:
		*y = pos;
		*x = (L->arch ? L->cx - beside : L->left - BAND_GAP) - w;
		break;
	case SIDE_RIGHT:
		*y = pos;
		*x = L->arch ? L->cx + beside : L->right + BAND_GAP;
		break;
	case SIDE_TOP:
		*x = pos, *y = L->top - BAND_GAP - b->sz.h;
		break;
	default:
		*x = pos, *y = L->bottom + BAND_GAP;
		break;
	}
}

/* The leader of b with its box at (x, y): out of the seats to the box's
 * near edge; none for a band label standing over its own seats. */
static void leader_for(const Labeller *L, Label *b, double x, double y)
{
	Side s = side_of(b);
	ScenePoint a = b->anchor[s];
	double w = b->sz.w, h = b->sz.h;
	b->nleader = 0;
	if (s >= SIDE_TOP && L->arch) {
		ScenePoint end = {CLAMP(b->elbow.x, x + 1, x + w - 1), y + h};
		b->leader[b->nleader++] = a;
		if (hypot(end.x - b->elbow.x, end.y - b->elbow.y) > 0.5)
			b->leader[b->nleader++] = b->elbow;
		b->leader[b->nleader++] = end;
		return;
	}
	if (s >= SIDE_TOP) {
		/* Standing right over its own seats, a label needs no leader. */
		double reach = s == SIDE_TOP ? a.y - (y + h) : y - a.y;
		if (!b->through[s] && reach <= 2 * BAND_GAP && x + w / 2 >= b->span0 &&
		    x + w / 2 <= b->span1)
			return;
		b->leader[0] = a;
		b->leader[1] = (ScenePoint){CLAMP(a.x, x + 1, x + w - 1), s == SIDE_TOP ? y + h : y};
		b->nleader = 2;
		return;
	}
	ScenePoint end = {s == SIDE_LEFT ? x + w : x, y + h / 2};
	b->leader[b->nleader++] = a;
	if (L->arch && hypot(end.x - b->elbow.x, end.y - b->elbow.y) > 0.5)
		b->leader[b->nleader++] = b->elbow;
	b->leader[b->nleader++] = end;
}

/* Whether segment pq, where it runs above the arch's baseline, keeps
 * outside the ring round the seats. */
static gboolean clears_arch(const Labeller *L, ScenePoint p, ScenePoint q)
{
	if (p.y > L->cy && q.y > L->cy)
		return TRUE;
	/* Clip to the half plane above the baseline. */
	if (p.y > L->cy || q.y > L->cy) {
		ScenePoint *lowp = p.y > L->cy ? &p : &q, *hi = lowp == &p ? &q : &p;
		double t = (L->cy - hi->y) / (lowp->y - hi->y);
		*lowp = (ScenePoint){hi->x + t * (lowp->x - hi->x), L->cy};
	}
	double dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
	double t = len2 > 0 ? CLAMP(((L->cx - p.x) * dx + (L->cy - p.y) * dy) / len2, 0, 1) : 0;
	/* Outside the ring, where the other leaders run radially out. */
	return hypot(p.x + t * dx - L->cx, p.y + t * dy - L->cy) >= L->R + RING - 0.05;
}

/* Whether b may start at pos: on the page, and (beside an arch) with a
 * leader that clears the seats. */
static gboolean fits_at(const Labeller *L, Label *b, double pos)
{
	double x, y;
	box_at(L, b, pos, &x, &y);
	if (x < L->sp->pg.lo - 1e-9 || x + b->sz.w > L->sp->pg.hi + 1e-9)
		return FALSE;
	if (!L->arch || side_of(b) == SIDE_BOTTOM)
		return TRUE;
	leader_for(L, b, x, y);
	return clears_arch(L, b->elbow, b->leader[b->nleader - 1]);
}

/* A name far from its seats names nothing: it stays within MAX_SHIFT of
 * its ideal place (a number may go farther: the legend explains it). */
static void limit_shift(Label *b, double ideal)
{
	if (b->tries[b->try].form == FORM_NUMBER)
		return;
	b->lo = MAX(b->lo, ideal - MAX_SHIFT);
	b->hi = MIN(b->hi, ideal + MAX_SHIFT);
}

/* b's ideal start and its bounds: the run of places around the ideal one
 * it fits at (lo > hi when there is none). Returns the ideal. */
static double bounds(const Labeller *L, Label *b)
{
	Side s = side_of(b);
	ScenePoint a = b->anchor[s];
	if (s >= SIDE_TOP && !L->arch) {
		b->lo = L->sp->pg.lo, b->hi = L->sp->pg.hi - b->sz.w;
		limit_shift(b, a.x - b->sz.w / 2);
		return a.x - b->sz.w / 2;
	}
	double ideal, far_up, far_down;
	if (s == SIDE_TOP) {
		/* Along the band over the arch: x. */
		ideal = b->elbow.x - b->sz.w / 2;
		far_up = L->sp->pg.lo, far_down = L->sp->pg.hi - b->sz.w;
	} else {
		ideal = (L->arch ? b->elbow.y : a.y) - b->sz.h / 2;
		far_up = L->arch ? L->cy - L->R - 8 * b->sz.h - 40 : L->top - 8 * b->sz.h;
		far_down = L->arch ? L->cy + L->R + 8 * b->sz.h : L->bottom + 8 * b->sz.h;
	}
	ideal = CLAMP(ideal, far_up, far_down);
	/* The fitting place nearest the ideal one, then its run both ways. */
	double start = G_MAXDOUBLE;
	for (double d = 0; d <= far_down - far_up && start == G_MAXDOUBLE; d += SCAN) {
		if (ideal - d >= far_up && fits_at(L, b, ideal - d))
			start = ideal - d;
		else if (ideal + d <= far_down && fits_at(L, b, ideal + d))
			start = ideal + d;
	}
	if (start == G_MAXDOUBLE) {
		b->lo = 1, b->hi = 0;
		return ideal;
	}
	b->lo = b->hi = start;
	while (b->lo - SCAN >= far_up && fits_at(L, b, b->lo - SCAN))
		b->lo -= SCAN;
	while (b->hi + SCAN <= far_down && fits_at(L, b, b->hi + SCAN))
		b->hi += SCAN;
	limit_shift(b, ideal);
	return ideal;
}

/* ---- One round ---- */

/* Where b comes along side s: top first in a column (by angle beside an
 * arch), left first in a band. */
static double order_key(const Labeller *L, const Label *b, Side s)
{
	if (L->arch)
		return s == SIDE_LEFT ? b->theta : s == SIDE_TOP ? b->elbow.x : -b->theta;
	return s >= SIDE_TOP ? b->anchor[s].x : b->anchor[s].y;
}

typedef struct Slot { int label; double key; } Slot;

static int slot_cmp(const void *pa, const void *pb)
{
	const Slot *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->label - b->label;
}

/* Whether the labels of an arch's column hug its curve: only when each
 * can stand at its ideal place, clear of the next (a crowded column keeps
 * one straight line, so that no leader runs along the labels). */
static void choose_hug(Labeller *L, Side s, const Slot *slots, int n)
{
	L->hug[s] = FALSE;
	if (!L->arch || s >= SIDE_TOP)
		return;
	L->hug[s] = TRUE;
	double end = -G_MAXDOUBLE;
	for (int k = 0; k < n && L->hug[s]; k++) {
		Label *b = &L->ls[slots[k].label];
		double ideal = bounds(L, b);
		if (b->lo > b->hi || ideal < b->lo || ideal > b->hi || ideal < end + CLEAR)
			L->hug[s] = FALSE;
		end = ideal + b->sz.h;
	}
}

/* Narrows item it of label b so that it keeps clear of box o on the side
 * of o it is on. FALSE when that changes nothing (b is stuck there). */
static gboolean dodge(Side s, const Label *b, SpreadItem *it, const PageBox *o)
{
	gboolean along_y = s < SIDE_TOP;
	double mine = along_y ? b->y + b->sz.h / 2 : b->x + b->sz.w / 2;
	double o0 = along_y ? o->y : o->x, o1 = o0 + (along_y ? o->h : o->w);
	double size = along_y ? b->sz.h : b->sz.w;
	if (mine < (o0 + o1) / 2) {
		double hi = o0 - CLEAR - size;
		if (hi >= it->hi - 1e-6)
			return FALSE;
		it->hi = hi;
	} else {
		double lo = o1 + CLEAR;
		if (lo <= it->lo + 1e-6)
			return FALSE;
		it->lo = lo;
	}
	return TRUE;
}

/* Spreads the labels of side s together, around what the page holds. */
static void place_side(Labeller *L, Side s)
{
	Slot *slots = g_new(Slot, MAX(L->n, 1));
	int n = 0;
	for (int i = 0; i < L->n; i++) {
		Label *b = &L->ls[i];
		if (b->try < b->ntries && side_of(b) == s)
			slots[n++] = (Slot){i, order_key(L, b, s)};
	}
	qsort(slots, (size_t)n, sizeof(Slot), slot_cmp);
	choose_hug(L, s, slots, n);
	/* A label with no place at all on this side is at fault alone; the
	 * others spread without it. */
	int kept = 0;
	for (int k = 0; k < n; k++) {
		Label *b = &L->ls[slots[k].label];
		double ideal = bounds(L, b);
		if (b->lo > b->hi) {
			b->bad = TRUE;
			box_at(L, b, ideal, &b->x, &b->y);
			b->nleader = 0;
		} else {
			slots[kept++] = slots[k];
		}
	}
	n = kept;
	SpreadItem *items = g_new0(SpreadItem, MAX(n, 1));
	for (int k = 0; k < n; k++) {
		Label *b = &L->ls[slots[k].label];
		items[k].ideal = bounds(L, b);
		items[k].lo = b->lo, items[k].hi = b->hi;
		items[k].size = s < SIDE_TOP ? b->sz.h : b->sz.w;
		/* The bigger party keeps its place; the smaller ones move. */
		items[k].weight = b->pp->seats;
	}
	gboolean *stuck = g_new0(gboolean, MAX(n, 1));
	for (int round = 0; round < OBSTACLE_ROUNDS; round++) {
		int first, last;
		gboolean ok = spread_solve(items, n, CLEAR, &first, &last), moved = FALSE;
		for (int k = 0; k < n; k++) {
			Label *b = &L->ls[slots[k].label];
			box_at(L, b, items[k].pos, &b->x, &b->y);
			stuck[k] = !ok && k >= first && k <= last;
			PageBox o;
			if (seatpage_blocker(L->sp, b->x, b->y, b->sz.w, b->sz.h, CLEAR, INK_PAD, &o)) {
				gboolean d = dodge(s, b, &items[k], &o);
				moved |= d;
				stuck[k] |= !d;
			}
		}
		if (!moved)
			break;
	}
	for (int k = 0; k < n; k++) {
		Label *b = &L->ls[slots[k].label];
		PageBox o;
		b->bad |= stuck[k] || items[k].pos < items[k].lo - 1e-6 ||
		          items[k].pos > items[k].hi + 1e-6 ||
		          seatpage_blocker(L->sp, b->x, b->y, b->sz.w, b->sz.h, CLEAR, INK_PAD, &o);
		leader_for(L, b, b->x, b->y);
	}
	g_free(stuck);
	g_free(items);
	g_free(slots);
}

static gboolean boxes_near(const Label *a, const Label *b, double pad)
{
	return a->x < b->x + b->sz.w + pad && b->x < a->x + a->sz.w + pad &&
	       a->y < b->y + b->sz.h + pad && b->y < a->y + a->sz.h + pad;
}

/* Whether segment pq passes within pad of the box of label b. */
static gboolean segment_meets(ScenePoint p, ScenePoint q, const Label *b, double pad)
{
	/* Sampled finely enough for text boxes several points tall. */
	int steps = (int)(hypot(q.x - p.x, q.y - p.y) / 0.5) + 1;
	for (int k = 0; k <= steps; k++) {
		double t = (double)k / steps, x = p.x + t * (q.x - p.x), y = p.y + t * (q.y - p.y);
		if (x > b->x - pad && x < b->x + b->sz.w + pad && y > b->y - pad &&
		    y < b->y + b->sz.h + pad)
			return TRUE;
	}
	return FALSE;
}

/* Whether segment pq enters a seat of another party than `party`. */
static gboolean segment_over_seats(const Labeller *L, ScenePoint p, ScenePoint q,
                                   int party)
{
	if (!L->seats || L->arch)
		return FALSE;
	double dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *s = &g_array_index(L->seats, LabSeat, j);
		if (s->party == party)
			continue;
		double t = len2 > 0 ? CLAMP(((s->x - p.x) * dx + (s->y - p.y) * dy) / len2, 0, 1) : 0;
		if (hypot(p.x + t * dx - s->x, p.y + t * dy - s->y) < L->seat_r - 0.2)
			return TRUE;
	}
	return FALSE;
}

/* Whether label b stands where its side put it. */
static gboolean placed(const Label *b, const gboolean *side_bad, int i)
{
	return b->try < b->ntries && !side_bad[i];
}

static double cross(ScenePoint o, ScenePoint a, ScenePoint b)
{
	return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/* Whether segments ab and cd cross (touching ends aside). */
static gboolean segments_cross(ScenePoint a, ScenePoint b, ScenePoint c, ScenePoint d)
{
	double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
	return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9)) &&
	       ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
}

/* Whether the leaders of a and b cross. */
static gboolean leaders_cross(const Label *a, const Label *b)
{
	for (int k = 0; k + 1 < a->nleader; k++)
		for (int m = 0; m + 1 < b->nleader; m++)
			if (segments_cross(a->leader[k], a->leader[k + 1], b->leader[m],
			                   b->leader[m + 1]))
				return TRUE;
	return FALSE;
}

/* Leaders against the page's text, other parties' seats, the labels of
 * other sides and each other; boxes of different sides against each
 * other. (A side's own labels stand beyond its leaders.) Labels their own
 * side could not place are not looked at: they are moving anyway. */
static void check_crossings(Labeller *L)
{
	gboolean *side_bad = g_new(gboolean, MAX(L->n, 1));
	for (int i = 0; i < L->n; i++)
		side_bad[i] = L->ls[i].bad;
	for (int i = 0; i < L->n; i++) {
		Label *a = &L->ls[i];
		if (!placed(a, side_bad, i))
			continue;
		for (int k = 0; k + 1 < a->nleader; k++) {
			ScenePoint p = a->leader[k], q = a->leader[k + 1];
			if (!seatpage_segment_free(L->sp, p, q, LEADER_PAD) ||
			    (!a->lenient && segment_over_seats(L, p, q, a->order)))
				a->bad = TRUE;
		}
		for (int j = 0; j < L->n; j++) {
			Label *b = &L->ls[j];
			if (j == i || !placed(b, side_bad, j))
				continue;
			gboolean other_side = side_of(a) != side_of(b);
			gboolean clash = j > i && other_side && boxes_near(a, b, CLEAR);
			for (int k = 0; k + 1 < a->nleader && other_side && !clash; k++)
				clash = segment_meets(a->leader[k], a->leader[k + 1], b, LEADER_PAD);
			clash |= j > i && !a->lenient && !b->lenient && leaders_cross(a, b);
			if (clash)
				a->bad = b->bad = TRUE;
		}
	}
	g_free(side_bad);
}

void seatlabside_place_all(Labeller *L)
{
	for (int i = 0; i < L->n; i++)
		L->ls[i].bad = FALSE;
	for (Side s = 0; s < NSIDES; s++)
		place_side(L, s);
	check_crossings(L);
}
