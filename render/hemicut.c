/* hemicut: a threshold line across the arch; see hemicut.h.
 *
 * Rows are a pitch (2t) apart and seats in a row at least a pitch apart, so
 * a line that crosses each row at the middle of a gap between two seats and
 * runs from row to row along the circle midway between them is half a pitch
 * (t) from every seat centre: a staircase in polar terms. Between two rows
 * whose gaps are close in angle a diagonal across the middle of the space
 * between them keeps that distance too (the seats it passes are diagonal
 * neighbours, further apart than a pitch), and wherever a longer straight
 * piece keeps it, that replaces the steps it spans: the line is as straight
 * as the seats allow without coming closer. */
#include "hemicut.h"

#include <math.h>

/* The arcs between rows are drawn as chords at most this far (as a share
 * of t) inside the circle. */
#define ARC_SAG 0.002
/* A straight piece may come this much (as a share of t) closer to a seat
 * than half a pitch: nothing visible, but it lets most steps go. */
#define STRAIGHT_SLACK 0.02

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

/* The first `left` seats from the left, over all rows, by angle: how many
 * in each row, into cut[n]. */
static void sweep_cut(const Hemicycle *h, int left, int *cut)
{
	for (int s = 0; s < left && s < h->nseats; s++) {
		int best = -1, first = 0;
		double best_key = 0;
		for (int r = 0; r < h->nrows; r++) {
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
}

static HemiPoint polar(double radius, double angle)
{
	return (HemiPoint){radius * cos(angle), radius * sin(angle)};
}

static double segment_distance(HemiPoint a, HemiPoint b, double x, double y)
{
	double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
	double u = len2 > 0 ? CLAMP(((x - a.x) * dx + (y - a.y) * dy) / len2, 0, 1) : 0;
	return hypot(x - (a.x + u * dx), y - (a.y + u * dy));
}

/* Whether every seat centre is at least `need` from segment ab. Only seats
 * of the rows the segment passes near, at angles near it, can be closer. */
static gboolean segment_clear(const Hemicycle *h, HemiPoint a, HemiPoint b, double need)
{
	double ra = hypot(a.x, a.y), rb = hypot(b.x, b.y);
	double lo = MIN(segment_distance(a, b, 0, 0), MIN(ra, rb)) - need;
	double hi = MAX(ra, rb) + need;
	double aa = atan2(a.y, a.x), ab = atan2(b.y, b.x);
	for (int r = 0, first = 0; r < h->nrows; first += h->row_seats[r], r++) {
		double rad = h->row_radius[r];
		if (rad < lo || rad > hi)
			continue;
		/* The angles the segment covers, widened by need at this radius. */
		double wide = asin(fmin(1.0, need / rad));
		double top = MAX(aa, ab) + wide, bottom = MIN(aa, ab) - wide;
		for (int j = 0; j < h->row_seats[r]; j++) {
			const HemiSeat *s = &h->seats[first + j];
			double ang = atan2(s->y, s->x);
			if (ang > top || ang < bottom)
				continue;
			if (segment_distance(a, b, s->x, s->y) < need)
				return FALSE;
		}
	}
	return TRUE;
}

/* The path from row to row: through each row radially at its gap's angle;
 * from one row to the next straight across the middle half of the space
 * between them (clear of the seats on either side when the gaps are close
 * in angle), else along the circle midway between the rows. */
static GArray *staircase(const Hemicycle *h, const int *cut, double need)
{
	double t = h->pitch / 2;
	GArray *pts = g_array_new(FALSE, FALSE, sizeof(HemiPoint));
	double a = gap_angle(h, 0, 0, cut[0]);
	HemiPoint p = polar(h->row_radius[0] - t, a);
	g_array_append_val(pts, p);
	for (int r = 0, first = 0; r + 1 < h->nrows; first += h->row_seats[r], r++) {
		double rad = h->row_radius[r];
		double b = gap_angle(h, r + 1, first + h->row_seats[r], cut[r + 1]);
		HemiPoint from = polar(rad + t / 2, a), to = polar(rad + 3 * t / 2, b);
		if (segment_clear(h, from, to, need)) {
			g_array_append_val(pts, from);
			g_array_append_val(pts, to);
		} else {
			/* Chords close enough to the arc from a to b. */
			double step = sqrt(8 * ARC_SAG * t / (rad + t));
			int k = MAX(1, (int)ceil(fabs(b - a) / step));
			for (int i = 0; i <= k; i++) {
				HemiPoint q = polar(rad + t, a + (b - a) * i / k);
				g_array_append_val(pts, q);
			}
		}
		a = b;
	}
	p = polar(h->row_radius[h->nrows - 1] + t, a);
	g_array_append_val(pts, p);
	return pts;
}

/* Straight pieces over the staircase wherever they keep `need` from every
 * seat: from each point, on to the farthest point that can be reached in a
 * straight line. */
static GArray *straighten_path(const Hemicycle *h, GArray *steps, double need)
{
	GArray *out = g_array_new(FALSE, FALSE, sizeof(HemiPoint));
	guint i = 0, last = steps->len - 1;
	g_array_append_val(out, g_array_index(steps, HemiPoint, 0));
	while (i < last) {
		guint j = i + 1;
		while (j < last && segment_clear(h, g_array_index(steps, HemiPoint, i),
		                                 g_array_index(steps, HemiPoint, j + 1), need))
			j++;
		g_array_append_val(out, g_array_index(steps, HemiPoint, j));
		i = j;
	}
	return out;
}

/* Every seat on one side (a threshold of no seat or of all): an upright
 * line just beyond the outermost end seats, as tall as the arch. */
static HemiPoint *beside(const Hemicycle *h, int left, int *npoints, HemiPoint *label_at,
                         double *angle)
{
	double t = h->pitch / 2, side = left <= 0 ? -1 : 1, edge = 0;
	for (int i = 0; i < h->nseats; i++)
		edge = MAX(edge, side * h->seats[i].x);
	double x = side * (edge + t + 0.02);
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

HemiPoint *hemicut_line(const Hemicycle *h, int left, int *npoints, HemiPoint *label_at,
                        double *angle)
{
	if (left <= 0 || left >= h->nseats)
		return beside(h, left, npoints, label_at, angle);
	int *cut = g_new0(int, h->nrows);
	sweep_cut(h, left, cut);
	straighten(h, cut);
	double need = h->pitch / 2 * (1 - STRAIGHT_SLACK);
	GArray *steps = staircase(h, cut, need);
	g_free(cut);
	GArray *pts = straighten_path(h, steps, need);
	g_array_free(steps, TRUE);
	HemiPoint end = g_array_index(pts, HemiPoint, pts->len - 1);
	*angle = atan2(end.y, end.x);
	*label_at = end;
	*npoints = (int)pts->len;
	return (HemiPoint *)g_array_free(pts, FALSE);
}
