/* seatlabplace: one round of label placement; see seatlabplace.h.
 *
 * Every side is a straight line the labels stand beyond, and every leader
 * runs from the party's seats to that line, never past it: no leader can
 * cross a label of its own side, and labels kept in the order of their
 * anchors keep their leaders from crossing one another. Beside an arch the
 * line stands SEATLAB_GUTTER outside the ring the leaders bend on (radially
 * out of the party's outer seats to the ring, then straight to the label);
 * a label's bounds are the run of places around its ideal one where that
 * leader clears the seats. Over and under a grid or bar the line runs
 * BAND_GAP from the seats. */
#include "seatlabplace.h"
#include "spread.h"

#include <math.h>
#include <string.h>

#define CLEAR 4.0            /* a label to any other text */
#define INK_PAD 1.5          /* a label to seats and lines */
#define LEADER_PAD 1.0       /* a leader to text */
#define BAND_GAP 7.0         /* a band or column to the seats: room for leaders */
#define MAX_SHIFT 48.0       /* a name from its ideal place, at most */
#define SCAN 1.0             /* step of the search for an arch label's bounds */
#define OBSTACLE_ROUNDS 12
#define FOOT_DROP 5.0        /* an arch's baseline to its foot columns */
#define FOOT_TURN 3.0        /* a foot leader's turn to its label */
/* A foot column reaches at most this share of the arch's radius under
 * its baseline (or FOOT_LEAST points): below, the names go in a row. */
#define FOOT_DEPTH 0.6
#define FOOT_LEAST 45.0

/* ---- Boxes and leaders ---- */

static Side side_of(const Label *b)
{
	return b->tries[b->try].side;
}

/* Beside an arch with room to spare, labels hug its curve: a box from y to
 * y + h keeps its near edge this far from the centre line, SEATLAB_RING + 1 clear
 * of the ring at its lowest row. */
static double hug(const Labeller *L, double y, double h)
{
	double rc = L->R + 2 * SEATLAB_RING + 1, dy = L->cy - (y + h);
	if (dy <= 0)
		return rc;
	return MAX(dy >= rc ? 0 : sqrt(rc * rc - dy * dy), CLEAR / 2);
}

/* Beside a grid, the edge of the seats toward side s (LEFT, RIGHT) over
 * the rows a box from y0 to y1 comes near, and at least anchor a's: a
 * name beside a short bench stands at its end, not beyond the longest. */
static double grid_edge(const Labeller *L, Side s, double y0, double y1, ScenePoint a)
{
	double edge = a.x, r = L->seat_r;
	for (guint j = 0; j < L->seats->len; j++) {
		const LabSeat *o = &g_array_index(L->seats, LabSeat, j);
		if (o->y + r <= y0 - BAND_GAP || o->y - r >= y1 + BAND_GAP)
			continue;
		edge = s == SIDE_RIGHT ? MAX(edge, o->x + r) : MIN(edge, o->x - r);
	}
	return edge;
}

/* b's box when its start along its side is at pos. */
static void box_at(const Labeller *L, const Label *b, double pos, double *x, double *y)
{
	double w = b->sz.w;
	Side s = side_of(b);
	double beside = L->hug[s] ? hug(L, pos, b->sz.h) : L->R + SEATLAB_RING + SEATLAB_GUTTER;
	switch (s) {
	case SIDE_LEFT:
		*y = pos;
		*x = (L->arch ? L->cx - beside
		              : grid_edge(L, s, pos, pos + b->sz.h, b->anchor[s]) - BAND_GAP) - w;
		break;
	case SIDE_RIGHT:
		*y = pos;
		*x = L->arch ? L->cx + beside
		             : grid_edge(L, s, pos, pos + b->sz.h, b->anchor[s]) + BAND_GAP;
		break;
	case SIDE_TOP:
		*x = pos, *y = L->top - BAND_GAP - b->sz.h;
		break;
	case SIDE_FOOT_LEFT:
		*y = pos, *x = L->foot_x[s];
		break;
	case SIDE_FOOT_RIGHT:
		*y = pos, *x = L->foot_x[s] - w;
		break;
	default:
		/* Under an arch, in a row under its foot columns. */
		*x = pos, *y = L->arch ? L->foot_end + CLEAR : L->bottom + BAND_GAP;
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
	if (s == SIDE_FOOT_LEFT || s == SIDE_FOOT_RIGHT) {
		/* Straight down from the baseline, then across to the label. */
		b->leader[b->nleader++] = a;
		b->leader[b->nleader++] = (ScenePoint){a.x, y + h / 2};
		b->leader[b->nleader++] = (ScenePoint){s == SIDE_FOOT_LEFT ? x : x + w, y + h / 2};
		return;
	}
	if (s == SIDE_TOP && L->arch) {
		ScenePoint end = {CLAMP(b->elbow.x, x + 1, x + w - 1), y + h};
		b->leader[b->nleader++] = a;
		if (hypot(end.x - b->elbow.x, end.y - b->elbow.y) > 0.5)
			b->leader[b->nleader++] = b->elbow;
		b->leader[b->nleader++] = end;
		return;
	}
	if (s == SIDE_TOP || s == SIDE_BOTTOM) {
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
	return hypot(p.x + t * dx - L->cx, p.y + t * dy - L->cy) >= L->R + SEATLAB_RING - 0.05;
}

/* Whether b may start at pos: on the page, and (beside an arch) with a
 * leader that clears the seats. */
static gboolean fits_at(const Labeller *L, Label *b, double pos)
{
	double x, y;
	box_at(L, b, pos, &x, &y);
	if (x < L->sp->pg.lo - 1e-9 || x + b->sz.w > L->sp->pg.hi + 1e-9)
		return FALSE;
	if (!L->arch || !(side_of(b) <= SIDE_TOP))
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
	if (s == SIDE_BOTTOM || (s == SIDE_TOP && !L->arch)) {
		b->lo = L->sp->pg.lo, b->hi = L->sp->pg.hi - b->sz.w;
		limit_shift(b, a.x - b->sz.w / 2);
		return a.x - b->sz.w / 2;
	}
	double ideal, far_up, far_down;
	if (s == SIDE_FOOT_LEFT || s == SIDE_FOOT_RIGHT) {
		/* Stacked down from under the baseline (and the total over it),
		 * in order, each leader as long as its place in the stack, no
		 * deeper than FOOT_DEPTH. */
		double top = MAX(L->bottom, L->cy) + FOOT_DROP;
		b->lo = top;
		b->hi = L->cy + MAX(FOOT_DEPTH * L->R, FOOT_LEAST) - b->sz.h;
		if (!fits_at(L, b, b->lo))
			b->lo = 1, b->hi = 0;
		return top;
	}
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
	if (s == SIDE_FOOT_LEFT || s == SIDE_FOOT_RIGHT)
		return s == SIDE_FOOT_RIGHT ? b->anchor[s].x : -b->anchor[s].x;
	if (L->arch && s != SIDE_BOTTOM)
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
	if (!L->arch || (s != SIDE_LEFT && s != SIDE_RIGHT))
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
	gboolean along_y = seatlab_column(s);
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
	if (s == SIDE_FOOT_LEFT || s == SIDE_FOOT_RIGHT) {
		/* The foot column's edge, just inside its innermost leader. */
		L->foot_x[s] = s == SIDE_FOOT_RIGHT ? G_MAXDOUBLE : -G_MAXDOUBLE;
		for (int k = 0; k < n; k++) {
			double a = L->ls[slots[k].label].anchor[s].x;
			L->foot_x[s] = s == SIDE_FOOT_RIGHT ? MIN(L->foot_x[s], a - FOOT_TURN)
			                                    : MAX(L->foot_x[s], a + FOOT_TURN);
		}
	}
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
		items[k].size = seatlab_column(s) ? b->sz.h : b->sz.w;
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

/* Around an arch the sides come in the parties' order: up its left foot
 * and its left side, over it, down its right side and its right foot. */
static int arch_rank(Side s)
{
	switch (s) {
	case SIDE_FOOT_LEFT: return 0;
	case SIDE_LEFT: return 1;
	case SIDE_TOP: return 2;
	case SIDE_RIGHT: return 3;
	default: return 4;
	}
}

/* Its rank on its arch: a row under the feet ranks with its half. */
static int label_rank(const Labeller *L, const Label *b)
{
	Side s = side_of(b);
	if (s == SIDE_BOTTOM)
		return b->anchor[s].x < L->cx ? 0 : 4;
	return arch_rank(s);
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
			/* Around an arch, a later party on an earlier side reads out
			 * of order. */
			clash |= L->arch && a->order < b->order &&
			         label_rank(L, a) > label_rank(L, b);
			if (clash)
				a->bad = b->bad = TRUE;
		}
	}
	g_free(side_bad);
}

void seatlabplace_all(Labeller *L)
{
	/* Under an arch the row comes after the foot columns, under them. */
	static const Side order[] = {SIDE_LEFT, SIDE_RIGHT, SIDE_TOP, SIDE_FOOT_LEFT,
	                             SIDE_FOOT_RIGHT, SIDE_BOTTOM};
	G_STATIC_ASSERT(G_N_ELEMENTS(order) == NSIDES);
	for (int i = 0; i < L->n; i++)
		L->ls[i].bad = FALSE;
	L->foot_end = L->cy + FOOT_DROP - CLEAR;
	for (size_t k = 0; k < G_N_ELEMENTS(order); k++) {
		if (order[k] == SIDE_BOTTOM)
			for (int i = 0; i < L->n; i++) {
				const Label *b = &L->ls[i];
				Side s = b->try < b->ntries ? side_of(b) : NSIDES;
				if (s == SIDE_FOOT_LEFT || s == SIDE_FOOT_RIGHT)
					L->foot_end = MAX(L->foot_end, b->y + b->sz.h);
			}
		place_side(L, order[k]);
	}
	check_crossings(L);
}
