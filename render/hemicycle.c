/* hemicycle: arch geometry and contiguous party wedges; see hemicycle.h.
 *
 * Rows sit at radii 1 - t, 1 - 3t, ... (half pitch t). A row of radius R
 * holds floor(pi / (2 asin(t / R))) seats: its end seats touch the baseline and
 * neighbours are at least 2t apart, so seats of radius < t never overlap. */
#include "hemicycle.h"
#include "hemiparty.h"

#include <math.h>
#include <string.h>

/* One row holds every body up to this size: a single arc looks deliberate,
 * where two rows of 3 + 6 look like a broken arch. */
#define HEMI_SINGLE_ROW_MAX 12
/* The empty middle may not shrink below this share of the radius (room for
 * the total, and the classic proportions of a chamber). */
#define HEMI_MIN_HOLE 0.40
/* Seat radius as a share of the half pitch: clear gaps, yet neighbours in a
 * row stay within HEMIPARTY_NEIGHBOUR pitches, so a party's seats read as
 * one group. */
#define HEMI_SEAT_FACTOR 0.84

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

/* Half pitch of a single row of `total` seats, its end seats on the
 * baseline. */
static double single_row_pitch(int total)
{
	double s = sin(G_PI / (2.0 * total));
	return s / (1 + s);
}

/* The rows of an arch of `total` seats: how many (*n), their half pitch
 * (*t) and the inner row's radius (*inner). */
static void choose_rows(int total, int *n, double *t, double *inner)
{
	if (total <= HEMI_SINGLE_ROW_MAX) {
		*n = 1;
		*t = single_row_pitch(total);
		*inner = 1 - *t;
		return;
	}
	/* The most rows (the biggest seats) that keep the middle open. */
	*n = 2;
	*t = densest_pitch(*n, total, inner);
	for (;;) {
		double t2, inner2;
		t2 = densest_pitch(*n + 1, total, &inner2);
		if (inner2 < HEMI_MIN_HOLE)
			break;
		(*n)++, *t = t2, *inner = inner2;
	}
}

/* The half pitch seats are sized by: the arch's own, but never above a
 * curve smooth in the total, so one seat more never makes every seat jump
 * in size (the densest pitch rises whenever a row is added). The curve is
 * the lower envelope of the densest half pitch of two rows or more,
 * (SIZE_A - SIZE_B / sqrt(N)) / sqrt(N), fitted from 13 to 10 000 seats,
 * and above a single row it never exceeds the largest single row's. */
#define SIZE_A 0.575
#define SIZE_B 0.426
static double sizing_pitch(int total, double t)
{
	if (total <= HEMI_SINGLE_ROW_MAX)
		return t;
	double root = sqrt((double)total);
	double smooth = (SIZE_A - SIZE_B / root) / root;
	return MIN(t, MIN(smooth, single_row_pitch(HEMI_SINGLE_ROW_MAX)));
}

Hemicycle *hemi_new(int total, const int *party_seats, int nparties)
{
	g_return_val_if_fail(total >= 1, NULL);
	Hemicycle *h = g_new0(Hemicycle, 1);
	int n;
	double t, inner;
	choose_rows(total, &n, &t, &inner);
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
	h->seat_r = HEMI_SEAT_FACTOR * sizing_pitch(total, t);
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
	hemiparty_assign(h, party_seats, nparties);
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
