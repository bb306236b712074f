/* place: label rows, spreading and lanes; see place.h. Every structure here
 * is a per-row (or per-lane) summary, so n labels cost O(n * rows). */
#include "place.h"

gboolean place_spread(const double *x, const double *size, int n, double gap,
                      double lo, double hi, double *out)
{
	if (n <= 0)
		return TRUE;
	/* With c[i] the least distance from centre 0 to centre i, q = p - c must
	 * be non-decreasing: isotonic regression of x - c, then clamping to the
	 * bounds, which keeps it optimal. */
	double *c = g_new(double, n);
	c[0] = 0;
	for (int i = 1; i < n; i++)
		c[i] = c[i - 1] + (size[i - 1] + size[i]) / 2 + gap;
	double qlo = lo + size[0] / 2;
	double qhi = hi - size[n - 1] / 2 - c[n - 1];
	if (qlo > qhi + 1e-9) {
		g_free(c);
		return FALSE;
	}
	/* Pool adjacent violators: blocks of (sum, count). */
	double *sum = g_new(double, n);
	int *cnt = g_new(int, n);
	int nb = 0;
	for (int i = 0; i < n; i++) {
		sum[nb] = x[i] - c[i];
		cnt[nb] = 1;
		nb++;
		while (nb > 1 && sum[nb - 2] / cnt[nb - 2] > sum[nb - 1] / cnt[nb - 1]) {
			sum[nb - 2] += sum[nb - 1];
			cnt[nb - 2] += cnt[nb - 1];
			nb--;
		}
	}
	int i = 0;
	for (int b = 0; b < nb; b++) {
		double q = sum[b] / cnt[b];
		q = q < qlo ? qlo : q > qhi ? qhi : q;
		for (int j = 0; j < cnt[b]; j++, i++)
			out[i] = q + c[i];
	}
	g_free(sum);
	g_free(cnt);
	g_free(c);
	return TRUE;
}

struct PlaceRows {
	int max_rows, used;
	int stair;       /* rows per covered anchor, 0: the box's height */
	double lo, hi, gap;
	double *right;   /* per row: right edge of its rightmost box */
	double *stem;    /* per row: largest x of a stem crossing it */
};

PlaceRows *place_rows_new(int max_rows, double lo, double hi, double gap)
{
	PlaceRows *p = g_new0(PlaceRows, 1);
	p->max_rows = max_rows > 0 ? max_rows : 1;
	p->lo = lo;
	p->hi = hi;
	p->gap = gap;
	p->right = g_new(double, p->max_rows);
	p->stem = g_new(double, p->max_rows);
	for (int r = 0; r < p->max_rows; r++)
		p->right[r] = p->stem[r] = -G_MAXDOUBLE;
	return p;
}

void place_rows_free(PlaceRows *p)
{
	if (!p)
		return;
	g_free(p->right);
	g_free(p->stem);
	g_free(p);
}

int place_rows_used(const PlaceRows *p)
{
	return p->used;
}

void place_rows_set_stair(PlaceRows *p, int rows_per_anchor)
{
	p->stair = rows_per_anchor > 0 ? rows_per_anchor : 0;
}

/* Whether a box [l, l + w] is free in rows r..r+k-1. Earlier boxes and
 * stems all lie at or left of earlier anchors, so the rightmost of each is
 * the only one that can touch. */
static gboolean box_free(const PlaceRows *p, int r, int k, double l, double w)
{
	if (l < p->lo - 1e-9 || l + w > p->hi + 1e-9)
		return FALSE;
	for (int j = r; j < r + k; j++)
		if (p->right[j] + p->gap > l || p->stem[j] + p->gap > l)
			return FALSE;
	return TRUE;
}

/* How many of upcoming[0..nup) lie under a box ending at `end`. */
static int covered(const double *upcoming, int nup, double end)
{
	int lo = 0, hi = nup;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (upcoming[mid] < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int place_rows_find(const PlaceRows *p, double x, double w, int k,
                    const double *upcoming, int nup, double *left)
{
	if (k < 1)
		k = 1;
	const double offsets[3] = {0, -w, -w / 2};
	/* A place covering no upcoming anchor wins, lowest row first. Else
	 * the box should leave a staircase of m * k rows under the m anchors
	 * it covers; where the rows above are blocked it keeps as much of
	 * that staircase as it can (the highest reachable row up to it), so
	 * the next stems still find room beneath, and only then lower. */
	int best_r = -1, best_score = -1;
	double best_l = 0;
	for (int r = 0; r + k <= p->max_rows; r++) {
		/* The stem crosses row r-1 on the way to row r. */
		if (r > 0 && p->right[r - 1] + p->gap > x)
			break;
		for (int o = 0; o < 3; o++) {
			double l = x + offsets[o];
			if (!box_free(p, r, k, l, w))
				continue;
			int m = covered(upcoming, nup, l + w + p->gap);
			int stair = p->stair ? p->stair : k;
			int score = m == 0 ? G_MAXINT : MIN(r, MIN(m * stair, p->max_rows - k));
			if (score > best_score) {
				best_score = score;
				best_r = r;
				best_l = l;
			}
		}
	}
	if (best_r >= 0)
		*left = best_l;
	return best_r;
}

void place_rows_put(PlaceRows *p, double x, double w, int k, int row, double left)
{
	if (k < 1)
		k = 1;
	for (int j = row; j < row + k && j < p->max_rows; j++)
		p->right[j] = MAX(p->right[j], left + w);
	for (int j = 0; j < row; j++)
		p->stem[j] = x;
	if (row + k > p->used)
		p->used = MIN(row + k, p->max_rows);
}

int place_rows_add(PlaceRows *p, double x, double w, int k, double next,
                   double *left)
{
	int r = place_rows_find(p, x, w, k, &next, next == G_MAXDOUBLE ? 0 : 1, left);
	if (r >= 0)
		place_rows_put(p, x, w, k, r, *left);
	return r;
}

struct PlaceLanes {
	int max_lanes, used;
	double gap;
	double *end;
};

PlaceLanes *place_lanes_new(int max_lanes, double gap)
{
	PlaceLanes *p = g_new0(PlaceLanes, 1);
	p->max_lanes = max_lanes > 0 ? max_lanes : 1;
	p->gap = gap;
	p->end = g_new(double, p->max_lanes);
	for (int i = 0; i < p->max_lanes; i++)
		p->end[i] = -G_MAXDOUBLE;
	return p;
}

void place_lanes_free(PlaceLanes *p)
{
	if (!p)
		return;
	g_free(p->end);
	g_free(p);
}

int place_lanes_add(PlaceLanes *p, double a, double b)
{
	for (int i = 0; i < p->max_lanes; i++) {
		if (p->end[i] + p->gap <= a) {
			p->end[i] = b;
			if (i + 1 > p->used)
				p->used = i + 1;
			return i;
		}
	}
	return -1;
}

int place_lanes_used(const PlaceLanes *p)
{
	return p->used;
}
