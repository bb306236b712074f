/* tlplace_room: making room for a label that finds no free spot (moving a
 * neighbour, pushing boxes outward), improving and repacking the placed
 * labels, and saving and loading where they are; see tlplace.h. */
#include "tlplace_int.h"

#include <math.h>
#include <string.h>

/* Labels still to come whose stems have room on none of their sides. */
static int count_lost(const TlPlace *p)
{
	int n = 0;
	for (guint i = 0; i < p->expect->len; i++) {
		const Expect *e = &g_array_index(p->expect, Expect, i);
		gboolean room = FALSE;
		for (int side = 0; side < TLPLACE_SIDES && !room && !e->done; side++) {
			double lo, hi;
			room = (e->sides & (1u << side)) &&
			       tlplace_stem_range(p, (TlPlaceSide)side, e->anchor, e->key, -1, &lo, &hi);
		}
		n += !e->done && !room;
	}
	return n;
}

/* Whether a packing that leaves `lost` labels to come no room for their
 * stems and scores `score` beats the best so far: fewer lost, then lower. */
static gboolean beats(int lost, double score, int best_lost, double best_score)
{
	return lost < best_lost || (lost == best_lost && score < best_score - TLPLACE_EPS);
}

/* Places item id (not placed) by moving one placed label near its anchor
 * to another spot: of the moves that work, the one stranding fewest labels
 * still to come, then scoring lowest. FALSE (nothing changed) when none
 * works. */
static gboolean place_moving(TlPlace *p, int id)
{
	double reach = p->r.max_shift, best_score = G_MAXDOUBLE;
	int best_j = -1, best_lost = G_MAXINT;
	TlPlaceSpot best_new = {0}, best_moved = {0};
	for (guint j = 0; j < p->items->len; j++) {
		const Item *o = tlplace_item(p, (int)j), *it = tlplace_item(p, id);
		if (!o->placed || !(it->sides & (1u << o->spot.side)) ||
		    o->spot.left > it->anchor + reach || o->spot.left + o->spot.w < it->anchor - reach)
			continue;
		TlPlaceSpot old = o->spot, spot, again;
		tlplace_take(p, (int)j);
		if (tlplace_best(p, tlplace_item(p, id), id, &spot)) {
			tlplace_place_at(p, id, &spot);
			tlplace_set_expected(p, tlplace_item(p, id)->key, TRUE);
			if (tlplace_best(p, tlplace_item(p, (int)j), (int)j, &again)) {
				tlplace_place_at(p, (int)j, &again);
				int lost = count_lost(p);
				if (beats(lost, tlplace_score(p), best_lost, best_score)) {
					best_score = tlplace_score(p), best_lost = lost;
					best_j = (int)j, best_new = spot, best_moved = again;
				}
				tlplace_take(p, (int)j);
			}
			tlplace_take(p, id);
			tlplace_set_expected(p, tlplace_item(p, id)->key, FALSE);
		}
		tlplace_place_at(p, (int)j, &old);
	}
	if (best_j < 0)
		return FALSE;
	tlplace_take(p, best_j);
	tlplace_place_at(p, id, &best_new);
	tlplace_set_expected(p, tlplace_item(p, id)->key, TRUE);
	tlplace_place_at(p, best_j, &best_moved);
	return TRUE;
}

/* Pushes the labels of a side outward until no stem passes under a box
 * nearer the axis and no two boxes meet; FALSE when they do not settle. */
static gboolean push_out(TlPlace *p, TlPlaceSide side)
{
	double gap = p->r.gap, gx = p->r.gap_x, sg = p->r.stem_gap;
	int n = (int)p->items->len;
	for (int round = 0; round < 2 * n + 4; round++) {
		gboolean moved = FALSE;
		for (int i = 0; i < n; i++) {
			const Item *a = tlplace_item(p, i);
			if (!a->placed || a->spot.side != side)
				continue;
			for (int j = 0; j < n; j++) {
				Item *b = tlplace_item(p, j);
				if (j == i || !b->placed || b->spot.side != side)
					continue;
				TlPlaceSpot *A = &tlplace_item(p, i)->spot, *B = &b->spot;
				double beyond = A->d + A->h + gap;
				gboolean over_stem = A->pos > B->left - sg && A->pos < B->left + B->w + sg;
				gboolean meet = A->left < B->left + B->w + gx && B->left < A->left + A->w + gx &&
				                A->d < B->d + B->h + gap && B->d < beyond;
				gboolean outer = B->d > A->d || (B->d == A->d && j > i);
				if ((over_stem || (meet && outer)) && B->d < beyond - TLPLACE_EPS) {
					B->d = beyond;
					moved = TRUE;
				}
			}
		}
		if (!moved)
			return TRUE;
	}
	return FALSE;
}

/* Places item id (not placed) at a spot whose stem passes under boxes,
 * pushing them (and whatever they then meet) outward: of its cheapest such
 * spots within the limit, the one stranding fewest labels still to come,
 * then scoring lowest. FALSE (nothing changed) when none. */
static gboolean place_pushing(TlPlace *p, int id)
{
	TlPlaceSpot cand[TLPLACE_BEAM_K];
	int m = tlplace_search(p, tlplace_item(p, id), id, TLPLACE_BEAM_K, TRUE, cand);
	int n = (int)p->items->len, best = -1, best_lost = G_MAXINT;
	double best_score = G_MAXDOUBLE;
	TlPlaceSpot *saved = g_new(TlPlaceSpot, (gsize)n), *pushed = g_new(TlPlaceSpot, (gsize)n);
	for (int i = 0; i < n; i++)
		saved[i] = tlplace_item(p, i)->spot;
	for (int c = 0; c < m; c++) {
		tlplace_place_at(p, id, &cand[c]);
		gboolean ok = push_out(p, cand[c].side);
		tlplace_recount(p);
		int lost = ok ? count_lost(p) : G_MAXINT;
		if (ok && tlplace_height(p) <= p->r.limit + TLPLACE_EPS &&
		    beats(lost, tlplace_score(p), best_lost, best_score)) {
			best_score = tlplace_score(p), best_lost = lost, best = c;
			for (int i = 0; i < n; i++)
				pushed[i] = tlplace_item(p, i)->spot;
		}
		tlplace_take(p, id);
		for (int i = 0; i < n; i++)
			tlplace_item(p, i)->spot = saved[i];
		tlplace_recount(p);
	}
	if (best >= 0) {
		for (int i = 0; i < n; i++)
			tlplace_item(p, i)->spot = pushed[i];
		tlplace_place_at(p, id, &cand[best]);
		tlplace_set_expected(p, tlplace_item(p, id)->key, TRUE);
	}
	g_free(saved);
	g_free(pushed);
	return best >= 0;
}

/* The spots of every label, and whether each is placed. */
typedef struct Snapshot {
	TlPlaceSpot *spot;
	gboolean *placed;
	int n;
} Snapshot;

static void snap(const TlPlace *p, Snapshot *s)
{
	s->n = (int)p->items->len;
	s->spot = g_new(TlPlaceSpot, (gsize)s->n);
	s->placed = g_new(gboolean, (gsize)s->n);
	for (int i = 0; i < s->n; i++)
		s->spot[i] = tlplace_item(p, i)->spot, s->placed[i] = tlplace_item(p, i)->placed;
}

/* Back to a snapshot (the extras of labels placed or not follow). */
static void unsnap(TlPlace *p, const Snapshot *s)
{
	for (int i = s->n; i < (int)p->items->len; i++)
		if (tlplace_item(p, i)->placed) {
			tlplace_item(p, i)->placed = FALSE;
			p->extra -= tlplace_item(p, i)->extra;
			tlplace_set_expected(p, tlplace_item(p, i)->key, FALSE);
		}
	for (int i = 0; i < s->n; i++) {
		Item *it = tlplace_item(p, i);
		if (it->placed != s->placed[i])
			p->extra += s->placed[i] ? it->extra : -it->extra;
		it->spot = s->spot[i], it->placed = s->placed[i];
		tlplace_set_expected(p, it->key, it->placed);
	}
	tlplace_recount(p);
}

static void snap_free(Snapshot *s)
{
	g_free(s->spot);
	g_free(s->placed);
}

struct TlPlaceState {
	Snapshot snap;
};

TlPlaceState *tlplace_save(const TlPlace *p)
{
	TlPlaceState *s = g_new0(TlPlaceState, 1);
	snap(p, &s->snap);
	return s;
}

void tlplace_load(TlPlace *p, const TlPlaceState *s)
{
	unsnap(p, &s->snap);
}

void tlplace_state_free(TlPlaceState *s)
{
	if (!s)
		return;
	snap_free(&s->snap);
	g_free(s);
}

int tlplace_put_making_room(TlPlace *p, const TlPlaceLabel *label, gboolean keep_room)
{
	Item it = {.anchor = label->anchor, .key = label->key,
	           .boxes = g_memdup2(label->boxes, sizeof(TlPlaceBox) * (gsize)label->nboxes),
	           .nboxes = label->nboxes, .sides = label->sides, .extra = label->extra};
	g_array_append_val(p->items, it);
	int id = (int)p->items->len - 1;
	/* Both ways are tried from the same start; the one leaving fewer
	 * labels to come no room for their stems wins, then the lower score;
	 * with keep_room, neither may leave more such labels than before. */
	Snapshot start, best = {0};
	snap(p, &start);
	int lost = count_lost(p), best_lost = G_MAXINT;
	double best_score = G_MAXDOUBLE;
	for (int way = 0; way < 2; way++) {
		if (!(way == 0 ? place_moving(p, id) : place_pushing(p, id)))
			continue;
		int now = count_lost(p);
		if ((!keep_room || now <= lost) && beats(now, tlplace_score(p), best_lost, best_score)) {
			best_score = tlplace_score(p), best_lost = now;
			snap_free(&best);
			snap(p, &best);
		}
		unsnap(p, &start);
	}
	if (best_lost < G_MAXINT)
		unsnap(p, &best);
	snap_free(&start);
	snap_free(&best);
	return best_lost < G_MAXINT ? id : -1;
}

int tlplace_improve(TlPlace *p, int sweeps)
{
	int moves = 0;
	for (int sweep = 0; sweep < sweeps; sweep++) {
		int before_moves = moves;
		for (guint i = 0; i < p->items->len; i++) {
			Item *it = tlplace_item(p, (int)i);
			if (!it->placed)
				continue;
			double score = tlplace_score(p);
			TlPlaceSpot old = it->spot, now;
			tlplace_take(p, (int)i);
			TlPlaceSpot again = old;
			gboolean ok = tlplace_cost_now(p, it, (int)i, &again);
			if (tlplace_best(p, it, (int)i, &now) && (!ok || now.cost < again.cost - 0.01)) {
				tlplace_place_at(p, (int)i, &now);
				if (tlplace_score(p) <= score + TLPLACE_EPS) {
					moves++;
					continue;
				}
				tlplace_take(p, (int)i);
			}
			tlplace_place_at(p, (int)i, &old);
		}
		if (moves == before_moves)
			break;
	}
	return moves;
}

/* One partial packing in a repacking search: the spots of the first
 * labels, what they cost, how they score (tlplace_score). */
typedef struct State {
	TlPlaceSpot *spots;   /* owned */
	double cost, score;
} State;

static void state_clear(gpointer s)
{
	g_free(((State *)s)->spots);
}

static gint cmp_state(gconstpointer pa, gconstpointer pb)
{
	const State *a = pa, *b = pb;
	if (fabs(a->score - b->score) > TLPLACE_EPS)
		return a->score < b->score ? -1 : 1;
	return (a->cost > b->cost) - (a->cost < b->cost);
}

/* Sets p to a partial packing: ids[0..k) at spots, the rest taken out and
 * still to come; base is the extra height of everything else. */
static void load(TlPlace *p, const int *ids, int n, const TlPlaceSpot *spots, int k,
                 double base)
{
	p->extra = base;
	for (int j = 0; j < n; j++) {
		Item *it = tlplace_item(p, ids[j]);
		it->placed = j < k;
		if (j < k) {
			it->spot = spots[j];
			p->extra += it->extra;
		}
		tlplace_set_expected(p, it->key, j < k);
	}
	tlplace_recount(p);
}

/* The states that follow st when label ids[k] goes at one of its cheapest
 * spots, appended to next. */
static void expand(TlPlace *p, const int *ids, int n, int k, const State *st, double base,
                   GArray *next)
{
	TlPlaceSpot cand[TLPLACE_BEAM_K];
	load(p, ids, n, st->spots, k, base);
	int m = tlplace_search(p, tlplace_item(p, ids[k]), ids[k], TLPLACE_BEAM_K, FALSE, cand);
	for (int c = 0; c < m; c++) {
		tlplace_place_at(p, ids[k], &cand[c]);
		State s = {.spots = g_new(TlPlaceSpot, (gsize)n), .cost = st->cost + cand[c].cost,
		           .score = tlplace_score(p)};
		memcpy(s.spots, st->spots, sizeof *s.spots * (size_t)k);
		s.spots[k] = cand[c];
		g_array_append_val(next, s);
		tlplace_item(p, ids[k])->placed = FALSE;
		p->extra -= tlplace_item(p, ids[k])->extra;
		tlplace_recount(p);
	}
}

gboolean tlplace_repack(TlPlace *p, const int *ids, int n, int beam)
{
	double score = tlplace_score(p), base = p->extra;
	TlPlaceSpot *old = g_new(TlPlaceSpot, (gsize)MAX(n, 1));
	for (int k = 0; k < n; k++) {
		old[k] = tlplace_item(p, ids[k])->spot;
		base -= tlplace_item(p, ids[k])->extra;
	}
	GArray *states = g_array_new(FALSE, FALSE, sizeof(State));
	g_array_set_clear_func(states, state_clear);
	State start = {.spots = g_new(TlPlaceSpot, (gsize)MAX(n, 1))};
	g_array_append_val(states, start);
	for (int k = 0; k < n && states->len > 0; k++) {
		GArray *next = g_array_new(FALSE, FALSE, sizeof(State));
		g_array_set_clear_func(next, state_clear);
		for (guint i = 0; i < states->len; i++)
			expand(p, ids, n, k, &g_array_index(states, State, i), base, next);
		g_array_sort(next, cmp_state);
		if (next->len > (guint)beam)
			g_array_set_size(next, (guint)beam);
		g_array_free(states, TRUE);
		states = next;
	}
	/* The lowest scoring of the finished packings, if lower than before. */
	const State *best = NULL;
	for (guint i = 0; i < states->len; i++) {
		const State *st = &g_array_index(states, State, i);
		if (!best || st->score < best->score - TLPLACE_EPS)
			best = st;
	}
	gboolean keep = best && best->score < score - TLPLACE_EPS;
	load(p, ids, n, keep ? best->spots : old, n, base);
	g_array_free(states, TRUE);
	g_free(old);
	return keep;
}
