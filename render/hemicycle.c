/* hemicycle: arch geometry and contiguous party wedges; see hemicycle.h.
 *
 * Rows sit at radii 1 - t, 1 - 3t, ... (half pitch t). A row of radius R
 * holds floor(pi / (2 asin(t / R))) seats: its end seats touch the baseline and
 * neighbours are at least 2t apart, so seats of radius < t never overlap. */
#include "hemicycle.h"

#include <math.h>
#include <string.h>

/* One row holds every body up to this size: a single arc looks deliberate,
 * where two rows of 3 + 6 look like a broken arch. */
#define HEMI_SINGLE_ROW_MAX 12
/* The empty middle may not shrink below this share of the radius (room for
 * the total, and the classic proportions of a chamber). */
#define HEMI_MIN_HOLE 0.40
/* Seat radius as a share of the half pitch: clear gaps, yet neighbours in a
 * row stay within 3 seat radii, so a party's seats read as one group. */
#define HEMI_SEAT_FACTOR 0.84
/* Neighbours: centres closer than this many seat radii. */
#define HEMI_ADJACENT 2.9
/* Costs, in seats a cut may stray from radial, of a gap in the free border
 * (a later party might have to split there) and of growing a party as a
 * block instead of sweeping it as a wedge. */
#define BREAK_COST 2.0
#define BLOCK_COST 1.0

static int row_capacity(double radius, double t)
{
	if (radius < t)
		return 0;
	if (radius - t < 1e-12)
		return 1;
	double mu = asin(t / radius);
	int c = (int)floor(G_PI / (2 * mu) + 1e-9);
	return c < 1 ? 1 : c;
}

static double row_radius(int n, int r, double t)
{
	return 1 - t - 2.0 * (n - 1 - r) * t;
}

static long total_capacity(int n, double t)
{
	long sum = 0;
	for (int r = 0; r < n; r++)
		sum += row_capacity(row_radius(n, r, t), t);
	return sum;
}

/* The largest half pitch at which n rows still hold total seats (the densest
 * arch with n rows); its inner radius goes to *inner. */
static double densest_pitch(int n, int total, double *inner)
{
	double lo = 1e-6, hi = 1.0 / (2 * n - 1);
	if (total_capacity(n, hi) >= total) {
		lo = hi;
	} else {
		for (int i = 0; i < 64; i++) {
			double mid = (lo + hi) / 2;
			if (total_capacity(n, mid) >= total)
				lo = mid;
			else
				hi = mid;
		}
	}
	*inner = row_radius(n, 0, lo);
	return lo;
}

/* Seats per row in proportion to capacity: largest remainders, ties to the
 * outer row, never above a row's capacity. */
static void share_rows(int n, const int *cap, int total, int *k)
{
	long sumcap = 0;
	for (int r = 0; r < n; r++)
		sumcap += cap[r];
	int given = 0;
	double *rem = g_new(double, n);
	for (int r = 0; r < n; r++) {
		double q = (double)total * cap[r] / (double)sumcap;
		k[r] = (int)floor(q);
		if (k[r] > cap[r])
			k[r] = cap[r];
		rem[r] = q - k[r];
		given += k[r];
	}
	while (given < total) {
		int best = -1;
		for (int r = n - 1; r >= 0; r--)
			if (k[r] < cap[r] && (best < 0 || rem[r] > rem[best] + 1e-12))
				best = r;
		k[best]++;
		rem[best] = -1;
		given++;
	}
	g_free(rem);
}

/* Angle of seat j of a row of k seats at radius R (pi = far left). */
static double seat_angle(int k, int j, double radius, double t)
{
	if (k == 1)
		return G_PI / 2;
	double mu = asin(fmin(1.0, t / radius));
	return G_PI - mu - j * (G_PI - 2 * mu) / (k - 1);
}

typedef struct Grow {
	const Hemicycle *h;
	int *first;           /* [nrows] index in h->seats of each row's first seat */
	int *next;            /* [nrows] next free position in each row */
	int *run_lo, *run_hi; /* [nrows] the current party's run in each row, or -1 */
	int *touch;           /* [nrows] grow: whether the row's next seat touches the party */
	double *key;          /* [nrows] grow: the order among rows that touch alike */
	int *tree, leaves;    /* grow: tournament tree over the rows, [2 * leaves] */
	double *a0, *span;    /* [nrows] angle of each row's first seat, and to its last */
	double reach2;        /* squared neighbour distance */
} Grow;

static const HemiSeat *seat_at(const Grow *g, int row, int j)
{
	return &g->h->seats[g->first[row] + j];
}

static gboolean near(const Grow *g, const HemiSeat *a, const HemiSeat *b)
{
	double dx = a->x - b->x, dy = a->y - b->y;
	return dx * dx + dy * dy < g->reach2;
}

/* Whether seat a touches the current party's run in row `row`: only the
 * run's seats nearest a in angle can, so look at those alone. */
static gboolean touches_run(const Grow *g, const HemiSeat *a, int row)
{
	if (row < 0 || row >= g->h->nrows || g->run_lo[row] < 0)
		return FALSE;
	int lo = g->run_lo[row], hi = g->run_hi[row], k = g->h->row_seats[row];
	int j = lo;
	if (k > 1) {
		double u = (g->a0[row] - atan2(a->y, a->x)) / g->span[row] * (k - 1);
		j = (int)CLAMP(lround(u), lo, hi);
	}
	for (int d = -1; d <= 1; d++)
		if (j + d >= lo && j + d <= hi && near(g, a, seat_at(g, row, j + d)))
			return TRUE;
	return FALSE;
}

/* Left to right: -cos(angle) grows from the left end to the right end. */
static double seat_key(const Grow *g, int row, int j)
{
	return seat_at(g, row, j)->x / g->h->row_radius[row];
}

/* Gives the current party `count` seats. Mode 0 is the plain sweep: always
 * the leftmost free seat, which cuts the arch radially. The others start
 * from the free seat of row `seed` and take the free seat touching the party
 * that is leftmost (1), innermost (2) or outermost (3), or any free seat if
 * none touches. Runs go to run_lo/run_hi, next[] advances. */
/* Of rows a < b, the one grow takes from: a free seat, then one touching the
 * party, then the smaller key; on a tie the earlier row. -1: none. */
static int pick(const Grow *g, int a, int b)
{
	if (a < 0 || b < 0)
		return a < 0 ? b : a;
	if (g->touch[b] != g->touch[a])
		return g->touch[b] > g->touch[a] ? b : a;
	return g->key[b] < g->key[a] - 1e-12 ? b : a;
}

/* Row r's touch and key for step s, and its leaf in the tournament tree. */
static void grow_row(Grow *g, int r, int s, int seed, int mode)
{
	int free = g->next[r] < g->h->row_seats[r];
	if (free) {
		g->touch[r] = mode == 0 ? 1
		            : s == 0    ? r == seed
		                        : g->run_hi[r] >= 0 ||
		                              touches_run(g, seat_at(g, r, g->next[r]), r - 1) ||
		                              touches_run(g, seat_at(g, r, g->next[r]), r + 1);
		g->key[r] = mode <= 1 ? seat_key(g, r, g->next[r]) : mode == 2 ? r : -r;
	}
	int i = g->leaves + r;
	g->tree[i] = free ? r : -1;
	for (i /= 2; i >= 1; i /= 2)
		g->tree[i] = pick(g, g->tree[2 * i], g->tree[2 * i + 1]);
}

/* Gives the current party `count` seats. Mode 0 is the plain sweep: always
 * the leftmost free seat, which cuts the arch radially. The others start
 * from the free seat of row `seed` and take the free seat touching the party
 * that is leftmost (1), innermost (2) or outermost (3), or any free seat if
 * none touches. Runs go to run_lo/run_hi, next[] advances. A tournament
 * tree over the rows finds the row to take from; after a step only the row
 * taken from and its two neighbours can change (their next seat, whether it
 * touches the party), so only those are looked at again. */
static void grow(Grow *g, int seed, int count, int mode)
{
	int n = g->h->nrows, last = -1;
	for (int r = 0; r < n; r++)
		g->run_lo[r] = g->run_hi[r] = -1;
	for (int s = 0; s < count; s++) {
		if (s <= 1) {
			/* The first seat goes to the seed; from the second on every
			 * row's touch follows the party. */
			for (int r = 0; r < n; r++)
				grow_row(g, r, s, seed, mode);
		} else {
			for (int r = MAX(last - 1, 0); r <= MIN(last + 1, n - 1); r++)
				grow_row(g, r, s, seed, mode);
		}
		int best = g->tree[1];
		int j = g->next[best]++;
		if (g->run_lo[best] < 0)
			g->run_lo[best] = j;
		g->run_hi[best] = j;
		last = best;
	}
}

/* How bad the current party's placement is: pieces it falls into (rows
 * without seats between rows with seats, or runs in next rows that do not
 * touch), gaps left in the free border for later parties, and how far the
 * cut strays from a radial line after `done` of `total` seats. */
static double placement_cost(const Grow *g, int done, int total)
{
	const Hemicycle *h = g->h;
	int n = h->nrows, pieces = 0, pockets = 0, breaks = 0, prev = -1;
	for (int r = 0; r < n; r++) {
		if (g->run_lo[r] < 0)
			continue;
		gboolean joined = FALSE;
		if (prev == r - 1)
			for (int j = g->run_lo[r]; j <= g->run_hi[r] && !joined; j++)
				joined = touches_run(g, seat_at(g, r, j), r - 1);
		pieces += !joined;
		prev = r;
	}
	/* The rows with free seats left should be next to each other, their
	 * first free seats touching: else a later party must split. */
	int last = -1;
	for (int r = 0; r < n; r++) {
		if (g->next[r] >= h->row_seats[r])
			continue;
		if (last >= 0 && last != r - 1)
			pockets++;
		else if (last >= 0)
			breaks += !near(g, seat_at(g, last, g->next[last]), seat_at(g, r, g->next[r]));
		last = r;
	}
	double stray = 0;
	for (int r = 0; r < n; r++)
		stray += fabs(g->next[r] - (double)h->row_seats[r] * done / total);
	return (pieces - 1) * 1e6 + pockets * 1e4 + breaks * BREAK_COST + stray;
}

/* Hands out seats party by party, left to right. A party's seats in a row
 * are the next free ones, so every row lists the parties in order and each
 * party's seats in a row are consecutive. Each party grows from one free seat
 * through seats touching it, which keeps it in one piece; of the possible
 * starting rows the one that keeps the party whole, leaves a clean border
 * for the next parties and the cut nearest to radial wins. */
static void assign_parties(Hemicycle *h, const int *party_seats, int nparties)
{
	int n = h->nrows;
	Grow g = {.h = h, .first = g_new0(int, n), .next = g_new0(int, n),
	          .run_lo = g_new(int, n), .run_hi = g_new(int, n), .touch = g_new0(int, n),
	          .key = g_new0(double, n),
	          .a0 = g_new0(double, n), .span = g_new0(double, n)};
	int *saved = g_new(int, n), *best_next = g_new(int, n);
	double reach = HEMI_ADJACENT * h->seat_r;
	g.reach2 = reach * reach;
	for (int r = 1; r < n; r++)
		g.first[r] = g.first[r - 1] + h->row_seats[r - 1];
	for (g.leaves = 1; g.leaves < n; g.leaves *= 2)
		;
	g.tree = g_new(int, 2 * g.leaves);
	for (int i = 0; i < 2 * g.leaves; i++)
		g.tree[i] = -1;
	for (int r = 0; r < n; r++) {
		if (h->row_seats[r] < 2)
			continue;
		const HemiSeat *s0 = seat_at(&g, r, 0), *s1 = seat_at(&g, r, h->row_seats[r] - 1);
		g.a0[r] = atan2(s0->y, s0->x);
		g.span[r] = g.a0[r] - atan2(s1->y, s1->x);
	}
	int done = 0;
	for (int p = 0; p < nparties; p++) {
		if (party_seats[p] <= 0)
			continue;
		done += party_seats[p];
		memcpy(saved, g.next, sizeof(int) * (size_t)n);
		double best_cost = 0;
		int best = -1;
		for (int try = 0; try < 3 * n + 1; try++) {
			int mode = try == 0 ? 0 : 1 + (try - 1) / n, seed = try == 0 ? 0 : (try - 1) % n;
			if (mode > 0 && saved[seed] >= h->row_seats[seed])
				continue;
			memcpy(g.next, saved, sizeof(int) * (size_t)n);
			grow(&g, seed, party_seats[p], mode);
			/* Wedges (the sweep) unless growing or a block keeps the party whole. */
			double cost = placement_cost(&g, done, h->nseats) +
			              (mode == 1 ? BLOCK_COST / 2 : mode > 1 ? BLOCK_COST : 0);
			if (best < 0 || cost < best_cost - 1e-9) {
				best = try;
				best_cost = cost;
				memcpy(best_next, g.next, sizeof(int) * (size_t)n);
			}
		}
		for (int r = 0; r < n; r++)
			for (int j = saved[r]; j < best_next[r]; j++)
				h->seats[g.first[r] + j].party = p;
		memcpy(g.next, best_next, sizeof(int) * (size_t)n);
	}
	g_free(saved);
	g_free(best_next);
	g_free(g.first);
	g_free(g.next);
	g_free(g.run_lo);
	g_free(g.run_hi);
	g_free(g.touch);
	g_free(g.key);
	g_free(g.tree);
	g_free(g.a0);
	g_free(g.span);
}

static int uf_root(int *parent, int i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

/* How many more pieces the parties fall into than there are parties with
 * seats: 0 when every party is one group of neighbouring seats. */
static int extra_pieces(const Hemicycle *h)
{
	int n = h->nseats, *parent = g_new(int, n), *first = g_new(int, h->nrows);
	double reach = HEMI_ADJACENT * h->seat_r;
	for (int i = 0; i < n; i++)
		parent[i] = i;
	for (int r = 0, f = 0; r < h->nrows; f += h->row_seats[r], r++)
		first[r] = f;
	for (int i = 0; i < n; i++) {
		const HemiSeat *a = &h->seats[i];
		/* Same row: the next seat; next row out: the seats near a's angle. */
		if (i + 1 < n && h->seats[i + 1].row == a->row && h->seats[i + 1].party == a->party &&
		    hypot(a->x - h->seats[i + 1].x, a->y - h->seats[i + 1].y) < reach)
			parent[uf_root(parent, i)] = uf_root(parent, i + 1);
		int r = a->row + 1;
		if (r >= h->nrows)
			continue;
		int k = h->row_seats[r];
		int j0 = (int)lround((double)a->index * (k - 1) / MAX(h->row_seats[a->row] - 1, 1));
		for (int j = MAX(0, j0 - 3); j <= MIN(k - 1, j0 + 3); j++) {
			const HemiSeat *b = &h->seats[first[r] + j];
			if (b->party == a->party && hypot(a->x - b->x, a->y - b->y) < reach)
				parent[uf_root(parent, i)] = uf_root(parent, first[r] + j);
		}
	}
	int roots = 0;
	GHashTable *parties = g_hash_table_new(NULL, NULL);
	for (int i = 0; i < n; i++) {
		roots += uf_root(parent, i) == i;
		g_hash_table_add(parties, GINT_TO_POINTER(h->seats[i].party + 1));
	}
	int extra = roots - (int)g_hash_table_size(parties);
	g_hash_table_destroy(parties);
	g_free(parent);
	g_free(first);
	return extra;
}

Hemicycle *hemi_new(int total, const int *party_seats, int nparties)
{
	g_return_val_if_fail(total >= 1, NULL);
	Hemicycle *h = g_new0(Hemicycle, 1);
	int n;
	double t, inner;
	if (total <= HEMI_SINGLE_ROW_MAX) {
		n = 1;
		double s = sin(G_PI / (2.0 * total));
		t = s / (1 + s);
		inner = 1 - t;
	} else {
		/* The most rows (the biggest seats) that keep the middle open. */
		n = 2;
		t = densest_pitch(n, total, &inner);
		for (;;) {
			double t2, inner2;
			t2 = densest_pitch(n + 1, total, &inner2);
			if (inner2 < HEMI_MIN_HOLE)
				break;
			n++, t = t2, inner = inner2;
		}
	}
	h->nrows = n;
	h->row_seats = g_new(int, n);
	h->row_radius = g_new(double, n);
	int *cap = g_new(int, n);
	for (int r = 0; r < n; r++) {
		h->row_radius[r] = row_radius(n, r, t);
		cap[r] = row_capacity(h->row_radius[r], t);
	}
	if (n == 1)
		h->row_seats[0] = total;
	else
		share_rows(n, cap, total, h->row_seats);
	g_free(cap);
	h->pitch = 2 * t;
	h->seat_r = HEMI_SEAT_FACTOR * t;
	h->hole = inner - t;
	h->nseats = total;
	h->seats = g_new0(HemiSeat, total);
	int i = 0;
	for (int r = 0; r < n; r++) {
		for (int j = 0; j < h->row_seats[r]; j++, i++) {
			double a = seat_angle(h->row_seats[r], j, h->row_radius[r], t);
			h->seats[i] = (HemiSeat){h->row_radius[r] * cos(a),
			                         h->row_radius[r] * sin(a), r, j, 0};
		}
	}
	assign_parties(h, party_seats, nparties);
	int pieces = extra_pieces(h);
	if (pieces > 0) {
		/* Try the mirror image: parties handed out from the right end. The
		 * arch is symmetric, so this is the same problem read backwards. */
		int *rev = g_new(int, nparties);
		for (int p = 0; p < nparties; p++)
			rev[p] = party_seats[nparties - 1 - p];
		Hemicycle m = *h;
		m.seats = g_memdup2(h->seats, sizeof(HemiSeat) * (size_t)total);
		assign_parties(&m, rev, nparties);
		int *keep = g_new(int, total);
		for (int s = 0; s < total; s++)
			keep[s] = h->seats[s].party;
		for (int r = 0, first = 0; r < n; first += h->row_seats[r], r++)
			for (int j = 0; j < h->row_seats[r]; j++)
				h->seats[first + j].party =
					nparties - 1 - m.seats[first + h->row_seats[r] - 1 - j].party;
		if (extra_pieces(h) >= pieces)
			for (int s = 0; s < total; s++)
				h->seats[s].party = keep[s];
		g_free(keep);
		g_free(m.seats);
		g_free(rev);
	}
	return h;
}

void hemi_free(Hemicycle *h)
{
	if (!h)
		return;
	g_free(h->row_seats);
	g_free(h->row_radius);
	g_free(h->seats);
	g_free(h);
}

/* The angle of the gap after the first m seats of row r (whose first seat
 * is seats[first]): midway between two seats, or half a pitch beyond the
 * row's end seat. */
static double gap_angle(const Hemicycle *h, int r, int first, int m)
{
	int k = h->row_seats[r];
	double half = asin(fmin(1.0, h->pitch / 2 / h->row_radius[r]));
	const HemiSeat *s = &h->seats[first];
	if (m == 0)
		return fmin(G_PI, atan2(s[0].y, s[0].x) + half);
	if (m == k)
		return fmax(0.0, atan2(s[k - 1].y, s[k - 1].x) - half);
	return (atan2(s[m - 1].y, s[m - 1].x) + atan2(s[m].y, s[m].x)) / 2;
}

/* Moves seats between the rows' cuts (keeping their sum) so the line bends
 * as little as possible: dynamic programming over rows, each cut within a
 * few seats of the sweep's, minimising the sideways steps between rows. */
#define STRAIGHT_SPAN 3
static void straighten(const Hemicycle *h, int *cut)
{
	int n = h->nrows, span = STRAIGHT_SPAN, nd = 2 * span * n + 1;
	int w = 2 * span + 1;
	double *cost = g_new(double, (size_t)n * nd), *ang = g_new(double, (size_t)n * w);
	int *from = g_new(int, (size_t)n * nd), *pick = g_new(int, (size_t)n * nd);
	int first = 0;
	for (int r = 0; r < n; r++) {
		for (int j = 0; j < w; j++) {
			int m = cut[r] + j - span;
			ang[r * w + j] = m >= 0 && m <= h->row_seats[r] ? gap_angle(h, r, first, m) : NAN;
		}
		first += h->row_seats[r];
	}
	/* State: the change in seats so far, offset by span * n. */
	for (size_t i = 0; i < (size_t)n * nd; i++)
		cost[i] = INFINITY;
	int mid = span * n;
	/* A little pull towards the straight ray through the sweep's middle
	 * gap keeps the line from drifting sideways. */
	double aim = ang[(n / 2) * w + span], pull = 0.25;
	for (int j = 0; j < w; j++)
		if (!isnan(ang[j])) {
			double off = h->row_radius[0] * (ang[j] - aim);
			cost[mid + j - span] = pull * off * off;
			pick[mid + j - span] = j;
			from[mid + j - span] = -1;
		}
	for (int r = 1; r < n; r++) {
		double rad = (h->row_radius[r] + h->row_radius[r - 1]) / 2;
		for (int d = 0; d < nd; d++) {
			double c0 = cost[(r - 1) * nd + d];
			if (!isfinite(c0))
				continue;
			double a0 = ang[(r - 1) * w + pick[(r - 1) * nd + d]];
			for (int j = 0; j < w; j++) {
				int d2 = d + j - span;
				if (isnan(ang[r * w + j]) || d2 < 0 || d2 >= nd)
					continue;
				double step = rad * (ang[r * w + j] - a0);
				double off = h->row_radius[r] * (ang[r * w + j] - aim);
				double c = c0 + step * step + pull * off * off;
				if (c < cost[r * nd + d2] - 1e-15) {
					cost[r * nd + d2] = c;
					pick[r * nd + d2] = j;
					from[r * nd + d2] = d;
				}
			}
		}
	}
	/* Back from the state that changed nothing in all. */
	if (isfinite(cost[(n - 1) * nd + mid])) {
		int d = mid;
		for (int r = n - 1; r >= 0; r--) {
			int j = pick[r * nd + d];
			cut[r] += j - span;
			d = from[r * nd + d];
		}
	}
	g_free(cost);
	g_free(ang);
	g_free(from);
	g_free(pick);
}

HemiPoint *hemi_threshold_line(const Hemicycle *h, int left, int *npoints,
                               HemiPoint *label_at, double *angle)
{
	int n = h->nrows;
	double t = h->pitch / 2;
	if (left <= 0 || left >= h->nseats) {
		/* Every seat on one side (a majority of 1 or 2 seats): an upright
		 * line just beyond the outermost end seats, as tall as the arch. */
		double side = left <= 0 ? -1 : 1, edge = 0;
		for (int i = 0; i < h->nseats; i++)
			edge = MAX(edge, side * h->seats[i].x + h->seat_r);
		double x = side * (edge + (t - h->seat_r) + 0.02);
		HemiPoint *pts = g_new(HemiPoint, 2);
		/* Drawn upwards on the right, downwards on the left: the seats are
		 * always on the same (left) side of its direction. */
		pts[side > 0 ? 0 : 1] = (HemiPoint){x, 0};
		pts[side > 0 ? 1 : 0] = (HemiPoint){x, 1};
		*npoints = 2;
		*label_at = (HemiPoint){x, 1};
		*angle = G_PI / 2;
		return pts;
	}
	/* The first `left` seats from the left, over all rows, by angle. */
	int *cut = g_new0(int, n);
	for (int s = 0; s < left && s < h->nseats; s++) {
		int best = -1;
		double best_key = 0;
		int first = 0;
		for (int r = 0; r < n; r++) {
			if (cut[r] < h->row_seats[r]) {
				const HemiSeat *a = &h->seats[first + cut[r]];
				double key = a->x / h->row_radius[r];
				if (best < 0 || key < best_key - 1e-12) {
					best = r;
					best_key = key;
				}
			}
			first += h->row_seats[r];
		}
		cut[best]++;
	}
	straighten(h, cut);
	GArray *pts = g_array_new(FALSE, FALSE, sizeof(HemiPoint));
	int first = 0;
	double prev = 0;
	for (int r = 0; r < n; r++) {
		int k = h->row_seats[r];
		double rad = h->row_radius[r];
		double a = gap_angle(h, r, first, cut[r]);
		/* Through the gap in each row; straight between rows, so every piece
		 * of the line runs outwards. */
		if (r == 0) {
			HemiPoint p = {(rad - t) * cos(a), (rad - t) * sin(a)};
			g_array_append_val(pts, p);
		}
		HemiPoint q = {rad * cos(a), rad * sin(a)};
		g_array_append_val(pts, q);
		if (r == n - 1) {
			HemiPoint e = {(rad + t) * cos(a), (rad + t) * sin(a)};
			g_array_append_val(pts, e);
		}
		prev = a;
		first += k;
	}
	g_free(cut);
	*angle = prev;
	*label_at = g_array_index(pts, HemiPoint, pts->len - 1);
	*npoints = (int)pts->len;
	return (HemiPoint *)g_array_free(pts, FALSE);
}
